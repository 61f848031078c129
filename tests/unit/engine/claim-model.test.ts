/**
 * The claim model (a learned fallback to the patterns): its features, what it reports and where,
 * and the words it reads.
 */
import { describe, expect, test } from 'vitest';
import { modelFeatures, modelHits, runtimeModel, stemOf, type ClaimModel } from '../../../src/engine/claim-model';
import { sentencesOf } from '../../../src/engine/tokenize';

const tokens = (text: string) => sentencesOf(text, 0)[0]!.tokens;

/** A hand-made model: "relief" with "relief fades" says claim a; "toxin" says claim b. */
const TOY: ClaimModel = {
  claims: ['a', 'b'],
  bias: [-3, -3],
  weights: { relief: [0, 3], relief_fad: [0, 2], toxin: [1, 5], massag: [0, 0.2, 1, 0.2] },
  threshold: 0.8,
};

describe('engine/claim-model', () => {
  test('stems pool the forms of a word, and leave short words alone', () => {
    expect(['massage', 'massages', 'massaged', 'massaging'].map(stemOf)).toEqual(['massag', 'massag', 'massag', 'massag']);
    expect(['relieves', 'relieved', 'relieve'].map(stemOf)).toEqual(['reliev', 'reliev', 'reliev']);
    expect(['is', 'was', 'less', "body's"].map(stemOf)).toEqual(['is', 'was', 'less', 'body']);
  });

  test('features are words and word pairs, each with the tokens it stands on', () => {
    const f = modelFeatures(tokens('The relief fades.'));
    expect([...f.keys()]).toEqual(['the', 'relief', 'the_relief', 'fad', 'relief_fad']);
    expect(f.get('relief_fad')).toEqual([1, 2]);
  });

  test('a claim is reported above the threshold, its span on the words that weigh for it', () => {
    const model = runtimeModel(TOY);
    const hits = modelHits(model, tokens('A massage gave me relief, fades by Friday.'), () => false);
    expect(hits.map((h) => h.claim)).toEqual(['a']);
    expect(hits[0]!.probability).toBeGreaterThan(0.8);
    // "relief" and "relief fades" weigh, "massage" (0.2) does not: the span is "relief, fades".
    expect(hits[0]!.hit).toMatchObject({ from: 4, to: 6, literal: [4, 5], gapWords: 0 });
    expect(modelHits(model, tokens('A massage gave me relief.'), () => false)).toEqual([]);
    expect(modelHits(model, tokens('Toxins, relief fades.'), (claim) => claim === 'a').map((h) => h.claim)).toEqual(['b']);
  });

  test('words that are also names of object properties are only words', () => {
    const model = runtimeModel({ ...TOY, weights: { ...TOY.weights } });
    expect(modelHits(model, tokens('The constructor of the toString method has a __proto__ and a hasOwnProperty.'), () => false)).toEqual([]);
  });
});
