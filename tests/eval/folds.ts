/**
 * The claim model (src/engine/claim-model.ts) is trained on the dev sentences, so scoring them with
 * it would score what it memorised. Each dev sentence is scored instead by a scanner whose model was
 * trained on the other folds: five contiguous stretches of sentences.yaml (whole batches, so a
 * sentence's own paraphrases rarely train the model that scores it). Pages and held-out sets are
 * never trained on and keep the shipped model.
 */
import type { CompiledBundle } from '../../src/engine/types';
import { createScanner, type Scanner } from '../../src/engine/scanner';
import { trainModel } from '../../src/claims/train-model';
import { trainingTexts } from '../../src/claims/training-set';

export const FOLDS = 5;

/** A scanner per dev sentence (by its index in sentences.yaml), none of whose model saw it. */
export function crossValidated(bundle: CompiledBundle): (index: number) => Scanner {
  if (!bundle.model) {
    const scanner = createScanner(bundle);
    return () => scanner;
  }
  const texts = trainingTexts();
  const foldOf = (index: number) => Math.min(FOLDS - 1, Math.floor((index * FOLDS) / texts.length));
  const { claims, threshold, disputeThreshold } = bundle.model;
  const scanners = Array.from({ length: FOLDS }, (_, fold) => {
    const model = trainModel(texts.filter((_, i) => foldOf(i) !== fold), claims, { threshold, disputeThreshold });
    return createScanner({ ...bundle, model });
  });
  return (index) => scanners[foldOf(index)]!;
}
