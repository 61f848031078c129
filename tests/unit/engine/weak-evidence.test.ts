import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';

/**
 * The rules alone, without the stance model's second opinion (stance-model.ts): these tests say what the
 * weak-evidence rule decides. The model may still revisit a stance it left as asserted (it reads
 * "limited" in "... though the data on itch is limited" as a hedge), which the quality tests measure.
 */
const { bundle } = loadClaims();
const scanner = createScanner({ ...bundle, model: bundle.model && { ...bundle.model, stance: undefined } });
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

describe('engine/weak-evidence: a claim the sentence says holds for some only is hedged', () => {
  const INSURANCE = 'insurance-covers-massage';
  test.each([
    ['Private health insurance sometimes pays for massage if a doctor refers you, but many policies exclude it.', INSURANCE],
    ["Some health plans will pay for massage when a doctor has prescribed it, but many plans don't cover it at all.", INSURANCE],
    ["Some private health insurance policies contribute towards massage, but many don't, so check yours before you book.", INSURANCE],
  ])('%s', (text, claim) => {
    expect(stanceOf(text, claim)).toBe('hedges');
  });

  test.each([
    // the negated verb is not the claim's: no qualification
    ["Massage relieves back pain, but many people don't realise it.", 'massage-relieves-back-pain', 'asserts'],
    ['Massage boosts circulation, and some studies do not stop there.', CIRCULATION, 'asserts'],
  ])('not hedged by it: %s', (text, claim, stance) => {
    expect(stanceOf(text, claim)).toBe(stance);
  });
});
