/**
 * The cheap stages before any NLP, run on every page by the content script (so this module must
 * stay free of compromise):
 *  1. one case-insensitive regular expression over the patterns' anchor words;
 *  2. around each hit, a sentence-sized window whose words must include a word of every required
 *     slot of at least one pattern (word presence only, not order).
 * Text that passes neither never reaches the NLP stage; on most pages nothing passes stage 1.
 */
import type { PrefilterData, PrefilterDetail } from './types';
import { candidateWindows, type Window } from './windows';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Prefilter {
  /** Stage 1: the text holds at least one anchor word. */
  test(text: string): boolean;
  /** Stage 1 and 2: the windows of the text that may hold a claim. */
  windows(text: string): Window[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’%-]*/gu;

/**
 * The words of a window, generously: each word as written, its parts around hyphens and
 * apostrophes, and "not" for contractions, so that no form the NLP tokenizer produces is missed.
 */
export function looseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [raw] of text.toLowerCase().matchAll(WORD)) {
    const w = raw.replace(/’/g, "'");
    words.add(w);
    for (const part of w.split(/[-']/)) if (part) words.add(part);
    if (w.endsWith("n't") || w === 'cannot') words.add('not').add(w === "won't" ? 'will' : w === "can't" || w === 'cannot' ? 'can' : w.slice(0, -3));
    if (w.endsWith("'s")) words.add(w.slice(0, -2));
  }
  return words;
}

export function createPrefilter(data: PrefilterData): Prefilter {
  if (data.words.length === 0) return { test: () => false, windows: () => [] };
  // Longest first so "massages" is preferred over "massage"; apostrophes may be typographic on pages.
  const alternatives = [...data.words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/'/g, "['’]"))
    .join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;
  const once = new RegExp(source, 'iu');
  let detail: (PrefilterDetail & { formSets: Set<string>[] }) | undefined;
  const mayHoldClaim = (text: string) => {
    if (!detail) {
      const parsed = JSON.parse(data.detail) as PrefilterDetail;
      detail = { ...parsed, formSets: parsed.forms.map((f) => new Set(f)) };
    }
    const { formSets, phrases, slots, requirements } = detail;
    const words = [...looseWords(text)];
    const present = formSets.map((forms) => words.some((w) => forms.has(w)));
    const met = slots.map((ids) => ids.some((id) => phrases[id]!.every((formId) => present[formId])));
    return requirements.some((ids) => ids.every((id) => met[id]));
  };

  return {
    test: (text) => once.test(text),
    windows(text) {
      if (!once.test(text)) return [];
      const all = new RegExp(source, 'giu');
      const hits: number[] = [];
      for (let m = all.exec(text); m; m = all.exec(text)) hits.push(m.index);
      return candidateWindows(text, hits).filter((w) => mayHoldClaim(text.slice(w.start, w.end)));
    },
  };
}
