/**
 * Matches compiled patterns against the words of one sentence. A small backtracking matcher:
 * compromise's own match syntax does not backtrack into multi-word alternatives
 * ("massage .{0,4} (flush|rid of)" misses "Massage will flush the toxins"), and claims need them.
 * Gaps are tried shortest first, so a match is the tightest span that satisfies the pattern.
 */
import type { CompiledBundle, Slot } from './types';
import type { Token } from './tokenize';

/** A pattern ready for matching: every word position as a Set of forms. */
export interface RuntimePattern {
  /** Its place in the scanner's list: per-sentence tables are indexed by it. */
  id: number;
  claim: string;
  source: string;
  /** States the claim's opposite: its stance is turned round (see stance.ts). */
  opposite?: true;
  slots: RuntimeSlot[];
  /** Words a match can start with (when the first slot is required): other positions are skipped. */
  first?: Set<string>;
  /** Ids of the required slots' first-word sets (see PatternIndex.slotWords): all must be met. */
  required: number[];
}

/** A phrase: one Set of accepted forms per word. */
export type RuntimePhrase = Set<string>[];

/**
 * A slot of alternatives; `byFirst` holds them by the forms of their first word, so a position
 * tries only the alternatives that can start there (@massage alone has dozens). Slots with the
 * same alternatives share one such table.
 */
type RuntimeSlot = { kind: 'alt'; options: RuntimePhrase[]; byFirst: Map<string, RuntimePhrase[]>; optional: boolean } | { kind: 'gap'; max: number };

/** A slot's alternatives by the forms of their first word, in their order. */
export function indexOptions(options: readonly RuntimePhrase[]): Map<string, RuntimePhrase[]> {
  const table = new Map<string, RuntimePhrase[]>();
  for (const option of options) for (const form of option[0] ?? []) (table.get(form) ?? table.set(form, []).get(form)!).push(option);
  return table;
}

/** Expands the pooled bundle into matcher-ready patterns and vetoes, sharing Sets between them. */
export function runtimeTables(bundle: CompiledBundle): { patterns: RuntimePattern[]; vetoes: RuntimePhrase[]; slotWords: string[][] } {
  const formSets = bundle.forms.map((f) => new Set(f));
  const phrases: RuntimePhrase[] = bundle.phrases.map((p) => p.map((id) => formSets[id]!));
  const slotIds = new Map<string, number>();
  const tables = new Map<string, Map<string, RuntimePhrase[]>>();
  const byFirst = (ids: readonly number[]) => {
    const key = ids.join(',');
    return tables.get(key) ?? tables.set(key, indexOptions(ids.map((id) => phrases[id]!))).get(key)!;
  };
  const patterns = bundle.patterns.map((p, id): RuntimePattern => {
    const head = p.slots[0];
    const required = p.slots.flatMap((slot) => {
      if (slot.kind !== 'alt' || slot.optional) return [];
      const words = [...new Set(slot.options.flatMap((id) => bundle.forms[bundle.phrases[id]![0]!]!))].sort();
      const key = words.join(' ');
      return [slotIds.get(key) ?? slotIds.set(key, slotIds.size).get(key)!];
    });
    return {
      id,
      required,
      claim: p.claim,
      source: p.source,
      ...(p.opposite ? { opposite: true as const } : {}),
      slots: p.slots.map(
        (s: Slot): RuntimeSlot => (s.kind === 'gap' ? s : { kind: 'alt', optional: s.optional, options: s.options.map((id) => phrases[id]!), byFirst: byFirst(s.options) }),
      ),
      first: head?.kind === 'alt' && !head.optional ? new Set(head.options.flatMap((id) => bundle.forms[bundle.phrases[id]![0]!]!)) : undefined,
    };
  });
  const slotWords = [...slotIds.keys()].map((key) => key.split(' '));
  return { patterns, vetoes: bundle.vetoes.map((id) => phrases[id]!), slotWords };
}

