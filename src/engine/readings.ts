/**
 * Other readings of a sentence, with words left out (asides.ts, lists.ts): the matcher runs on
 * them too, and a hit is mapped back to the sentence's own words (its stance is read there).
 */
import type { PatternHit } from './match';
import type { Token } from './tokenize';

export interface Reading {
  tokens: Token[];
  /** Index in the sentence of each token kept. */
  from: number[];
  /** A hit must start here or later (sentence index): no reaching back past the subject. */
  subject: number;
  /** If set, a hit must join words before this sentence index with words from it on. */
  joinsAt?: number;
  /**
   * Where in the reading (its own indices) a new hit can start, first and last: just before the
   * words left out. Elsewhere the reading holds nothing the sentence does not.
   */
  starts: readonly [number, number];
}

/** A hit on a reading, in the sentence's own token indices (spanning what was left out); undefined if the reading does not allow it. */
export function hitInSentence(hit: PatternHit, reading: Reading): PatternHit | undefined {
  const literal = hit.literal.map((i) => reading.from[i]!);
  const from = reading.from[hit.from]!;
  if (from < reading.subject) return undefined;
  if (reading.joinsAt !== undefined && !(from < reading.joinsAt && literal.some((i) => i >= reading.joinsAt!))) return undefined;
  return { from, to: reading.from[hit.to - 1]! + 1, literal, gapWords: hit.gapWords };
}
