/**
 * Lists inside a sentence ("Benefits of massage include reduced stress, better sleep, improved
 * circulation and a natural release of endorphins"): the later items stand too far from the
 * sentence's subject for a pattern's short gaps. The sentence is also read with each later item
 * straight after the list's lead ("Benefits of massage include a natural release of endorphins").
 * Items are told apart by commas and a final "and"/"or"; where the first item starts is not marked,
 * so it is taken to be as long as the second ("reduced stress" / "better sleep").
 */
import type { Reading } from './readings';
import type { Sentence } from './tokenize';

/** Longest list item before the last, in words: longer stretches between commas are clauses, not items. */
const MAX_ITEM_WORDS = 4;
/** Words that make a stretch between commas a clause of its own ("that's a sign of inflammation"). */
const CLAUSE_WORDS = new Set([
  'that', 'this', 'there', 'it', 'is', 'are', 'was', 'were', 'be', 'which', 'who', 'if', 'when', 'not', 'but', 'because', 'so',
  'i', 'you', 'we', 'they', 'he', 'she',
]);
/** Longest first item assumed. */
const MAX_FIRST_WORDS = 4;
/** In the last item's first words, these make it a clause (pronouns may stand there: "and helps you sleep"). */
const LAST_ITEM_BREAKS = new Set(['is', 'are', 'was', 'were', 'that', 'which', 'who', 'if', 'when', 'but', 'because', 'so', 'what']);
const JOINERS = new Set(['and', 'or']);
/** How far before the list a claim read with a later item may start, in words (a pattern's reach). */
const MAX_REACH = 12;

/** The sentence read with each of its lists' third and later items right after the list's lead. */
export function listReadings(s: Sentence): Reading[] {
  const { tokens } = s;
  const out: Reading[] = [];
  for (let c = 0; c < tokens.length - 1; c++) {
    if (!tokens[c]!.comma) continue;
    // Items after the first: each ends at a comma, or at "and"/"or" before the last one.
    const starts: number[] = [];
    let at = c + 1;
    let last = false;
    while (at < tokens.length && !last && starts.length < 8) {
      // "A, B, and C": the item after ", and" is the last.
      const oxford = JOINERS.has(tokens[at]!.norm);
      if (oxford) at++;
      starts.push(at);
      if (oxford) {
        last = true;
        break;
      }
      let end = at;
      while (end < tokens.length && end - at < MAX_ITEM_WORDS && !CLAUSE_WORDS.has(tokens[end]!.norm) && !tokens[end]!.comma && !JOINERS.has(tokens[end + 1]?.norm ?? '')) end++;
      if (end >= tokens.length || end - at >= MAX_ITEM_WORDS || CLAUSE_WORDS.has(tokens[end]!.norm)) break;
      if (JOINERS.has(tokens[end + 1]?.norm ?? '') && !tokens[end]!.comma) {
        starts.push(end + 2);
        last = true;
      } else at = end + 1;
    }
    if (!last || starts.length < 2 || starts.at(-1)! >= tokens.length) continue;
    // The last item is no clause either ("..., and sleep like a log is what I do now").
    const lastWords = tokens.slice(starts.at(-1)!, starts.at(-1)! + MAX_ITEM_WORDS + 1);
    if (lastWords.some((t) => LAST_ITEM_BREAKS.has(t.norm))) continue;
    const joined = JOINERS.has(tokens[starts[1]! - 1]!.norm) ? 1 : 0;
    const secondLength = Math.min(MAX_FIRST_WORDS, Math.max(1, starts[1]! - starts[0]! - joined));
    const first = Math.max(0, c + 1 - secondLength);
    for (const item of starts.slice(1)) {
      const kept = [...tokens.keys()].filter((i) => i < first || i >= item);
      out.push({ tokens: kept.map((i) => tokens[i]!), from: kept, subject: 0, joinsAt: item, starts: [first - MAX_REACH, first - 1] });
    }
    c = starts.at(-1)!;
  }
  return out;
}
