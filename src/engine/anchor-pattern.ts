/**
 * Stage 1 of the prefilter as one regular expression: every anchor word, standing alone or as a
 * part of a word around hyphens and apostrophes ("massage-based", "massage's"). V8 runs one
 * alternation of ~600 words between `\b`s at about 2.5x a dozen-keyword regex, where looking each
 * word of the text up in a set costs about 20x (measured on 1 MB of the unrelated fixtures'
 * sentences without anchor words; lookarounds instead of `\b` made it 4.5x). Building it costs a
 * couple of milliseconds in Node, so the engine builds it once per scanner. In a content script,
 * run cold once per page, compiling it took 7-28 ms in Chromium: that script uses a smaller
 * expression of the words' first letters instead (anchor-prefix.ts).
 *
 * It finds every hit the lookups find (a word, or a part of it, that is an anchor), at the start
 * of the anchor rather than of the whole word: the same sentence, so the same windows. It may find
 * a few more (an anchor inside a longer hyphenated word), which only costs a window that stage 2
 * then drops.
 */

import { escapeAnchorPiece } from './anchor-prefix';

/** Finds the offsets of anchor words in a text: all of them, or only the first. */
export type AnchorFinder = (text: string, firstOnly: boolean) => number[];

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A word ends here. */
  end: boolean;
}

/**
 * The words as one alternation with their common beginnings shared ("mass(?:age|eur|euse)..."),
 * so that at each place in the text the expression tries the words that start with its first
 * letter only. Measured on 1 MB of prose without anchor words: about 7% faster than the same words
 * listed one by one (1.8x against 1.95x the dozen-keyword regex). Matches exactly the same words:
 * a longer word is tried before the shorter one it extends, and `\b` sends it back to the
 * shorter where the longer does not end a word.
 */
function alternationOf(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => escapeAnchorPiece(ch) + source(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return source(root);
}

/** A character of a word as `\b` or the lookups see it: the words around an underscore are made of these. */
const WORD_PART = /[\w'’%-]/;

export function createAnchorFinder(words: readonly string[]): AnchorFinder {
  // `\b` cannot follow a word ending in punctuation ("54%" before a space): such a word is looked
  // for without it, which finds it and at worst a little more.
  const stems = [...new Set(words.map((w) => w.replace(/[^A-Za-z0-9]+$/, '')).filter(Boolean))];
  if (stems.length === 0) return () => [];
  const pattern = new RegExp(`\\b${alternationOf(stems)}\\b`, 'gi');
  const run = (text: string, offset: number, firstOnly: boolean, hits: number[]) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      hits.push(offset + m.index);
      if (firstOnly) break;
    }
    return hits;
  };
  return (text, firstOnly) => {
    const hits = run(text, 0, firstOnly, []);
    if (!text.includes('_')) return hits;
    // `\b` counts "_" as a letter, the word lookups do not ("_massage_" holds "massage"). The words
    // around each underscore are looked at again with spaces in its place. Copying the whole text
    // instead cost more than the pass itself on long texts (~800 KB of READMEs: a fresh string
    // per call, and the garbage collection it brings).
    const found = new Set(hits);
    for (let at = text.indexOf('_'); at !== -1; ) {
      let start = at;
      while (start > 0 && WORD_PART.test(text[start - 1]!)) start--;
      let end = at + 1;
      while (end < text.length && WORD_PART.test(text[end]!)) end++;
      for (const hit of run(text.slice(start, end).replace(/_/g, ' '), start, false, [])) {
        if (found.has(hit)) continue;
        found.add(hit);
        hits.push(hit);
      }
      at = text.indexOf('_', end);
    }
    hits.sort((a, b) => a - b);
    return firstOnly ? hits.slice(0, 1) : hits;
  };
}
