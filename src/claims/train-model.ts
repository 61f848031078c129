/**
 * Trains the claim model (src/engine/claim-model.ts) on labelled texts: per claim, a logistic
 * regression over the texts' features, by stochastic gradient descent in a fixed order (a seeded
 * shuffle), so the same texts always give the same model. Small weights are dropped: they barely
 * move a probability and would make the model several times larger.
 */
import { modelFeatures, type ClaimModel } from '../engine/claim-model';
import { sentencesOf } from '../engine/tokenize';

export interface TrainingText {
  text: string;
  /** The claims the text makes, whatever its stance. */
  claims: readonly string[];
}

export interface TrainingOptions {
  /** A feature must occur in this many texts to be learnt. */
  minCount?: number;
  epochs?: number;
  l2?: number;
  /** Weights smaller than this (in absolute value) are dropped. */
  prune?: number;
  threshold?: number;
}

export const TRAINING_DEFAULTS: Required<TrainingOptions> = { minCount: 2, epochs: 15, l2: 1e-4, prune: 0.5, threshold: 0.9 };

/** The features of a text of one or more sentences (a heading and its sentence are one item). */
export function textFeatures(text: string): string[] {
  const features = new Set<string>();
  for (const s of sentencesOf(text)) for (const f of modelFeatures(s.tokens).keys()) features.add(f);
  return [...features];
}

/** A seeded linear congruential generator: the shuffle is the same on every run. */
function shuffler(seed: number) {
  let state = seed;
  return <T>(list: T[]) => {
    for (let k = list.length - 1; k > 0; k--) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const j = state % (k + 1);
      [list[k], list[j]] = [list[j]!, list[k]!];
    }
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function trainModel(texts: readonly TrainingText[], claims: readonly string[], options: TrainingOptions = {}): ClaimModel {
  const { minCount, epochs, l2, prune, threshold } = { ...TRAINING_DEFAULTS, ...options };
  const featuresOf = texts.map((t) => textFeatures(t.text));
  const counts = new Map<string, number>();
  for (const fs of featuresOf) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const indexOf = new Map(vocabulary.map((f, k) => [f, k]));
  const rows = featuresOf.map((fs) => fs.map((f) => indexOf.get(f)).filter((k): k is number => k !== undefined));

  const weights: Record<string, number[]> = Object.create(null);
  const bias: number[] = [];
  claims.forEach((claim, c) => {
    const y = texts.map((t) => (t.claims.includes(claim) ? 1 : 0));
    const w = new Float64Array(vocabulary.length);
    // Most texts do not make a given claim: start from low odds.
    let b = -3;
    const order = texts.map((_, k) => k);
    const shuffle = shuffler(7);
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order);
      const rate = 0.5 / (1 + epoch);
      for (const k of order) {
        const row = rows[k]!;
        let z = b;
        for (const f of row) z += w[f]!;
        const g = 1 / (1 + Math.exp(-z)) - y[k]!;
        for (const f of row) w[f] = w[f]! - rate * (g + l2 * w[f]!);
        b -= rate * g;
      }
    }
    bias.push(round(b));
    w.forEach((x, f) => {
      if (Math.abs(x) >= prune) (weights[vocabulary[f]!] ??= []).push(c, round(x));
    });
  });
  return { claims: [...claims], bias, weights, threshold };
}
