/**
 * Stage 1 as the content script runs it: does a page's text hold an anchor word? The same answer
 * as looking every word up (prefilter.ts, createAnchorTest), found in a way that suits a script
 * that runs once per page, cold. Measured in Chromium on 100 KB of prose without anchor words:
 * the word-by-word lookups took 25-45 ms (an interpreted loop); one regular expression of all
 * ~700 anchor words took 7-28 ms to compile on first use; a case-insensitive regular expression
 * of their ~330 distinct first five letters compiles in about 1 ms and runs in 1-3 ms, and only
 * the few words it stops at (about 220 there) are looked up.
 */

/** Letters of each anchor word the quick pass looks for. */
const PREFIX_LENGTH = 5;
/** The characters of a word, as the lookups read words (prefilter.ts). */
const WORD_CHAR = /[A-Za-z0-9'’%-]/;
const ALNUM = /[A-Za-z0-9]/;

/** A word as the lookups see it: the run of word characters around `at`, from its first letter or digit. */
function wordAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (start < at && !ALNUM.test(text[start]!)) start++;
  let end = at;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** A set of anchor words, or anything that answers whether a word is one. */
export interface AnchorWords {
  has(word: string): boolean;
}

/**
 * The rule of stage 1 for one word: it is an anchor as written (in lower case), or one of its
 * parts around hyphens and apostrophes is ("massage-based", "massage's"). Shared by the word
 * lookups (prefilter.ts) and this quick pass.
 */
export function holdsAnchor(anchors: AnchorWords, word: string): boolean {
  const lower = word.toLowerCase();
  if (anchors.has(lower)) return true;
  if (!/['’-]/.test(lower)) return false;
  const plain = lower.replace(/’/g, "'");
  return anchors.has(plain) || plain.split(/['-]/).some((part) => anchors.has(part));
}

/**
 * What the content script carries for stage 1, worked out at build time (vite-plugin.ts) so that a
 * page pays for none of it: the quick expression's source, and the anchor words as one
 * space-separated line. The few words the expression stops at are looked up in the line: a
 * substring search over ~7 KB per candidate costs less, on a page, than building a Set of ~750
 * words that most pages never consult; a page that needs many lookups gets the Set.
 */
export interface QuickAnchors {
  /** Source of a case-insensitive expression of the anchors' distinct first letters; empty: no anchors. */
  source: string;
  /** " word word ... word ": every anchor word between spaces. */
  line: string;
}

/** Escapes a piece of an anchor word for a regular expression; the curly apostrophe is an apostrophe ("don’t" is "don't"). */
export const escapeAnchorPiece = (piece: string) => piece.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&').replace(/'/g, "['\u2019]");

export function quickAnchors(words: readonly string[]): QuickAnchors {
  const spaced = words.find((w) => /\s/.test(w));
  if (spaced !== undefined) throw new Error(`anchor words are single words: "${spaced}"`);
  // Anchors start with a letter or digit: a part of a word starts after a hyphen or apostrophe,
  // where `\b` holds, so a word boundary before the prefix finds every candidate.
  const prefixes = words.filter((w) => ALNUM.test(w[0] ?? '')).map((w) => w.slice(0, PREFIX_LENGTH));
  return { source: prefixes.length === 0 ? '' : `\\b${alternation(prefixTree(prefixes))}`, line: ` ${words.join(' ')} ` };
}

/** Prefixes by their letters; `end` where a prefix ends (longer ones below it add no candidate). */
interface PrefixNode {
  end: boolean;
  next: Map<string, PrefixNode>;
}

function prefixTree(prefixes: readonly string[]): PrefixNode {
  const root: PrefixNode = { end: false, next: new Map() };
  for (const prefix of prefixes) {
    let node = root;
    for (const ch of prefix) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/**
 * The tree as an expression that shares common beginnings ("ach(?:e|i)" rather than
 * "ache|achi"): a third smaller than the flat list, and quicker to compile, which a page pays for
 * on every load.
 */
function alternation(node: PrefixNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeAnchorPiece(ch) + (child.end ? '' : alternation(child)));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** Lookups in the line before a Set of the words is built: a page that stops the quick pass this often will stop it more. */
const LOOKUPS_BEFORE_SET = 32;

export function createQuickAnchorTest({ source, line }: QuickAnchors): (text: string) => boolean {
  let lookups = 0;
  let words: Set<string> | undefined;
  const anchors: AnchorWords = {
    has(word) {
      if (words === undefined && ++lookups > LOOKUPS_BEFORE_SET) words = new Set(line.trim().split(' '));
      return words ? words.has(word) : word.length > 0 && line.includes(` ${word} `);
    },
  };
  let quick: RegExp | undefined;
  return (text) => {
    if (source === '') return false;
    // Built on first use; without the `u` flag, `i` folds ASCII letters only, as the lookups do.
    quick ??= new RegExp(source, 'gi');
    // `\b` counts "_" as a letter, the lookups do not ("_massage_" holds "massage").
    const plain = text.includes('_') ? text.replace(/_/g, ' ') : text;
    quick.lastIndex = 0;
    for (let m = quick.exec(plain); m; m = quick.exec(plain)) {
      if (holdsAnchor(anchors, wordAround(plain, m.index))) return true;
    }
    return false;
  };
}

/** The quick test from the words themselves (tests, and contexts that have the words at hand). */
export function createPrefixAnchorTest(words: readonly string[]): (text: string) => boolean {
  return createQuickAnchorTest(quickAnchors(words));
}
