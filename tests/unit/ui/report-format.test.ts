import { describe, expect, test } from 'vitest';
import type { ClaimInfo } from '../../../src/engine/types';
import type { PageReport } from '../../../src/extension/messages';
import { reportJson, reportMarkdown } from '../../../src/ui/report-format';
import { NOT_MEDICAL_ADVICE, VERDICT_LABEL } from '../../../src/ui/verdict';

const toxins: ClaimInfo = {
  id: 'massage-flushes-toxins',
  title: 'Massage flushes out toxins',
  statement: 's',
  verdict: 'unsupported',
  certainty: 'low',
  evidence: 'e',
  notes: { asserts: 'No good evidence supports this.', disputes: 'This passage agrees with the evidence.' },
  citations: [{ authors: 'Wiltshire EV, et al.', title: 'Massage impairs lactic acid removal', year: 2010, doi: '10.1249/MSS.0b013e3181c9214f' }],
  reviewed: '2026-11-23',
};
const relieves: ClaimInfo = {
  ...toxins,
  id: 'massage-relieves-back-pain',
  title: 'Massage relieves back pain',
  verdict: 'mixed',
  notes: { asserts: 'Short-term relief, small effect.', hedges: 'Hedged note.', disputes: 'Disputes note.' },
  citations: [{ authors: 'Furlan AD, et al.', title: 'Massage for low-back pain', year: 2015, url: 'https://example.org/cochrane' }],
};
const claims = new Map([toxins, relieves].map((c) => [c.id, c]));

const report: PageReport = {
  url: 'https://example.com/spa',
  status: 'done',
  hidden: 0,
  aboutBackPain: true,
  mentions: [
    { claimId: relieves.id, verdict: 'mixed', stance: 'hedges', text: 'may relieve back pain' },
    { claimId: toxins.id, verdict: 'unsupported', stance: 'asserts', text: 'flushes toxins' },
    { claimId: toxins.id, verdict: 'unsupported', stance: 'asserts', text: 'flushes toxins' },
  ],
};

describe('ui/report-format', () => {
  test('markdown lists groups most serious first, with titles, counts, notes and sources', () => {
    const md = reportMarkdown(report, claims, 'abc123');
    expect(md).toContain('Page: https://example.com/spa');
    expect(md).toContain('abc123');
    const unsupported = md.indexOf(`## ${VERDICT_LABEL.unsupported} (2)`);
    const mixed = md.indexOf(`## ${VERDICT_LABEL.mixed} (1)`);
    expect(unsupported).toBeGreaterThan(-1);
    expect(mixed).toBeGreaterThan(unsupported);
    expect(md).toContain('**Massage flushes out toxins** — 2 mention(s)');
    expect(md).toContain('**Massage relieves back pain** — 1 mention(s)');
    expect(md).toContain('No good evidence supports this.');
    expect(md).toContain('Hedged note.'); // the hedges note for a hedged mention
    expect(md).toContain('https://doi.org/10.1249/MSS.0b013e3181c9214f');
    expect(md).toContain('https://example.org/cochrane');
  });

  test('markdown always ends with "not medical advice"', () => {
    expect(reportMarkdown(report, claims, 'v').trimEnd().endsWith(`_${NOT_MEDICAL_ADVICE}_`)).toBe(true);
    expect(NOT_MEDICAL_ADVICE.toLowerCase()).toContain('not medical advice');
    const empty = reportMarkdown({ ...report, mentions: [] }, claims, 'v');
    expect(empty).toContain('No marked claims on this page.');
    expect(empty.toLowerCase()).toContain('not medical advice');
  });

  test('an undated web citation is labelled n.d.', () => {
    const undated: ClaimInfo = { ...toxins, citations: [{ authors: 'NHS', title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' }] };
    const md = reportMarkdown(report, new Map([[undated.id, undated]]), 'v');
    expect(md).toContain('Source: NHS (n.d.). Back pain. https://www.nhs.uk/conditions/back-pain/');
  });

  test('json report carries url, claims version and mentions', () => {
    const json = JSON.parse(reportJson(report, 'abc123')) as { url: string; claimsVersion: string; generated: string; mentions: unknown[] };
    expect(json.url).toBe(report.url);
    expect(json.claimsVersion).toBe('abc123');
    expect(json.mentions).toEqual(report.mentions);
    expect(Number.isNaN(Date.parse(json.generated))).toBe(false);
  });
});
