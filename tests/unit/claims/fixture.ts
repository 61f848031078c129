/** A small valid claims input for compiler and engine tests: one claim, one lexicon, red flags and a source. */
import type { ClaimsInput, RawFile } from '../../../src/claims/compile';

export const SOURCE = 'Intro line.\nMassage helps the body flush out toxins from the tissues.\nEnd.';

export function validClaim(): Record<string, unknown> {
  return {
    id: 'massage-flushes-toxins',
    title: 'Massage flushes out toxins',
    statement: 'Massage removes toxins from the tissues.',
    verdict: 'unsupported',
    certainty: 'low',
    evidence: 'No study has named a toxin that massage removes.',
    notes: { asserts: 'No good evidence supports this.', disputes: 'This passage agrees with the evidence.' },
    citations: [{ authors: 'Wiltshire EV, et al.', title: 'Massage impairs lactic acid removal', year: 2010, doi: '10.1249/MSS.0b013e3181c9214f' }],
    provenance: [{ source: 'doc.txt', quote: 'Massage helps the body flush out toxins from the tissues.' }],
    patterns: ['@massage ..4 (flush|=rid of) ..3 @toxin'],
    examples: ['Massage flushes toxins.'],
    reviewed: '2026-11-23',
  };
}

export const claimFile = (data: unknown, file = 'claims/claims/massage-flushes-toxins.yaml'): RawFile => ({ file, data, text: JSON.stringify(data) });

export function validInput(): ClaimsInput {
  return {
    claims: [claimFile(validClaim())],
    lexicons: [
      {
        file: 'claims/lexicon/core.yaml',
        data: { concepts: { massage: ['massage', 'massage therapy'], toxin: ['toxin', 'lactic acid'] }, vetoes: ['massage chair'] },
        text: 'core',
      },
    ],
    redFlags: {
      file: 'claims/red-flags.yaml',
      text: 'red flags',
      data: {
        intro: 'Some symptoms need care.',
        reviewed: '2026-11-23',
        source: [{ authors: 'NHS', title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' }],
        groups: [
          { level: 'emergency', heading: 'Get emergency help', items: ['Numbness around the genitals'] },
          { level: 'urgent', heading: 'Get advice today', items: ['A high temperature'] },
        ],
      },
    },
    sources: { 'doc.txt': SOURCE },
  };
}
