/**
 * Candidate windows: the stretch of text around each prefilter hit that can hold the hit's
 * sentence. Only these windows are parsed, so the NLP cost follows the number of candidate
 * sentences, not the size of the page. Windows never cross a line break (block boundary) and
 * are capped in size so a page without sentence breaks cannot produce one huge window.
 */

/** Longest stretch searched for a sentence start or end on each side of a hit. */
export const MAX_REACH = 600;
/** Longest question before a hit's sentence taken into its window ("Back pain? Try a massage."). */
export const MAX_QUESTION_REACH = 120;
/** Adjacent windows are merged (one NLP call each) while they stay under this size. */
export const MAX_WINDOW = 3000;

/** Words a full stop may follow inside a sentence ("Dr. Marsh", "No. 5"), as lower-case words without their last full stop. */
export const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'fig', 'prof', 'inc', 'u.s', 'jr', 'sr']);

/** True if the character at i ends a sentence: [.!?] followed by whitespace, not an abbreviation. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s|["'”’)\]]/.test(next)) return false;
  if (ch === '.') {
    const word = /([\w.]+)$/.exec(text.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase();
    if (word && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) return false;
  }
  return true;
}

export interface Window {
  start: number;
  end: number;
}

/** End of the sentence holding `from` (after its terminator), within reach and the block. */
function sentenceEnd(text: string, from: number): number {
  let end = from;
  const maxEnd = Math.min(text.length, from + MAX_REACH);
  while (end < maxEnd && text[end] !== '\n' && !endsSentence(text, end)) end++;
  if (end < text.length && text[end] !== '\n') end++; // keep the terminator
  return end;
}

/** Start of the sentence holding `from` (just after the previous terminator), within `reach` and the block. */
function sentenceStart(text: string, from: number, reach: number): number {
  let start = from;
  const minStart = Math.max(0, from - reach);
  while (start > minStart && text[start - 1] !== '\n' && !endsSentence(text, start - 1)) start--;
  return start;
}

/**
 * A short question right before the sentence starting at `start`, in the same block: its start, or
 * `start`. A question may name the problem its answer offers massage for ("Back pain? Try a massage.").
 */
function questionBefore(text: string, start: number): number {
  if (text[start - 1] !== '?') return start;
  const q = sentenceStart(text, start - 1, MAX_QUESTION_REACH);
  const bounded = q === 0 || text[q - 1] === '\n' || endsSentence(text, q - 1);
  return bounded ? q : start;
}

/**
 * The hit's sentence and the one after it in the same block: a claim there may refer back to the
 * hit with a pronoun ("Massage is popular. It also flushes toxins."). A short question just before
 * the hit's sentence is taken in too (questionBefore).
 */
export function sentenceWindow(text: string, hit: number): Window {
  const start = questionBefore(text, sentenceStart(text, hit, MAX_REACH));
  let end = sentenceEnd(text, hit);
  if (end < text.length && text[end] !== '\n') end = sentenceEnd(text, end);
  return { start, end };
}

/**
 * Where every sentence of a text starts, in order: on a text the claim model reads in full, each
 * sentence gets a window, anchor word or not ("My back felt loads better for a couple of days
 * after each one").
 */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at === text.length) break;
    starts.push(at);
    at = Math.max(sentenceEnd(text, at), at + 1);
  }
  return starts;
}

/**
 * Windows for all hits (sorted), merged when they touch and stay under MAX_WINDOW. A hit inside
 * the previous window still brings in the sentence after its own ("... massage is known to ease
 * stress. It also helps ...").
 */
export function candidateWindows(text: string, hits: readonly number[]): Window[] {
  const out: Window[] = [];
  /** End of the sentence of the last hit looked at: later hits before it share its window's end. */
  let sentenceDone = -1;
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && hit < last.end) {
      if (hit < sentenceDone) continue;
      sentenceDone = sentenceEnd(text, hit);
      const end = sentenceDone < text.length && text[sentenceDone] !== '\n' ? sentenceEnd(text, sentenceDone) : sentenceDone;
      if (end > last.end && end - last.start <= MAX_WINDOW) last.end = end;
      continue;
    }
    sentenceDone = sentenceEnd(text, hit);
    const w = sentenceWindow(text, hit);
    if (last && w.start <= last.end && w.end - last.start <= MAX_WINDOW && !text.slice(last.end, w.start).includes('\n')) {
      last.end = Math.max(last.end, w.end);
    } else out.push(w);
  }
  return out;
}
