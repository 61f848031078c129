/** Training the claim model: it learns, it is reproducible, and the committed model is current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MODEL_FILE } from '../../../src/claims/load';
import { regression, regressions, trainModel, type TrainingText } from '../../../src/claims/train-model';
import { trainShippedModel } from '../../../src/claims/shipped-model';
import { modelHits, runtimeModel } from '../../../src/engine/claim-model';
import { sentencesOf } from '../../../src/engine/tokenize';

/**
 * Eighty short texts: half say that massage flushes toxins, in two wordings, one of which calls it a
 * myth (and so disputes it); half are about other things.
 */
const TOY: TrainingText[] = Array.from({ length: 80 }, (_, i) =>
  i % 2
    ? i % 4 === 1
      ? { text: `Massage flushes toxins out, day ${i}.`, claims: ['toxins'] }
      : { text: `It is a myth that a rub clears the toxins, week ${i}.`, claims: ['toxins'], disputes: ['toxins'] }
    : { text: `The train leaves at ${i} past the hour.`, claims: [] },
);

describe('claims/train-model', () => {
  test('a claim is learnt from its texts and found in a new wording of it', () => {
    const model = runtimeModel(trainModel(TOY, ['toxins'], { minCount: 2, threshold: 0.8 }));
    const found = (text: string) => modelHits(model, sentencesOf(text)[0]!.tokens, () => false).map((h) => h.claim);
    expect(found('My massage flushes the toxins out.')).toEqual(['toxins']);
    expect(found('The train leaves at noon.')).toEqual([]);
  });

  test('which texts dispute a claim is learnt from those that make it', () => {
    const model = runtimeModel(trainModel(TOY, ['toxins'], { minCount: 2, threshold: 0.5, prune: 0 }));
    const odds = (text: string) => modelHits(model, sentencesOf(text)[0]!.tokens, () => false)[0]?.disputeProbability;
    expect(odds('It is a myth that a rub clears the toxins.')).toBeGreaterThan(0.8);
    expect(odds('Massage flushes the toxins out.')).toBeLessThan(0.2);
  });

  test('the model keeps the thresholds of its own claims that differ from the default', () => {
    const model = trainModel(TOY, ['toxins'], { threshold: 0.6, claimThresholds: { toxins: 0.75, other: 0.8 } });
    expect(model.claimThresholds).toEqual({ toxins: 0.75 });
    expect(trainModel(TOY, ['toxins'], { threshold: 0.6, claimThresholds: { toxins: 0.6 } }).claimThresholds).toBeUndefined();
  });

  test('the same texts give the same model', () => {
    expect(trainModel(TOY, ['toxins'])).toEqual(trainModel(TOY, ['toxins']));
  });

  test('regressions trained together come out exactly as each trained alone', () => {
    // Rows of up to three of six features; three label vectors that depend on them differently.
    const rows = Array.from({ length: 60 }, (_, k) => [k % 6, (k * 5 + 1) % 6, (k * 7 + 3) % 6].filter((f, i, all) => all.indexOf(f) === i));
    const labels = [rows.map((r) => (r.includes(0) ? 1 : 0)), rows.map((r) => (r.includes(4) && !r.includes(2) ? 1 : 0)), rows.map((_, k) => k % 2)];
    const options = { epochs: 5, l2: 1e-3, rate: 0.5, bias: -1 };
    const together = regressions(rows, labels, 6, options);
    const alone = labels.map((y) => regression(rows, y, 6, options));
    expect(together.map((fit) => [fit.b, [...fit.w]])).toEqual(alone.map((fit) => [fit.b, [...fit.w]]));
    // They did learn: feature 0 predicts the first label, and the three differ.
    expect(together[0]!.w[0]).toBeGreaterThan(1);
    expect(together[0]!.w).not.toEqual(together[1]!.w);
  });

  test('claims/model.json is the model the dev sentences and pages give (run `npm run model:train` after changing them)', () => {
    const committed = JSON.parse(readFileSync(join(process.cwd(), 'claims', MODEL_FILE), 'utf8'));
    const trained = trainShippedModel();
    expect(trained.stance).toBeDefined();
    expect(committed).toEqual(trained);
  }, 120_000);
});
