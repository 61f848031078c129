/**
 * Abbreviations written in capitals that are also everyday words in lower case: "AS" for
 * ankylosing spondylitis ("plenty of my AS patients", "massage for AS"). Tokens are lower-cased,
 * so "AS" and "as" meet the same patterns; an "AS" in capitals also matches as the condition's
 * one-word name, unless its sentence is written in capitals ("MASSAGE AS THERAPY") or it is part
 * of a name or an exam ("AS Roma", "Norsk AS", "AS level").
 */
import type { Sentence, Token } from './tokenize';

/** Abbreviation (as written) -> a one-word name the lexicon has for what it stands for. */
const ABBREVIATIONS = new Map([['AS', 'spondylitis']]);
/** Words after it that make it something else. */
const NOT_BEFORE = new Set(['level', 'levels']);

const ANY = new RegExp(`\\b(?:${[...ABBREVIATIONS.keys()].join('|')})\\b`, 'g');
const LOWER = /[a-z]/;
const CAPITALISED = /^[A-Z]/;

/** For the prefilter (no NLP): the names the abbreviations in `text` may stand for. */
export function abbreviatedIn(text: string): string[] {
  if (!LOWER.test(text)) return [];
  return [...new Set([...text.matchAll(ANY)].map((m) => ABBREVIATIONS.get(m[0])!))];
}

/** Gives each abbreviation in capitals the key of what it stands for. */
export function expandAbbreviations(text: string, sentences: readonly Sentence[]): void {
  const written = (t: Token | undefined) => (t ? text.slice(t.start, t.end) : '');
  /** A capitalised word other than "I": a neighbour that makes the abbreviation part of a name. */
  const isName = (t: Token | undefined) => t !== undefined && t.norm !== 'i' && CAPITALISED.test(written(t));
  for (const s of sentences) {
    if (!LOWER.test(s.text)) continue;
    s.tokens.forEach((t, i) => {
      const name = ABBREVIATIONS.get(written(t));
      if (name === undefined || t.keys.includes(name)) return;
      const next = s.tokens[i + 1];
      // A capitalised neighbour makes it part of a name; the sentence's first word is capitalised anyway.
      if ((i > 1 && isName(s.tokens[i - 1])) || isName(next) || NOT_BEFORE.has(next?.norm ?? '')) return;
      t.keys.push(name);
    });
  }
}
