/**
 * The claim model (src/engine/claim-model.ts) is trained on the dev sentences and the dev page sets,
 * so scoring them with it would score what it memorised. They are scored instead in FOLDS folds: fold
 * k holds out the k-th contiguous stretch of sentences.yaml (whole batches, so a sentence's own
 * paraphrases rarely train the model that scores it) and the k-th contiguous stretch of dev page sets
 * (sets written in the same round sit together), and its model, trained on the rest, scores both (its
 * stance model too). The article fixtures, the seeds and the held-out sets are never trained on and
 * keep the shipped model.
 */
import { resolve } from 'node:path';
import type { CompiledBundle } from '../../src/engine/types';
import { createScanner, type Scanner } from '../../src/engine/scanner';
import { trainModel } from '../../src/claims/train-model';
import { pageStanceExamples, sentenceStanceExamples, stanceReader, trainStanceModel } from '../../src/claims/train-stance';
import { labelledPages, labelledSentences, TRAINING_PAGE_SETS, trainingPageDir, trainingPageTexts, trainingTexts } from '../../src/claims/training-set';

/**
 * Fixed, so that the quality tests' time (one model per fold, most of their cost) no longer grows with
 * each page set trained on: until session 39 there was a fold per set, and forty-two of them made CI
 * take 14 minutes. Fourteen was three sets per fold at forty-two sets (three or four at forty-four); each
 * fold model learns from 13/14 of the data instead of 41/42, so the figures are a little more conservative.
 */
export const FOLDS = Math.min(14, TRAINING_PAGE_SETS.length);

/** The fold of the k-th of `count` items split into FOLDS contiguous stretches. */
const stretch = (k: number, count: number) => Math.min(FOLDS - 1, Math.floor((k * FOLDS) / count));

export interface CrossValidated {
  /** The scanner for a dev sentence (by its index in sentences.yaml). */
  sentence(index: number): Scanner;
  /** The scanner for a directory of pages: its fold's if it is a dev page set, else the shipped one. */
  pages(dir: string): Scanner;
}

/** Scanners none of whose models saw what they score. */
export function crossValidated(bundle: CompiledBundle): CrossValidated {
  const shipped = createScanner(bundle);
  if (!bundle.model) return { sentence: () => shipped, pages: () => shipped };
  const texts = trainingTexts();
  const pageTexts = TRAINING_PAGE_SETS.map((set) => trainingPageTexts(set));
  const foldOf = (index: number) => stretch(index, texts.length);
  const setFold = (k: number) => stretch(k, TRAINING_PAGE_SETS.length);
  const { claims, threshold, claimThresholds = {}, disputeThreshold } = bundle.model;
  const models = Array.from({ length: FOLDS }, (_, fold) => {
    const training = [...texts.filter((_, i) => foldOf(i) !== fold), ...pageTexts.filter((_, k) => setFold(k) !== fold).flat()];
    return trainModel(training, claims, { threshold, claimThresholds, disputeThreshold });
  });
  let scanners: Scanner[];
  if (!bundle.model.stance) scanners = models.map((model) => createScanner({ ...bundle, model }));
  else {
    // The stance model learns from the stances the engine gives the labels it finds: each fold's own
    // texts read by its own claim model (which never saw them), as the shipped model learns from
    // texts the shipped claim model reads; fold k's stance model then learns from every fold but k.
    const items = labelledSentences();
    const examples = models.map((model, fold) => {
      const read = stanceReader({ ...bundle, model });
      return [...sentenceStanceExamples(read, items, [...items.keys()].filter((i) => foldOf(i) === fold)), ...pageStanceExamples(read, TRAINING_PAGE_SETS.filter((_, k) => setFold(k) === fold).flatMap((set) => labelledPages(set)))];
    });
    const { threshold: stanceThreshold } = bundle.model.stance;
    scanners = models.map((model, fold) =>
      createScanner({ ...bundle, model: { ...model, stance: trainStanceModel(examples.filter((_, k) => k !== fold).flat(), { threshold: stanceThreshold }) } }),
    );
  }
  const pageFold = new Map(TRAINING_PAGE_SETS.map((set, k) => [resolve(trainingPageDir(set)), setFold(k)]));
  return {
    sentence: (index) => scanners[foldOf(index)]!,
    pages: (dir) => {
      const fold = pageFold.get(resolve(dir));
      return fold === undefined ? shipped : scanners[fold]!;
    },
  };
}
