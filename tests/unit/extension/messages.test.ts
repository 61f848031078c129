import { describe, expect, test } from 'vitest';
import { normalizeSettings } from '../../../src/settings/model';
import { isFirstLookReply, isScanReply, pageOutcome, reportUnderSettings, MAX_FIRST_LOOK_CHARS, MAX_MENTIONS, MAX_SCAN_CHARS, MAX_SELECTION_CHARS, parseMessage, parsePageReport, type PageReport, type ScanOutcome } from '../../../src/extension/messages';

const mention = { claimId: 'massage-flushes-toxins', verdict: 'unsupported', stance: 'asserts', text: 'Massage flushes toxins' };
const report = (changes: Record<string, unknown> = {}) => ({
  url: 'https://example.com/page',
  status: 'done',
  mentions: [mention],
  hidden: 0,
  aboutBackPain: true,
  outcome: 'complete',
  ...changes,
});
const withMention = (changes: Record<string, unknown>) => report({ mentions: [{ ...mention, ...changes }] });

describe('extension/messages', () => {
  test.each<[string, unknown, unknown]>([
    ['load-marker', { type: 'load-marker' }, { type: 'load-marker' }],
    ['scan-text', { type: 'scan-text', text: 'Massage flushes toxins.', url: 'https://a.test/' }, { type: 'scan-text', text: 'Massage flushes toxins.', url: 'https://a.test/' }],
    ['scan-text with empty text', { type: 'scan-text', text: '', url: 'https://a.test/' }, { type: 'scan-text', text: '', url: 'https://a.test/' }],
    ['page-report', { type: 'page-report', report: report() }, { type: 'page-report', report: report() }],
    ['page-report without outcome', { type: 'page-report', report: report({ outcome: undefined }) }, { type: 'page-report', report: { ...report(), outcome: undefined } }],
    ['extra fields are dropped', { type: 'load-marker', evil: '<script>' }, { type: 'load-marker' }],
    ['first-look', { type: 'first-look', chunks: ['Massage the kale.\n', 'Heat the pan.'], url: 'https://a.test/' }, { type: 'first-look', chunks: ['Massage the kale.\n', 'Heat the pan.'], url: 'https://a.test/' }],
    ['first-look at the length limit', { type: 'first-look', chunks: ['a'.repeat(MAX_FIRST_LOOK_CHARS - 1), 'b'], url: 'https://a.test/' }, { type: 'first-look', chunks: ['a'.repeat(MAX_FIRST_LOOK_CHARS - 1), 'b'], url: 'https://a.test/' }],
    ['check-selection', { type: 'check-selection', text: 'Massage flushes toxins.', tabId: 3 }, { type: 'check-selection', text: 'Massage flushes toxins.' }],
    ['check-selection at the length limit', { type: 'check-selection', text: 'a'.repeat(MAX_SELECTION_CHARS) }, { type: 'check-selection', text: 'a'.repeat(MAX_SELECTION_CHARS) }],
  ])('accepts %s', (_name, message, expected) => {
    expect(parseMessage(message)).toEqual(expected);
  });

  test('mention objects are copied field by field, without extras', () => {
    const parsed = parseMessage({ type: 'page-report', report: report({ mentions: [{ ...mention, html: '<b>x</b>' }], extra: 1 }) });
    expect(parsed?.type).toBe('page-report');
    const r = (parsed as { report: PageReport }).report;
    expect(r.mentions[0]).toEqual(mention);
    expect(Object.keys(r)).not.toContain('extra');
  });

  test('a report with exactly MAX_MENTIONS mentions is accepted', () => {
    const mentions = Array.from({ length: MAX_MENTIONS }, () => mention);
    expect(parsePageReport(report({ mentions }))?.mentions).toHaveLength(MAX_MENTIONS);
  });

  test.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'load-marker'],
    ['a number', 7],
    ['an array', [{ type: 'load-marker' }]],
    ['no type', {}],
    ['unknown type', { type: 'delete-everything' }],
    // The popup calls the page's API in its isolated world instead (page-api.ts): no listener answers these.
    ['get-report', { type: 'get-report' }],
    ['show-mark', { type: 'show-mark', claimId: 'a', index: 0 }],
    ['type with different case', { type: 'Load-Marker' }],
    ['page-report without report', { type: 'page-report' }],
    ['page-report with an over-long url', { type: 'page-report', report: report({ url: 'https://x/' + 'a'.repeat(10_000) }) }],
    ['page-report with a bad status', { type: 'page-report', report: report({ status: 'exploded' }) }],
    ['page-report with a bad outcome', { type: 'page-report', report: report({ outcome: 'oops' }) }],
    ['page-report with negative hidden', { type: 'page-report', report: report({ hidden: -1 }) }],
    ['page-report with aboutBackPain as string', { type: 'page-report', report: report({ aboutBackPain: 'yes' }) }],
    ['page-report with mentions not an array', { type: 'page-report', report: report({ mentions: { 0: mention } }) }],
    ['too many mentions', { type: 'page-report', report: report({ mentions: Array.from({ length: MAX_MENTIONS + 1 }, () => mention) }) }],
    ['a mention with a bad claim id', { type: 'page-report', report: withMention({ claimId: 'Not An Id' }) }],
    ['a mention with a wrong verdict', { type: 'page-report', report: withMention({ verdict: 'true' }) }],
    ['a mention with a wrong stance', { type: 'page-report', report: withMention({ stance: 'agrees' }) }],
    ['a mention with over-long text', { type: 'page-report', report: withMention({ text: 'x'.repeat(2001) }) }],
    ['a mention that is a string', { type: 'page-report', report: report({ mentions: ['massage'] }) }],
    ['scan-text without text', { type: 'scan-text', url: 'https://a.test/' }],
    ['scan-text with text not a string', { type: 'scan-text', text: ['massage'], url: 'https://a.test/' }],
    ['scan-text over the length limit', { type: 'scan-text', text: 'a'.repeat(MAX_SCAN_CHARS + 1), url: 'https://a.test/' }],
    ['scan-text without the page url', { type: 'scan-text', text: 'massage' }],
    ['scan-text with an over-long url', { type: 'scan-text', text: 'massage', url: 'https://x/' + 'a'.repeat(10_000) }],
    ['first-look without chunks', { type: 'first-look', url: 'https://a.test/' }],
    ['first-look with a chunk not a string', { type: 'first-look', chunks: ['massage', 7], url: 'https://a.test/' }],
    ['first-look over the length limit in all', { type: 'first-look', chunks: ['a'.repeat(MAX_FIRST_LOOK_CHARS), 'b'], url: 'https://a.test/' }],
    ['first-look without the page url', { type: 'first-look', chunks: ['massage'] }],
    ['the old load-engine message', { type: 'load-engine' }],
    ['the old check-windows message', { type: 'check-windows', windows: ['massage'] }],
    ['check-selection without text', { type: 'check-selection' }],
    ['check-selection with blank text', { type: 'check-selection', text: ' \n\t ' }],
    ['check-selection with text not a string', { type: 'check-selection', text: ['massage'] }],
    ['check-selection with over-long text', { type: 'check-selection', text: 'a'.repeat(MAX_SELECTION_CHARS + 1) }],
  ])('rejects %s', (_name, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test('the popup shows a paused or switched-off page as such, whatever the content script knew', () => {
    const done = report() as PageReport;
    expect(reportUnderSettings(done, normalizeSettings({}))).toBe(done);
    expect(reportUnderSettings(done, normalizeSettings({ pausedSites: ['example.com'] }))).toMatchObject({ status: 'paused', mentions: [] });
    expect(reportUnderSettings(done, normalizeSettings({ pausedSites: ['other.org'] }))).toBe(done);
    expect(reportUnderSettings(done, normalizeSettings({ enabled: false }))).toMatchObject({ status: 'disabled', mentions: [] });
  });

  const settings = { enabled: true, pausedSites: [] };
  const reply = (changes: Record<string, unknown> = {}) => ({ matches: [], claims: [], outcome: 'complete', settings, ...changes });
  test('a scan reply carries its settings and, when the page is switched off, why', () => {
    expect(isScanReply(reply())).toBe(true);
    expect(isScanReply(reply({ off: 'paused' }))).toBe(true);
    expect(isScanReply(reply({ off: 'disabled', outcome: 'no-candidates' }))).toBe(true);
    expect(isScanReply(reply({ settings: undefined }))).toBe(false);
    expect(isScanReply(reply({ off: 'sleeping' }))).toBe(false);
    expect(isScanReply(reply({ outcome: 'done' }))).toBe(false);
    expect(isScanReply(reply({ matches: 'none' }))).toBe(false);
  });
});

describe('extension/messages first look and outcomes', () => {
  test('a first-look reply is checked for shape', () => {
    expect(isFirstLookReply({ check: false, outcome: 'complete' })).toBe(true);
    expect(isFirstLookReply({ check: 'no', outcome: 'complete' })).toBe(false);
    expect(isFirstLookReply({ check: true, outcome: 'done' })).toBe(false);
    expect(isFirstLookReply(undefined)).toBe(false);
  });

  test("a page's outcome is its least complete chunk's", () => {
    const ofPage = (chunks: ScanOutcome[]) => chunks.reduce(pageOutcome, 'no-candidates');
    expect(ofPage(['complete', 'no-candidates', 'complete'])).toBe('complete');
    expect(ofPage(['no-candidates', 'no-candidates'])).toBe('no-candidates');
    expect(ofPage(['complete', 'time-budget', 'complete'])).toBe('time-budget');
    expect(ofPage(['size-limit', 'no-candidates'])).toBe('size-limit');
  });
});
