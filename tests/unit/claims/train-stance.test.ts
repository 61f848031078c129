/** Training the stance model from the engine's matches and the labels they find. */
import { describe, expect, test } from 'vitest';
import { pageStanceExamples, sentenceStanceExamples, stanceReader, trainStanceModel, type StanceExample } from '../../../src/claims/train-stance';
import { loadClaims } from '../../../src/claims/load';
import type { LabelledPage } from '../../../src/claims/training-set';
import { learntStance, ruleFeature, runtimeStanceModel } from '../../../src/engine/stance-model';
import type { Stance } from '../../../src/engine/types';

/** The claims without a model: examples come from the patterns' matches. */
const read = stanceReader(loadClaims(undefined, { withModel: false }).bundle);

/** Eighty examples: the rules say "asserts" throughout; a sentence that says "the theory goes" is labelled as hedging. */
const TOY: StanceExample[] = Array.from({ length: 80 }, (_, i) => {
  const hedged = i % 2 === 0;
  const words = hedged ? ['the', 'theory', 'goes', `day${i % 5}`] : ['massag', 'flush', 'toxin', `day${i % 5}`];
  return { features: [...words, ruleFeature('asserts')], stance: (hedged ? 'hedges' : 'asserts') as Stance };
});

describe('claims/train-stance', () => {
  test('it learns where the rules\' stance is wrong, and leaves it where it is right', () => {
    const model = runtimeStanceModel(trainStanceModel(TOY));
    expect(learntStance(model, ['the', 'theory', 'goes', ruleFeature('asserts')], 'asserts')).toBe('hedges');
    expect(learntStance(model, ['massag', 'flush', 'toxin', ruleFeature('asserts')], 'asserts')).toBe('asserts');
  });

  test('the same examples give the same model', () => {
    expect(trainStanceModel(TOY)).toEqual(trainStanceModel(TOY));
  });

  test('a page\'s example is a match a label of its claim overlaps, read as the model would read it, with the label\'s stance', () => {
    const text = 'Some people say that massage flushes toxins out of your muscles. Opening hours: nine to five.';
    const quote = 'massage flushes toxins out of your muscles';
    const page: LabelledPage = { name: 'p.html', text, labels: [{ claim: 'massage-flushes-toxins', stance: 'disputes', quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }] };
    const examples = pageStanceExamples(read, [page]);
    expect(examples).toHaveLength(1);
    expect(examples[0]!.stance).toBe('disputes');
    expect(examples[0]!.features).toEqual(expect.arrayContaining(['toxin', 'som_peopl', ruleFeature('hedges')]));
    // Unlabelled, the same match is no example.
    expect(pageStanceExamples(read, [{ ...page, labels: [] }])).toEqual([]);
  });

  test('a sentence whose matches differ in stance gives no example: the model is not asked about it', () => {
    const items = [
      { text: 'Massage does not flush toxins, but massage boosts circulation.', expect: [{ claim: 'massage-flushes-toxins', stance: 'disputes' }, { claim: 'massage-boosts-circulation', stance: 'asserts' }] },
      { text: 'Massage boosts circulation.', expect: [{ claim: 'massage-boosts-circulation', stance: 'asserts' }] },
    ];
    expect(sentenceStanceExamples(read, items, [0])).toEqual([]);
    expect(sentenceStanceExamples(read, items, [1]).map((e) => e.stance)).toEqual(['asserts']);
  });
});
