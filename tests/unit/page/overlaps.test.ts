import { describe, expect, test } from 'vitest';
import type { ClaimMatch, Verdict } from '../../../src/engine/types';
import { withoutOverlaps } from '../../../src/page/overlaps';

const m = (claimId: string, start: number, end: number, verdict: Verdict = 'unsupported'): ClaimMatch => ({
  claimId,
  verdict,
  stance: 'asserts',
  start,
  end,
  text: '',
  sentence: '',
  sentenceStart: 0,
  confidence: 1,
});

describe('page/overlaps', () => {
  test.each<[string, ClaimMatch[], string[]]>([
    ['empty', [], []],
    ['disjoint, kept in order', [m('b', 10, 20), m('a', 0, 5)], ['a', 'b']],
    ['touching spans both kept', [m('a', 0, 5), m('b', 5, 9)], ['a', 'b']],
    ['the earlier start wins', [m('late', 3, 9), m('early', 0, 5)], ['early']],
    ['on a tie, the more serious verdict wins', [m('mixed', 0, 5, 'mixed'), m('contra', 0, 5, 'contradicted')], ['contra']],
    ['on a tie of verdicts, the longer span wins', [m('short', 0, 4), m('long', 0, 9)], ['long']],
    ['a span inside a kept span is dropped', [m('outer', 0, 20), m('inner', 5, 10), m('after', 20, 25)], ['outer', 'after']],
    ['supported loses a tie to unsupported', [m('s', 2, 8, 'supported'), m('u', 2, 8, 'unsupported')], ['u']],
  ])('%s', (_name, input, expected) => {
    const out = withoutOverlaps(input);
    expect(out.map((x) => x.claimId)).toEqual(expected);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
  });

  test('does not mutate its input', () => {
    const input = [m('b', 10, 20), m('a', 0, 5)];
    withoutOverlaps(input);
    expect(input.map((x) => x.claimId)).toEqual(['b', 'a']);
  });
});
