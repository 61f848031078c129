/**
 * Sentences and words of a candidate window, via compromise's smallest build (`compromise/one`:
 * tokenizer, sentence splitter, contractions). Words carry UTF-16 offsets into the original text,
 * so marks land on the page's own characters.
 */
import { ABBREVIATIONS } from './windows';
import { termsOf, type Term } from './terms';

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

/**
 * Each sentence's terms and its offset, as `.json({ offset: true, terms: { offset: true } })`
 * gives them, read from the parsed document rather than from copies of every term: a sentence
 * starts where its first word does, and its length is that of its text (words and punctuation as
 * written, the text of a word without one being its normal form), trimmed.
 */
function parse(text: string): Array<{ start: number; length: number; terms: readonly Term[] }> {
  return termsOf(text)
    .flatMap(splitInnerEnds)
    .map((terms) => {
      let written = '';
      for (const t of terms) written += (t.pre ?? '') + (t.text || t.normal || '') + (t.post ?? '');
      return { start: terms[0]!.offset.start, length: written.trim().length, terms };
    });
}

/** A full stop, question or exclamation mark (and closing quotes) before a space: the end of a sentence. */
const ENDS_SENTENCE = /^[.!?]+["'”’)\]]*\s/;

/**
 * compromise keeps a quotation together when an earlier one opened the paragraph ('"People feel
 * better," said Dr Marsh. "But massage is not a cure. There is nothing to suggest it fixes the
 * problem."' is three sentences to it, not four): a sentence is split again where a word ends one and
 * a capital starts the next.
 */
function splitInnerEnds(terms: readonly Term[]): Term[][] {
  const parts: Term[][] = [[]];
  terms.forEach((t, i) => {
    parts[parts.length - 1]!.push(t);
    const next = terms[i + 1];
    if (!next || !ENDS_SENTENCE.test(t.post ?? '')) return;
    const word = (t.text || t.normal || '').toLowerCase();
    if (word.length <= 1 || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return;
    if (/^[A-Z]/.test(next.text || '')) parts.push([]);
  });
  return parts.filter((p) => p.length > 0);
}

/** Runs of one symbol, four or more ("!!!!", "...."). */
const SYMBOL_RUN = /([^\p{L}\p{N}\s])\1{3,}/gu;
/**
 * Found in every text SYMBOL_RUN matches (and in a few more): four equal code units other than
 * ASCII letters, digits and spaces, or a surrogate. Unicode classes make SYMBOL_RUN itself slow
 * (about 30 times this on ordinary text), and most texts hold no run at all.
 */
const MAYBE_SYMBOL_RUN = /([^A-Za-z0-9\s])\1{3}|[\ud800-\udfff]/;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;
const LONG_WORD = /\S{80,}/g;
const blank = (m: string) => ' '.repeat(m.length);

/**
 * True if the text may hold LONG_WORD: 80 code units in a row that are not ASCII white space
 * (the other white space counts as a word's, so no text LONG_WORD matches is missed). The
 * expression itself tries every position of every word.
 */
function mayHoldLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run === 80) return true;
  }
  return false;
}

/**
 * Blanks out, offset for offset, what can make compromise slow or hang (long runs of punctuation,
 * see compromise issue #511; control characters; absurdly long "words"): none can be part of a claim.
 */
export function defuse(text: string): string {
  const runs = MAYBE_SYMBOL_RUN.test(text) ? text.replace(SYMBOL_RUN, blank) : text;
  const plain = runs.replace(CONTROL, ' ');
  return mayHoldLongWord(plain) ? plain.replace(LONG_WORD, blank) : plain;
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

/**
 * Reference marks as encyclopedias and papers print them ("[4]", "[12, 13]", "[a]", "[citation
 * needed]"). After a full stop they hide the sentence break from compromise ("... endorphins.[4]
 * Doppler studies ..." reads as one sentence, so the next sentence's "no increase" disputes this
 * one's claim); inside a sentence they split a word from its ending ("pain[3]").
 */
const CITATION_MARK = /\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z]|citation needed|note \d{1,3})\]/gi;

/** Blanks out reference marks, offset for offset. */
export function withoutCitationMarks(text: string): string {
  return text.includes('[') ? text.replace(CITATION_MARK, blank) : text;
}

export function sentencesOf(text: string, offset = 0): Sentence[] {
  return parse(defuse(withoutCitationMarks(text))).map((s) => {
    const tokens: Token[] = [];
    for (const t of s.terms) {
      // compromise keeps a closing quote that ends the sentence on the last word ("boosts your
      // circulation'"); a plural possessive ("therapists'") reads as its noun too.
      const lower = (t.implicit || t.normal || '').toLowerCase();
      const norm = lower.endsWith("'") || lower.endsWith('’') ? lower.replace(/(?<=[a-z0-9])['’]$/, '') : lower;
      if (!norm) continue;
      const start = offset + t.offset.start;
      const keys = norm.endsWith("'s") ? [norm, norm.slice(0, -2)] : [norm];
      const post = t.post ?? '';
      tokens.push({ norm, start, end: start + t.offset.length, clauseBreak: post.includes(';'), comma: post.includes(','), keys });
    }
    // compromise starts a sentence at its first word but counts the punctuation before that word
    // ("- Back pain?") in its length: without it, the text would run into the next sentence.
    const lead = (s.terms[0]?.pre ?? '').trimStart().length;
    const start = offset + s.start;
    const raw = text.slice(s.start, s.start + s.length - lead);
    const trimmed = raw.trimEnd();
    return { text: trimmed, start, end: start + trimmed.length, tokens: splitPronounS(tokens), question: /\?["'”’)]*$/.test(trimmed) };
  });
}
