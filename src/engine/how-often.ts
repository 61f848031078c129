/**
 * "How often should I get a massage?" / "Twice a week to start, then weekly.": an FAQ answer
 * that states a schedule without naming what it is for. The answer is read with the question's
 * subject in front of it (the massage), so a schedule the claims speak of is found in it. Only
 * questions about how often or how many sessions, that name massage, and an answer that does not
 * name it itself (then its own reading finds what it says).
 */
import type { Sentence } from './tokenize';

/** A question about how often, or how many sessions, at the end of the text. */
export const HOW_OFTEN_QUESTION =
  /\bhow (?:often|frequently|regularly|many (?:sessions|massages|treatments|appointments|visits|times))\b[^?\n]*\?["'”’)]*\s*$/i;

/** True if the sentence is a how-often question that names the subject. */
export function asksHowOften(s: Sentence, mentions: ReadonlySet<string>): boolean {
  return s.question && HOW_OFTEN_QUESTION.test(s.text) && s.tokens.some((t) => t.keys.some((k) => mentions.has(k)));
}
