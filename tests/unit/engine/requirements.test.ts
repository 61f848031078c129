import { describe, expect, test } from 'vitest';
import { createRequirementCheck } from '../../../src/engine/requirements';
import type { PrefilterDetail } from '../../../src/engine/types';

// Forms: 0 massage, 1 flush, 2 toxins, 3 knots, 4 rid, 5 of. Phrases: "massage", "flush", "rid of",
// "toxins", "knots". Slots: 0 @massage, 1 flush | rid of, 2 toxins, 3 knots.
// Patterns: massage + flush + toxins; massage + knots.
const detail: PrefilterDetail = {
  forms: [['massage', 'massages'], ['flush', 'flushes'], ['toxins'], ['knots'], ['rid'], ['of']],
  phrases: [[0], [1], [4, 5], [2], [3]],
  slots: [[0], [1, 2], [3], [4]],
  requirements: [
    [0, 1, 2],
    [0, 3],
  ],
};

/** Runs the check on the words, and also says how many words it visited before it knew. */
function check(words: string[]) {
  const requirements = createRequirementCheck(detail);
  let visited = 0;
  const met = requirements.met((visit) => {
    for (const w of words) {
      visited++;
      if (visit(w)) return;
    }
  });
  return { met, visited };
}

describe('engine/requirements', () => {
  test.each([
    ['every slot of a pattern, in order', ['massage', 'flushes', 'toxins'], true],
    ['in any order (the key slot last or first)', ['toxins', 'flush', 'massages'], true],
    ['a multi-word alternative needs all its words', ['massage', 'rid', 'toxins'], false],
    ['a multi-word alternative, its words apart', ['of', 'toxins', 'massage', 'rid'], true],
    ['one slot missing', ['massage', 'flush'], false],
    ['another pattern', ['knots', 'massage'], true],
    ['no words', [], false],
  ])('%s', (_name, words, expected) => {
    expect(check(words).met).toBe(expected);
  });

  test('stops visiting once a pattern is met, and the next call starts afresh', () => {
    const requirements = createRequirementCheck(detail);
    const seen: string[] = [];
    const met = requirements.met((visit) => {
      for (const w of ['massage', 'knots', 'flush', 'toxins']) {
        seen.push(w);
        if (visit(w)) return;
      }
    });
    expect(met).toBe(true);
    expect(seen).toEqual(['massage', 'knots']);
    // Nothing carries over from the window before.
    expect(requirements.met((visit) => void visit('toxins'))).toBe(false);
    expect(requirements.met((visit) => void ['flush', 'toxins'].some(visit))).toBe(false);
  });

  test('a pattern met by its last word is found without stopping early', () => {
    expect(check(['flush', 'massage', 'toxins'])).toEqual({ met: true, visited: 3 });
  });
});
