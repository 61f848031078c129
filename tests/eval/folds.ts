/**
 * The claim model (src/engine/claim-model.ts) is trained on the dev sentences and the dev page sets,
 * so scoring them with it would score what it memorised. They are scored instead in as many folds as
 * there are dev page sets: fold k holds out the k-th contiguous stretch of sentences.yaml (whole
 * batches, so a sentence's own paraphrases rarely train the model that scores it) and the k-th dev
 * page set, and its model, trained on the rest, scores both (its stance model too). The article
 * fixtures, the seeds and the held-out sets are never trained on and keep the shipped model.
 */
import { resolve } from 'node:path';
import type { CompiledBundle } from '../../src/engine/types';
import { createScanner, type Scanner } from '../../src/engine/scanner';
import { trainModel } from '../../src/claims/train-model';
import { pageStanceExamples, sentenceStanceExamples, stanceReader, trainStanceModel } from '../../src/claims/train-stance';
import { labelledPages, labelledSentences, TRAINING_PAGE_SETS, trainingPageDir, trainingPageTexts, trainingTexts } from '../../src/claims/training-set';

export const FOLDS = TRAINING_PAGE_SETS.length;

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
  const foldOf = (index: number) => Math.min(FOLDS - 1, Math.floor((index * FOLDS) / texts.length));
  const { claims, threshold, claimThresholds = {}, disputeThreshold } = bundle.model;
  const models = Array.from({ length: FOLDS }, (_, fold) => {
    const training = [...texts.filter((_, i) => foldOf(i) !== fold), ...pageTexts.filter((_, k) => k !== fold).flat()];
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
      return [...sentenceStanceExamples(read, items, [...items.keys()].filter((i) => foldOf(i) === fold)), ...pageStanceExamples(read, labelledPages(TRAINING_PAGE_SETS[fold]!))];
    });
    const { threshold: stanceThreshold } = bundle.model.stance;
    scanners = models.map((model, fold) =>
      createScanner({ ...bundle, model: { ...model, stance: trainStanceModel(examples.filter((_, k) => k !== fold).flat(), { threshold: stanceThreshold }) } }),
    );
  }
  const pageFold = new Map(TRAINING_PAGE_SETS.map((set, k) => [resolve(trainingPageDir(set)), k]));
  return {
    sentence: (index) => scanners[foldOf(index)]!,
    pages: (dir) => {
      const fold = pageFold.get(resolve(dir));
      return fold === undefined ? shipped : scanners[fold]!;
    },
  };
}
