import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { thatListStance } from '../../../src/engine/that-lists';

/** The rules alone, without the stance model's second opinion (as in weak-evidence.test.ts). */
const { bundle } = loadClaims();
const scanner = createScanner({ ...bundle, model: bundle.model && { ...bundle.model, stance: undefined } });
const stanceOf = (text: string, claim: string) => scanner.scan(text).matches.find((m) => m.claimId === claim)?.stance;
const SPINE = 'massage-manipulates-spine';
const TOXINS = 'massage-flushes-toxins';

describe('engine/that-lists: items of a list of bare "That ..." clauses name claims without making them', () => {
  test('under a line that denies them, the items dispute', () => {
    const text = "Things I've decided not to tell clients\n- That massage realigns the spine.\n- That massage flushes toxins out of the muscles.";
    expect(stanceOf(text, SPINE)).toBe('disputes');
    expect(stanceOf(text, TOXINS)).toBe('disputes');
  });

  test('the denying line may be the heading above the intro', () => {
    const text = 'What we ask you not to tell patients\nPlease leave these at the door:\n- That massage flushes toxins out of the muscles.\n- That only deep tissue works.';
    expect(stanceOf(text, TOXINS)).toBe('disputes');
  });

  test('under any other line they hedge', () => {
    const text = 'Claims you will meet in practice:\n- That massage realigns the spine.\n- That massage flushes toxins out of the muscles.';
    expect(stanceOf(text, SPINE)).toBe('hedges');
    expect(stanceOf(text, TOXINS)).toBe('hedges');
  });

  test('an item that rebuts its own claim keeps disputing under a neutral line', () => {
    const text = 'Claims you will meet in practice:\n- That massage realigns the spine: there is no evidence for this.\n- That massage improves general health.';
    expect(stanceOf(text, SPINE)).toBe('disputes');
  });

  test.each([
    // A lone "That ...": more likely "that" pointing at a massage than a clause.
    ['My physio says hello.\nThat massage realigned my spine, I swear.\nI went back the next week.', SPINE],
    // "That said, ..." and "That's ..." are no list items.
    ['That said, massage realigns the spine in my experience.\nThat said, it flushes toxins too.', SPINE],
    // Not the first sentence of its line.
    ['We chatted.\nShe was kind. That massage realigns the spine is what she believed.\nThat was all.', SPINE],
  ])('no list: %j', (text, claim) => {
    const m = scanner.scan(text).matches.find((x) => x.claimId === claim);
    expect(m).toBeDefined();
    expect(thatListStance(text, m!.sentenceStart)).toBeUndefined();
  });
});
