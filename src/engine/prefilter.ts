/**
 * The cheap stages before any NLP, run on every page by the content script (so this module must
 * stay free of compromise):
 *  1. one case-insensitive regular expression over the patterns' anchor words;
 *  2. around each hit, a sentence-sized window whose words must include a word of every required
 *     slot of at least one pattern (word presence only, not order).
 * Text that passes neither never reaches the NLP stage; on most pages nothing passes stage 1.
 */
import type { PrefilterData, PrefilterDetail } from './types';
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

/** Stage 2 tables, built once on the first stage-1 hit. */
interface Detail {
  /** For each word form, the form lists (indices) it belongs to. */
  formIndex: Map<string, number[]>;
  formCount: number;
  phrases: number[][];
  slots: number[][];
  requirements: number[][];
}

function buildDetail(json: string): Detail {
  const parsed = JSON.parse(json) as PrefilterDetail;
  const formIndex = new Map<string, number[]>();
  parsed.forms.forEach((forms, id) => {
    for (const f of forms) (formIndex.get(f) ?? formIndex.set(f, []).get(f)!).push(id);
  });
  return { formIndex, formCount: parsed.forms.length, phrases: parsed.phrases, slots: parsed.slots, requirements: parsed.requirements };
}

export function createPrefilter(data: PrefilterData): Prefilter {
  if (data.words.length === 0) return { test: () => false, windows: function* () {}, hasCandidates: () => false, needsDetail: () => false, setDetail: () => undefined };
  const source = anchorPattern(data.words);
  const once = new RegExp(source, 'i');
  let detailJson = data.detail;
  let detail: Detail | undefined;

  const mayHoldClaim = (text: string) => {
    if (detailJson === undefined) throw new Error('prefilter: stage-2 tables not loaded (call setDetail first)');
    detail ??= buildDetail(detailJson);
    const { formIndex, formCount, phrases, slots, requirements } = detail;
    const present = new Uint8Array(formCount);
    for (const w of looseWords(text)) for (const id of formIndex.get(w) ?? []) present[id] = 1;
    // Slots are evaluated on demand and remembered: most requirements fail on their first slot.
    const met = new Int8Array(slots.length).fill(-1);
    const slotMet = (slot: number) => {
      if (met[slot] === -1) met[slot] = slots[slot]!.some((id) => phrases[id]!.every((formId) => present[formId] === 1)) ? 1 : 0;
      return met[slot] === 1;
    };
    return requirements.some((ids) => ids.every(slotMet));
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
      detail = undefined;
    },
  };
}
