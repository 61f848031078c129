/**
 * Asides: words set off by commas, brackets or dashes between a claim's subject and the rest of
 * it ("Massage, and I say this as a sceptic, is the one thing that settles my back", "Heat wraps,
 * according to a Cochrane review, give small but real relief"). Patterns keep their gaps short, so
 * the sentence is also read without each aside in turn; the matcher sees the words on either side
 * as neighbours, and the claim's stance is still read on the whole sentence (an aside "some say"
 * still hedges).
 */
import { isClauseStart } from './clauses';
import type { Reading } from './readings';
import type { Sentence } from './tokenize';

/** Longest aside left out, in words: longer ones are clauses of their own. */
const MAX_ASIDE_WORDS = 14;
/** Longest subject before an aside ("Massage", "Regular deep tissue massage"), from its clause's start. */
const MAX_SUBJECT_WORDS = 4;
/**
 * A stretch opening with these before the comma is no subject but a phrase of its own ("After a
 * massage, use a moisturiser for softer, healthier skin").
 */
const NOT_A_SUBJECT = new Set([
  'after', 'before', 'during', 'for', 'with', 'without', 'in', 'on', 'at', 'by', 'from', 'to', 'if', 'when', 'while', 'once',
  'as', 'since', 'because', 'unless', 'until', 'so', 'and', 'or', 'but', 'then', 'also', 'however', 'yes', 'no', 'well',
  'use', 'try', 'book', 'get', 'see', 'ask', 'tell', 'remember', 'note', 'please',
]);
/** Most asides tried per sentence (each costs the matcher a few more start positions). */
const MAX_VARIANTS = 4;

const OPENS = /,|\(|\s[-\u2013\u2014]\s|[\u2013\u2014]/;
const CLOSES = /,|\)|\s[-\u2013\u2014]\s|[\u2013\u2014]/;

/** The sentence read without each of its asides, one at a time (none when it has no aside). */
export function withoutAsides(s: Sentence): Reading[] {
  const { tokens } = s;
  const between = (i: number) => s.text.slice(tokens[i - 1]!.end - s.start, tokens[i]!.start - s.start);
  const out: Reading[] = [];
  for (let first = 1; first < tokens.length - 1 && out.length < MAX_VARIANTS; first++) {
    if (!OPENS.test(between(first))) continue;
    let subject = first - 1;
    while (subject > 0 && !isClauseStart(tokens, subject)) subject--;
    if (first - subject > MAX_SUBJECT_WORDS || NOT_A_SUBJECT.has(tokens[subject]!.norm)) continue;
    // The aside ends at the first separator after it, and must leave words after it.
    for (let last = first; last < tokens.length - 1 && last - first < MAX_ASIDE_WORDS; last++) {
      if (!CLOSES.test(between(last + 1))) continue;
      const kept = tokens.map((_, i) => i).filter((i) => i < first || i > last);
      out.push({ tokens: kept.map((i) => tokens[i]!), from: kept, subject, starts: [subject, first - 1] });
      break;
    }
  }
  return out;
}
