/**
 * Sentences and words of a candidate window, via compromise's smallest build (`compromise/one`:
 * tokenizer, sentence splitter, contractions). Words carry UTF-16 offsets into the original text,
 * so marks land on the page's own characters.
 */
import nlp from 'compromise/one';

export interface Token {
  /** Lower-case normal form; contractions expanded ("doesn't" -> "does", "not"). */
  norm: string;
  start: number;
  end: number;
  /** A semicolon after the word ends a clause. (Dashes and colons often join a title to its claim.) */
  clauseBreak: boolean;
  /** A comma after the word ("However, ..." links sentences; "however it is done" does not). */
  comma?: boolean;
  /** What a pronoun stands for ("it" -> "massage"), set by the scanner; matched like the word itself. */
  alias?: string;
  /** Everything the token matches as: its norm, without a possessive "'s", and its alias. */
  keys: string[];
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  question: boolean;
}

interface TermJson {
  normal?: string;
  implicit?: string;
  pre?: string;
  post?: string;
  offset: { start: number; length: number };
}
interface SentenceJson {
  text: string;
  offset: { start: number; length: number };
  terms: TermJson[];
}

/**
 * Blanks out, offset for offset, what can make compromise slow or hang (long runs of punctuation,
 * see compromise issue #511; control characters; absurdly long "words"): none can be part of a claim.
 */
export function defuse(text: string): string {
  return text
    .replace(/([^\p{L}\p{N}\s])\1{3,}/gu, (m) => ' '.repeat(m.length))
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g, ' ')
    .replace(/\S{80,}/g, (m) => ' '.repeat(m.length));
}

/**
 * Pronouns whose "'s" is "is" (or "has" before "been"/"got"), never a possessive: compromise keeps
 * "it's" whole, so "It's said to flush toxins" would lack both the pronoun and its verb.
 */
const S_PRONOUNS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'who', 'what', 'where']);
const HAS_BEFORE = new Set(['been', 'got', 'gotten']);

/** "it's" -> "it", "is" (both on the word's characters, as compromise does for "doesn't"). */
function splitPronounS(tokens: Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const m = /^([a-z]+)['’]s$/.exec(t.norm);
    if (!m || !S_PRONOUNS.has(m[1]!)) {
      out.push(t);
      return;
    }
    const verb = HAS_BEFORE.has(tokens[i + 1]?.norm ?? '') ? 'has' : 'is';
    out.push({ ...t, norm: m[1]!, comma: false, clauseBreak: false, keys: [m[1]!] });
    out.push({ ...t, norm: verb, start: t.end, keys: [verb] });
  });
  return out;
}

export function sentencesOf(text: string, offset = 0): Sentence[] {
  const json = nlp(defuse(text)).json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  return json.map((s) => {
    const tokens: Token[] = [];
    for (const t of s.terms) {
      // compromise keeps a closing quote that ends the sentence on the last word ("boosts your
      // circulation'"); a plural possessive ("therapists'") reads as its noun too.
      const norm = (t.implicit || t.normal || '').toLowerCase().replace(/(?<=[a-z0-9])['’]$/, '');
      if (!norm) continue;
      const start = offset + t.offset.start;
      const keys = norm.endsWith("'s") ? [norm, norm.slice(0, -2)] : [norm];
      const post = t.post ?? '';
      tokens.push({ norm, start, end: start + t.offset.length, clauseBreak: /;/.test(post), comma: /,/.test(post), keys });
    }
    // compromise starts a sentence at its first word but counts the punctuation before that word
    // ("- Back pain?") in its length: without it, the text would run into the next sentence.
    const lead = (s.terms[0]?.pre ?? '').trimStart().length;
    const start = offset + s.offset.start;
    const raw = text.slice(s.offset.start, s.offset.start + s.offset.length - lead);
    const trimmed = raw.trimEnd();
    return { text: trimmed, start, end: start + trimmed.length, tokens: splitPronounS(tokens), question: /\?["'”’)]*$/.test(trimmed) };
  });
}
