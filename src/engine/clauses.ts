/** Where one clause ends and the next begins: shared by the matcher (gaps stop) and stance. */
import type { Token } from './tokenize';

/** Words that open a new clause: negation and gaps do not reach across them. */
export const CLAUSE_OPENERS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet']);

/** True if token i starts a new clause (an opener, or punctuation such as ";" before it). */
export function isClauseStart(tokens: readonly Token[], i: number): boolean {
  return CLAUSE_OPENERS.has(tokens[i]!.norm) || (i > 0 && tokens[i - 1]!.clauseBreak);
}
