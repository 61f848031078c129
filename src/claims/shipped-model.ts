/**
 * The model `npm run model:train` writes (claims/model.json): the claim model trained on the dev
 * sentences and pages, then the stance model trained on the stances the engine, with that claim
 * model, gives the labels it finds there.
 */
import type { ClaimModel } from '../engine/claim-model';
import { join } from 'node:path';
import { loadClaims } from './load';
import { SCOPE_IDS } from './scope';
import { trainModel } from './train-model';
import { pageStanceExamples, sentenceStanceExamples, stanceReader, trainStanceModel } from './train-stance';
import { allTrainingTexts, labelledPages, labelledSentences, TRAINING_PAGE_SETS } from './training-set';

export function trainShippedModel(root = process.cwd()): ClaimModel {
  const model = trainModel(allTrainingTexts(root), [...SCOPE_IDS].sort());
  const { bundle } = loadClaims(join(root, 'claims'), { withModel: false });
  const items = labelledSentences(root);
  const read = stanceReader({ ...bundle, model });
  const examples = [...sentenceStanceExamples(read, items, items.keys()), ...pageStanceExamples(read, TRAINING_PAGE_SETS.flatMap((set) => labelledPages(set, root)))];
  return { ...model, stance: trainStanceModel(examples) };
}
