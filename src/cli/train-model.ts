/**
 * `npm run model:train`: trains the claim model on the development sentences and dev pages and
 * writes claims/model.json. Run it after changing them (sentences.yaml, a dev page or its labels) or
 * the claim IDs; the unit tests fail while the committed model is not the one they give.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLAIMS_DIR, MODEL_FILE } from '../claims/load';
import { SCOPE_IDS } from '../claims/scope';
import { trainModel } from '../claims/train-model';
import { allTrainingTexts, TRAINING_PAGE_SETS, TRAINING_SENTENCES } from '../claims/training-set';

const started = performance.now();
const texts = allTrainingTexts();
const model = trainModel(texts, [...SCOPE_IDS].sort());
const path = join(DEFAULT_CLAIMS_DIR, MODEL_FILE);
writeFileSync(path, `${JSON.stringify(model)}\n`);
const weights = Object.values(model.weights).reduce((n, pairs) => n + pairs.length / 2, 0);
console.log(
  `model: ${texts.length} texts from ${TRAINING_SENTENCES} and the ${TRAINING_PAGE_SETS.length} dev page sets, ${model.claims.length} claims, ${Object.keys(model.weights).length} features, ${weights} weights; ` +
    `wrote ${path} (${(JSON.stringify(model).length / 1024).toFixed(1)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
