/**
 * The cheap stages before any NLP, run on every page by the content script (so this module must
 * stay free of compromise):
 *  1. one case-insensitive regular expression over the patterns' anchor words;
 *  2. around each hit, a sentence-sized window whose words must include a word of every required
 *     slot of at least one pattern (word presence only, not order).
 * Text that passes neither never reaches the NLP stage; on most pages nothing passes stage 1.
 */
import type { PrefilterData, PrefilterDetail } from './types';
import { createRequirementCheck, type RequirementCheck } from './requirements';
import { trieRegexSource } from './trie-regex';
import { candidateWindows, type Window } from './windows';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Prefilter {
  /** Stage 1: the text holds at least one anchor word. */
  test(text: string): boolean;
  /** Stage 1 and 2, lazily: the windows of the text that may hold a claim, in order. */
  windows(text: string): Generator<Window, void>;
  /** True if some window passes both stages (stops at the first). */
  hasCandidates(text: string): boolean;
  /** Stage 2 needs its tables: true until they are given (createPrefilter's data or setDetail). */
  needsDetail(): boolean;
  setDetail(json: string): void;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'%-]*/gu;
/** The same words on text whose letters and digits are all ASCII, several times faster. */
const ASCII_WORD = /[a-z0-9][a-z0-9'%-]*/g;
/** Non-ASCII other than common punctuation (curly quotes, dashes, no-break space, guillemets, x). */
const NON_ASCII_LETTER = /[^\x00-\x7f\u2000-\u206f\u00a0\u00ab\u00bb\u00d7\u00f7]/;

/**
 * Visits the words of a window, generously: each word as written (lower case), its parts around
 * hyphens and apostrophes, and "not" for contractions, so that no form the NLP tokenizer produces
 * is missed. Words may repeat. The visitor returns true to stop.
 */
export function visitLooseWords(text: string, visit: (word: string) => boolean): void {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const pattern = NON_ASCII_LETTER.test(lower) ? WORD : ASCII_WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    const w = m[0];
    if (visit(w)) return;
    if (/[-']/.test(w)) for (const part of w.split(/[-']/)) if (part && visit(part)) return;
    if (w.endsWith("n't") || w === 'cannot') {
      const base = w === "won't" ? 'will' : w === "can't" || w === 'cannot' ? 'can' : w.slice(0, -3);
      if (visit('not') || visit(base)) return;
    }
    if (w.endsWith("'s") && visit(w.slice(0, -2))) return;
  }
}

/** visitLooseWords' words as a set. */
export function looseWords(text: string): Set<string> {
  const words = new Set<string>();
  visitLooseWords(text, (w) => {
    words.add(w);
    return false;
  });
  return words;
}

/**
 * One case-insensitive pattern for all anchor words, shaped as a trie (see trie-regex.ts). Plain
 * \b boundaries and no /u flag: on a megabyte of text this is many times faster than Unicode
 * lookarounds, and anchors are ASCII.
 * Words that begin or end with a non-word character ("54%") get a boundary only where they can.
 */
export function anchorPattern(words: readonly string[]): string {
  const charClass = (ch: string) => (ch === "'" ? "['’]" : escape(ch));
  const plain = words.filter((w) => /^\w(.*\w)?$/.test(w));
  const other = words.filter((w) => !plain.includes(w)).map((w) => `${/^\w/.test(w) ? '\\b' : ''}${trieRegexSource([w], charClass)}${/\w$/.test(w) ? '\\b' : ''}`);
  return [plain.length ? `\\b(?:${trieRegexSource(plain, charClass)})\\b` : '', ...other].filter(Boolean).join('|');
}

export function createPrefilter(data: PrefilterData): Prefilter {
  if (data.words.length === 0) return { test: () => false, windows: function* () {}, hasCandidates: () => false, needsDetail: () => false, setDetail: () => undefined };
  const source = anchorPattern(data.words);
  const once = new RegExp(source, 'i');
  let detailJson = data.detail;
  let check: RequirementCheck | undefined;

  const mayHoldClaim = (text: string) => {
    if (detailJson === undefined) throw new Error('prefilter: stage-2 tables not loaded (call setDetail first)');
    check ??= createRequirementCheck(JSON.parse(detailJson) as PrefilterDetail);
    return check.met((visit) => visitLooseWords(text, visit));
  };

  function* windows(text: string): Generator<Window, void> {
    if (!once.test(text)) return;
    const all = new RegExp(source, 'gi');
    const hits: number[] = [];
    for (let m = all.exec(text); m; m = all.exec(text)) hits.push(m.index);
    for (const w of candidateWindows(text, hits)) if (mayHoldClaim(text.slice(w.start, w.end))) yield w;
  }

  return {
    test: (text) => once.test(text),
    windows,
    hasCandidates: (text) => !windows(text).next().done,
    needsDetail: () => detailJson === undefined,
    setDetail(json) {
      detailJson = json;
      check = undefined;
    },
  };
}
