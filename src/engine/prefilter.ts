/**
 * The cheap stages before any NLP (this module must stay free of compromise):
 *  1. the patterns' anchor words, looked up word by word; around each hit, a sentence-sized window;
 *  2. a window's words must include a word of every required slot of at least one pattern (word
 *     presence only, not order; see requirements.ts).
 * The content script runs stage 1 on every page (without the stage-2 tables) and sends the chunks
 * of text where it found anchor words to the background's engine, which runs both stages and NLP
 * on the windows that pass. On most pages nothing passes stage 1.
 */
import type { PrefilterData, PrefilterDetail } from './types';
import { createRequirementCheck, type RequirementCheck } from './requirements';
import { candidateWindows, type Window } from './windows';

export interface Prefilter {
  /** Stage 1: the text holds at least one anchor word. */
  test(text: string): boolean;
  /** Stage 1 and 2, lazily: the windows of the text that may hold a claim, in order. Needs the stage-2 tables (`detail`). */
  windows(text: string): Generator<Window, void>;
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

/** Candidate words for stage 1: ASCII letters and digits, with inner apostrophes, hyphens and %. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’%-]*/g;

/**
 * Stage 1: the offsets of anchor words in the text. A set lookup per word rather than one big
 * regular expression: compiling a regex of ~460 words costs several milliseconds on every page
 * load, far more than the lookups on an ordinary page. A word counts as written, in lower case,
 * and by its parts around hyphens and apostrophes ("massage-based", "massage's").
 */
function anchorHits(anchors: ReadonlySet<string>, text: string, firstOnly: boolean): number[] {
  const hits: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0].toLowerCase();
    let hit = anchors.has(word);
    if (!hit && /['’-]/.test(word)) {
      const plain = word.replace(/’/g, "'");
      hit = anchors.has(plain) || plain.split(/['-]/).some((part) => anchors.has(part));
    }
    if (!hit) continue;
    hits.push(m.index);
    if (firstOnly) break;
  }
  return hits;
}

/** Stage 1 alone, all the content script needs: does the text hold an anchor word? */
export function createAnchorTest(words: readonly string[]): (text: string) => boolean {
  const anchors = new Set(words);
  return (text) => anchorHits(anchors, text, true).length > 0;
}

export function createPrefilter(data: Pick<PrefilterData, 'words'> & Partial<PrefilterData>): Prefilter {
  const anchors = new Set(data.words);
  let check: RequirementCheck | undefined;

  const mayHoldClaim = (text: string) => {
    if (data.detail === undefined) throw new Error('prefilter: this prefilter has no stage-2 tables (stage 1 only)');
    check ??= createRequirementCheck(JSON.parse(data.detail) as PrefilterDetail);
    return check.met((visit) => visitLooseWords(text, visit));
  };

  function* windows(text: string): Generator<Window, void> {
    for (const w of candidateWindows(text, anchorHits(anchors, text, false))) if (mayHoldClaim(text.slice(w.start, w.end))) yield w;
  }

  return { test: createAnchorTest(data.words), windows };
}
