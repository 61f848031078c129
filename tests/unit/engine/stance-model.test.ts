/** The stance model's second opinion: what it reads, and when it overrides the rules. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { learntStance, matchStanceFeatures, openToSecondOpinion, QUESTION_FEATURE, ruleFeature, runtimeStanceModel, stanceFeatures } from '../../../src/engine/stance-model';
import { sentencesOf } from '../../../src/engine/tokenize';
import type { ClaimMatch, Stance } from '../../../src/engine/types';

/** A model that reads "theory" as hedging, more strongly than the rules' "asserts" reads as asserting. */
const model = runtimeStanceModel({
  bias: [0, -1, -2],
  weights: { 'rule:asserts': [0, 1], 'rule:hedges': [1, 1], theory: [1, 4, 0, -2] },
  threshold: 0.7,
});

describe('engine/stance-model', () => {
  test('it reads the words, the word pairs, a question and the rules\' stance', () => {
    const [s] = sentencesOf('Does massage flush toxins?');
    const features = stanceFeatures(s!.tokens, s!.question, 'hedges');
    expect(features).toEqual(expect.arrayContaining(['massag', 'flush', 'massag_flush', QUESTION_FEATURE, ruleFeature('hedges')]));
    expect(features).not.toContain(ruleFeature('asserts'));
    expect(stanceFeatures(sentencesOf('Massage flushes toxins.')[0]!.tokens, false, 'asserts')).not.toContain(QUESTION_FEATURE);
  });

  test('a match\'s features are the same from its own sentence and from its text split again', () => {
    const text = 'Some say massage flushes toxins. Others disagree?';
    for (const own of sentencesOf(text)) {
      const match = { sentence: own.text, stance: 'hedges' as const };
      expect(matchStanceFeatures(match).sort()).toEqual(matchStanceFeatures(match, own).sort());
    }
  });

  test('the rules\' stance stands unless another is clearly more likely', () => {
    const words = (text: string, read: 'asserts' | 'hedges') => stanceFeatures(sentencesOf(text)[0]!.tokens, false, read);
    expect(learntStance(model, words('The theory goes that massage flushes toxins.', 'asserts'), 'asserts')).toBe('hedges');
    expect(learntStance(model, words('Massage flushes toxins.', 'asserts'), 'asserts')).toBe('asserts');
    // "hedges" is the likelier here, but not by the share the model asks for.
    expect(learntStance({ ...model, threshold: 0.99 }, words('The theory goes that massage flushes toxins.', 'asserts'), 'asserts')).toBe('asserts');
  });

  test('only stances read from cues are open to it, and not in a sentence whose matches differ in stance', () => {
    const at = (sentenceStart: number, stance: Stance): ClaimMatch => ({ claimId: 'c', verdict: 'unsupported', stance, start: sentenceStart, end: sentenceStart + 5, text: '', sentence: 'x', sentenceStart, confidence: 1 });
    const plain = at(0, 'asserts');
    const settled = at(10, 'disputes');
    const splitA = at(20, 'disputes');
    const splitB = at(20, 'asserts');
    const sameA = at(30, 'hedges');
    const sameB = at(30, 'hedges');
    const cueRead = new Map<ClaimMatch, Stance>([[plain, 'asserts'], [settled, 'hedges'], [splitA, 'disputes'], [splitB, 'asserts'], [sameA, 'hedges'], [sameB, 'hedges']]);
    expect(openToSecondOpinion([plain, settled, splitA, splitB, sameA, sameB], (m) => cueRead.get(m))).toEqual([plain, sameA, sameB]);
    expect(openToSecondOpinion([plain], () => undefined)).toEqual([]);
  });
});

describe('engine/stance-model in the scanner: what it may not revisit', () => {
  const { bundle } = loadClaims();
  /** A stance model that says "disputes" for everything, surely. */
  const contrary = createScanner({ ...bundle, model: { ...bundle.model!, stance: { bias: [-9, -9, 9], weights: {}, threshold: 0.7 } } });
  const stances = (text: string) => contrary.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);

  test('a stance read from the sentence\'s own cues is revisited', () => {
    expect(stances('Massage boosts circulation.')).toEqual(['massage-boosts-circulation:disputes']);
  });

  test.each([
    // negation kept to its own clause: the sentence's matches differ in stance
    ['Massage does not flush toxins, but massage boosts circulation.', ['massage-flushes-toxins:disputes', 'massage-boosts-circulation:asserts']],
    // a question read with its answer
    ['Want to flush out toxins? Book a lymphatic drainage massage.', ['massage-flushes-toxins:asserts']],
    // weak evidence, settled by the text after the claim
    ['Massage improves the health of the skin, but the evidence is limited.', ['massage-improves-skin:hedges']],
    // a pattern of the claim's opposite
    ['Get a massage instead of seeing a doctor.', ['massage-not-replacement-for-care:disputes']],
  ])('a stance settled otherwise is not: %s', (text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});