export interface PatternHit {
  /** Token index of the first and one past the last matched word. */
  from: number;
  to: number;
  /** Indices of tokens matched by words of the pattern (not by gaps). */
  literal: number[];
  /** Words skipped by gaps. */
  gapWords: number;
}

/** The token's norm, the same without a possessive "'s" ("body's" matches "body"), or its alias. */
function accepts(forms: Set<string>, token: Token): boolean {
  for (const key of token.keys) if (forms.has(key)) return true;
  return false;
}

interface MatchState {
  slots: readonly RuntimeSlot[];
  tokens: readonly Token[];
  blocked: readonly boolean[];
  literal: number[];
  gapWords: number;
}

/** Matches slots[slotIdx..] from token `pos`; returns the end token index or -1. Backtracks. */
function matchFrom(st: MatchState, slotIdx: number, pos: number): number {
  if (slotIdx === st.slots.length) return pos;
  const slot = st.slots[slotIdx]!;
  if (slot.kind === 'gap') {
    for (let skip = 0; skip <= slot.max && pos + skip <= st.tokens.length; skip++) {
      st.gapWords += skip;
      const end = matchFrom(st, slotIdx + 1, pos + skip);
      if (end >= 0) return end;
      st.gapWords -= skip;
    }
    return -1;
  }
  // A word with one key tries only the alternatives starting with it; others (a possessive, an alias) try all.
  const token = st.tokens[pos];
  const options = token === undefined ? [] : token.keys.length === 1 ? (slot.byFirst.get(token.keys[0]!) ?? []) : slot.options;
  for (const option of options) {
    if (pos + option.length > st.tokens.length) continue;
    let ok = true;
    for (let k = 0; k < option.length && ok; k++) ok = !st.blocked[pos + k] && accepts(option[k]!, st.tokens[pos + k]!);
    if (!ok) continue;
    for (let k = 0; k < option.length; k++) st.literal.push(pos + k);
    const end = matchFrom(st, slotIdx + 1, pos + option.length);
    if (end >= 0) return end;
    st.literal.length -= option.length;
  }
  return slot.optional ? matchFrom(st, slotIdx + 1, pos) : -1;
}

/** The match of the pattern starting at token `from`, if any. */
export function matchAt(pattern: RuntimePattern, tokens: readonly Token[], blocked: readonly boolean[], from: number): PatternHit | undefined {
  const st: MatchState = { slots: pattern.slots, tokens, blocked, literal: [], gapWords: 0 };
  const to = matchFrom(st, 0, from);
  return to > from ? { from, to, literal: st.literal, gapWords: st.gapWords } : undefined;
}

