/**
 * What the claim model learns from: the labelled development sentences (tests/eval/sentences.yaml),
 * each item with the claims its labels name, whatever their stance, and those it disputes. Only the development set: the
 * held-out sets and every page set stay unseen, so they can still say how the model does on text
 * it never saw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TrainingText } from './train-model';

export const TRAINING_SENTENCES = join('tests', 'eval', 'sentences.yaml');

export function trainingTexts(root = process.cwd()): TrainingText[] {
  const items = parse(readFileSync(join(root, TRAINING_SENTENCES), 'utf8')) as Array<{ text: string; expect?: Array<{ claim: string; stance: string }> | null }>;
  return items.map((item) => {
    const labels = item.expect ?? [];
    return { text: item.text, claims: [...new Set(labels.map((l) => l.claim))], disputes: [...new Set(labels.filter((l) => l.stance === 'disputes').map((l) => l.claim))] };
  });
}
