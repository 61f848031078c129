import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';

const scanner = createScanner(loadClaims().bundle);
const stanceOf = (text: string, claim: string) => scanner.scan(text).matches.find((m) => m.claimId === claim)?.stance;
const SKIN = 'massage-improves-skin';
const CIRCULATION = 'massage-boosts-circulation';

describe('engine/weak-evidence: a claim whose evidence the sentence calls weak is hedged', () => {
  test.each([
    ['Massage improves the health of the skin, but the evidence is limited.', SKIN],
    ['That massage improves the health of the skin: the evidence is limited to small studies.', SKIN],
    ['The evidence that massage improves skin health is weak.', SKIN],
    ['Massage boosts circulation, although the research for this remains thin.', CIRCULATION],
  ])('%s', (text, claim) => {
    expect(stanceOf(text, claim)).toBe('hedges');
  });

  test.each([
    // The evidence for something else is weak; the claim itself is stated plainly.
    ['Massage boosts circulation. The evidence on acupuncture is limited.', CIRCULATION, 'asserts'],
    ['The evidence that massage improves skin health is good, though the data on itch is limited.', SKIN, 'asserts'],
    // No evidence at all is a rebuttal, not a qualifier: it disputes.
    ['Some say massage boosts circulation, but there is no evidence for this.', CIRCULATION, 'disputes'],
  ])('not hedged by it: %s', (text, claim, stance) => {
    expect(stanceOf(text, claim)).toBe(stance);
  });
});