/** The earliest match of the pattern in the sentence. */
export function findPattern(pattern: RuntimePattern, tokens: readonly Token[], blocked: readonly boolean[]): PatternHit | undefined {
  for (let from = 0; from < tokens.length; from++) {
    if (pattern.first && !accepts(pattern.first, tokens[from]!)) continue;
    const hit = matchAt(pattern, tokens, blocked, from);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Patterns indexed by the words they can start with, so a sentence tries only the patterns its
 * words can begin; patterns whose first slot is optional are tried at every position.
 */
export interface PatternIndex {
  byFirst: Map<string, RuntimePattern[]>;
  floating: RuntimePattern[];
  /** For each word, the required-slot sets it meets. */
  slotsOfWord: Map<string, number[]>;
  slotCount: number;
  patternCount: number;
}

export function indexPatterns(patterns: readonly RuntimePattern[], slotWords: readonly string[][]): PatternIndex {
  const byFirst = new Map<string, RuntimePattern[]>();
  const floating: RuntimePattern[] = [];
  for (const p of patterns) {
    if (!p.first) floating.push(p);
    else for (const w of p.first) (byFirst.get(w) ?? byFirst.set(w, []).get(w)!).push(p);
  }
  const slotsOfWord = new Map<string, number[]>();
  slotWords.forEach((words, id) => {
    for (const w of words) (slotsOfWord.get(w) ?? slotsOfWord.set(w, []).get(w)!).push(id);
  });
  return { byFirst, floating, slotsOfWord, slotCount: slotWords.length, patternCount: patterns.length };
}

/** The patterns a sentence can possibly match (see eligibility). */
export interface Eligibility {
  /** The patterns that can start with a word (PatternIndex.byFirst), only the eligible ones, in order. */
  startingWith(word: string): readonly RuntimePattern[];
  /** The eligible patterns whose first slot is optional. */
  floating: readonly RuntimePattern[];
}

const NONE: readonly RuntimePattern[] = [];

/**
 * Which patterns a sentence can possibly match: each required slot needs one of its first words
 * somewhere in the sentence. Cheap (one lookup per word) and it spares the backtracking matcher
 * almost every pattern that starts with a common word such as "massage". Each pattern is judged
 * once per sentence, and the patterns a word can start are filtered once: some 600 start with
 * "massage", and a sentence is matched several times over (its readings, list-items.ts).
 */
export function eligibility(index: PatternIndex, tokens: readonly Token[]): Eligibility {
  const met = new Uint8Array(index.slotCount);
  for (const t of tokens) for (const key of t.keys) for (const id of index.slotsOfWord.get(key) ?? []) met[id] = 1;
  /** 0: not judged yet, 1: eligible, 2: not. */
  const judged = new Uint8Array(index.patternCount);
  const eligible = (p: RuntimePattern) => {
    if (judged[p.id] === 0) judged[p.id] = p.required.every((id) => met[id] === 1) ? 1 : 2;
    return judged[p.id] === 1;
  };
  const lists = new Map<string, readonly RuntimePattern[]>();
  return {
    startingWith(word) {
      let list = lists.get(word);
      if (list === undefined) lists.set(word, (list = index.byFirst.get(word)?.filter(eligible) ?? NONE));
      return list;
    },
    floating: index.floating.filter(eligible),
  };
}

/**
 * Every pattern's earliest match in the sentence, for patterns whose anchor the sentence holds;
 * with `onlyAt`, only matches starting at that token (a carried subject's).
 */
export function matchAll(
  index: PatternIndex,
  tokens: readonly Token[],
  blocked: readonly boolean[],
  eligible: Eligibility,
  /** Token indices a match may start at, first and last (inclusive): all by default. */
  starts: readonly [number, number] = [0, tokens.length - 1],
): Array<{ pattern: RuntimePattern; hit: PatternHit }> {
  const done = new Set<RuntimePattern>();
  const out: Array<{ pattern: RuntimePattern; hit: PatternHit }> = [];
  const tryAt = (p: RuntimePattern, from: number) => {
    if (done.has(p)) return;
    const hit = matchAt(p, tokens, blocked, from);
    if (hit) {
      done.add(p);
      out.push({ pattern: p, hit });
    }
  };
  const [first, last] = starts;
  for (let from = Math.max(0, first); from <= last && from < tokens.length; from++) {
    for (const key of tokens[from]!.keys) for (const p of eligible.startingWith(key)) tryAt(p, from);
    for (const p of eligible.floating) tryAt(p, from);
  }
  return out;
}

/** Veto phrases by the forms of their first word, built once per list of vetoes. */
const vetoesByFirst = new WeakMap<readonly RuntimePhrase[], Map<string, RuntimePhrase[]>>();

/** Marks the tokens covered by a veto phrase ("massage chair"): they may not take part in a match. */
export function blockedTokens(vetoes: readonly RuntimePhrase[], tokens: readonly Token[]): boolean[] {
  let byFirst = vetoesByFirst.get(vetoes);
  if (!byFirst) vetoesByFirst.set(vetoes, (byFirst = indexOptions(vetoes)));
  const blocked = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    // Tried where a key of the word starts it (a word with several keys may try one twice: harmless).
    for (const key of tokens[i]!.keys) {
      for (const veto of byFirst.get(key) ?? []) {
        if (i + veto.length <= tokens.length && veto.every((forms, k) => accepts(forms, tokens[i + k]!))) for (let k = 0; k < veto.length; k++) blocked[i + k] = true;
      }
    }
  }
  return blocked;
}
