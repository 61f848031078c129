/**
 * Holds the engine's quality on the development set at the levels reached, so a change to the
 * engine or the claims cannot lower them silently. Raise the floors when the figures improve.
 * (The held-out set is report-only: `npm run eval` prints it; it is never a tuning target.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { evaluate } from '../../eval/evaluate';

const FLOORS = {
  overall: { precision: 0.978, recall: 0.936, stanceAccuracy: 0.982 },
  sentences: { precision: 0.987, recall: 0.954, stanceAccuracy: 0.99 },
  seeds: { precision: 0.93, recall: 0.833, stanceAccuracy: 0.94 },
};

const result = evaluate(createScanner(loadClaims().bundle));

describe('eval/quality (development set)', () => {
  test.each(Object.entries(FLOORS))('%s stays at or above its floors', (part, floors) => {
    const scores = result[part as keyof typeof FLOORS];
    expect(scores.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(scores.stanceAccuracy).toBeGreaterThanOrEqual(floors.stanceAccuracy);
  });

  test('look-alike and unrelated sentences (dev and held-out) produce no claim at all', () => {
    const scanner = createScanner(loadClaims().bundle);
    const items = ['sentences.yaml', 'heldout.yaml'].flatMap(
      (f) => parse(readFileSync(join(import.meta.dirname, '..', '..', 'eval', f), 'utf8')) as Array<{ text: string; kind: string }>,
    );
    const lookalikes = items.filter((i) => i.kind === 'lookalike' || i.kind === 'unrelated');
    expect(lookalikes.length).toBeGreaterThan(90);
    const matched = lookalikes.filter((i) => scanner.scan(i.text).matches.length > 0).map((i) => i.text);
    expect(matched).toEqual([]);
  });
});
