/**
 * Where one clause ends and the next begins, for stance (a negation's reach) and question leads.
 * The matcher's gaps cross most clause boundaries: writers spread a claim over them ("Massage alone
 * gives a few days of ease; together with physiotherapy the gains last longer"). Stopping gaps at
 * a semicolon cost four labels on the dev set for one false positive; at "but", sixteen. They stop
 * only at a concession (CONCESSIONS).
 */
import type { Token } from './tokenize';

/** Words that open a new clause: negation does not reach across them. */
export const CLAUSE_OPENERS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet']);

/**
 * Openers a pattern's gap does not skip (match.ts): a concession opens a clause about something
 * else ("... the chemicals your body releases, though researchers still argue about it" is no
 * claim about "it"). "But" is skippable: claims span it ("no cure, but it can take the edge off").
 */
export const CONCESSIONS: ReadonlySet<string> = new Set(['though', 'although', 'whereas']);

/**
 * Openers that link sentences only when a comma follows ("However, massage ..."); without one they
 * are part of a phrase ("No pressure point, however it is stimulated, has ever been shown ...").
 */
const COMMA_OPENERS = new Set(['however']);

/**
 * Openers that are adverbs unless a clause ends before them: "..., yet massage helps" opens a
 * clause; "no evidence yet that massage flushes toxins" and "has yet to be shown" do not.
 */
const OPENERS_AFTER_BREAK = new Set(['yet']);

/** Words before "while" that make it a noun: "for a while", "worth your while", "once in a while". */
const WHILE_NOUN_AFTER = new Set(['a', 'the', 'this', 'that', 'little', 'short', 'long', 'good', 'your', 'my', 'our', 'their', 'his', 'her', 'its']);

/** True if token i starts a new clause (an opener, or punctuation such as ";" before it). */
export function isClauseStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  if (prev?.clauseBreak) return true;
  if (COMMA_OPENERS.has(t.norm)) return t.comma === true;
  if (OPENERS_AFTER_BREAK.has(t.norm)) return prev === undefined || prev.comma === true;
  if (t.norm === 'while' && prev && WHILE_NOUN_AFTER.has(prev.norm)) return false;
  // "..., and then the ache crept back", "..., then": a next event, which a negation before it does not reach.
  if (t.norm === 'then' && (prev?.norm === 'and' || prev?.comma === true)) return true;
  return CLAUSE_OPENERS.has(t.norm);
}
