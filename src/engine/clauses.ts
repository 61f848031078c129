/** Where one clause ends and the next begins: shared by the matcher (gaps stop) and stance. */
import type { Token } from './tokenize';

/** Words that open a new clause: negation and gaps do not reach across them. */
export const CLAUSE_OPENERS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet']);

/**
 * Openers that link sentences only when a comma follows ("However, massage ..."); without one they
 * are part of a phrase ("No pressure point, however it is stimulated, has ever been shown ...").
 */
const COMMA_OPENERS = new Set(['however']);

/** True if token i starts a new clause (an opener, or punctuation such as ";" before it). */
export function isClauseStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i > 0 && tokens[i - 1]!.clauseBreak) return true;
  if (COMMA_OPENERS.has(t.norm)) return t.comma === true;
  return CLAUSE_OPENERS.has(t.norm);
}
