/**
 * `npm run model:train`: trains the claim model and the stance model on the development sentences
 * and dev pages and writes claims/model.json (src/claims/shipped-model.ts). Run it after changing
 * them (sentences.yaml, a dev page or its labels), the claims or the engine's stance rules; the unit
 * tests fail while the committed model is not the one they give.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLAIMS_DIR, MODEL_FILE } from '../claims/load';
import { trainShippedModel } from '../claims/shipped-model';
import { TRAINING_PAGE_SETS, TRAINING_SENTENCES } from '../claims/training-set';

const started = performance.now();
const model = trainShippedModel();
const path = join(DEFAULT_CLAIMS_DIR, MODEL_FILE);
writeFileSync(path, `${JSON.stringify(model)}\n`);
const weights = Object.values(model.weights).reduce((n, pairs) => n + pairs.length / 2, 0);
console.log(
  `model: trained on ${TRAINING_SENTENCES} and the ${TRAINING_PAGE_SETS.length} dev page sets, ${model.claims.length} claims, ${Object.keys(model.weights).length} features, ${weights} weights, ` +
    `stance model ${Object.keys(model.stance?.weights ?? {}).length} features; ` +
    `wrote ${path} (${(JSON.stringify(model).length / 1024).toFixed(1)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
