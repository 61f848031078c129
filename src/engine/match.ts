/**
 * Matches compiled patterns against the words of one sentence. A small backtracking matcher:
 * compromise's own match syntax does not backtrack into multi-word alternatives
 * ("massage .{0,4} (flush|rid of)" misses "Massage will flush the toxins"), and claims need them.
 * Gaps are tried shortest first, so a match is the tightest span that satisfies the pattern.
 */
import { CONCESSIONS } from './clauses';
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
export function runtimeTables(bundle: CompiledBundle): { patterns: RuntimePattern[]; vetoes: RuntimePhrase[]; slotWords: string[][]; phrases: RuntimePhrase[] } {
  const formSets = bundle.forms.map((f) => new Set(f));
  const phrases: RuntimePhrase[] = bundle.phrases.map((p) => p.map((id) => formSets[id]!));
  const slotIds = new Map<string, number>();
  const tables = new Map<string, Map<string, RuntimePhrase[]>>();
  // Patterns with the same first words share one Set: eligibility groups patterns by it.
  const firsts = new Map<string, Set<string>>();
  const firstOf = (words: readonly string[]) => {
    const key = [...new Set(words)].sort().join(' ');
    return firsts.get(key) ?? firsts.set(key, new Set(words)).get(key)!;
  };
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
      first: head?.kind === 'alt' && !head.optional ? firstOf(head.options.flatMap((id) => bundle.forms[bundle.phrases[id]![0]!]!)) : undefined,
    };
  });
  const slotWords = [...slotIds.keys()].map((key) => key.split(' '));
  return { patterns, vetoes: bundle.vetoes.map((id) => phrases[id]!), slotWords, phrases };
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
      // A gap does not skip a concession (clauses.ts): "... releases, though researchers argue about it".
      if (skip > 0 && CONCESSIONS.has(st.tokens[pos + skip - 1]!.norm)) break;
      st.gapWords += skip;
      const end = matchFrom(st, slotIdx + 1, pos + skip);
      if (end >= 0) return end;
      st.gapWords -= skip;
    }
    return -1;
  }
  const token = st.tokens[pos];
  if (token !== undefined && !st.blocked[pos]) {
    const options = optionsFor(slot, token);
    // All the slot's alternatives: their first word is still to be checked.
    const sure = options !== slot.options;
    for (const option of options) {
      if (pos + option.length > st.tokens.length) continue;
      let ok = sure || accepts(option[0]!, token);
      for (let k = 1; k < option.length && ok; k++) ok = !st.blocked[pos + k] && accepts(option[k]!, st.tokens[pos + k]!);
      if (!ok) continue;
      const kept = st.literal.length;
      for (let k = 0; k < option.length; k++) st.literal.push(pos + k);
      const end = matchFrom(st, slotIdx + 1, pos + option.length);
      if (end >= 0) return end;
      while (st.literal.length > kept) st.literal.pop();
    }
  }
  return slot.optional ? matchFrom(st, slotIdx + 1, pos) : -1;
}

const NO_OPTIONS: readonly RuntimePhrase[] = [];

/**
 * The alternatives of a slot that may start at a token, in the slot's order: those its key starts
 * (their first word needs no further check). A word with several keys (a possessive, a pronoun
 * with its alias) rarely starts alternatives through more than one; then all the slot's
 * alternatives are returned, to be checked.
 */
function optionsFor(slot: Extract<RuntimeSlot, { kind: 'alt' }>, token: Token): readonly RuntimePhrase[] {
  if (token.keys.length === 1) return slot.byFirst.get(token.keys[0]!) ?? NO_OPTIONS;
  let found: readonly RuntimePhrase[] | undefined;
  for (const key of token.keys) {
    const list = slot.byFirst.get(key);
    if (list === undefined) continue;
    if (found !== undefined) return slot.options;
    found = list;
  }
  return found ?? NO_OPTIONS;
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
 * The patterns by their required slots, so a sentence looks only at the patterns its words can
 * meet (see eligibility). Flat typed arrays: the check runs for every sentence, and chasing
 * pattern objects and their arrays cost more than the comparisons.
 */
export interface PatternIndex {
  patterns: readonly RuntimePattern[];
  /** For each word, the required-slot sets it meets. */
  slotsOfWord: Map<string, number[]>;
  slotCount: number;
  /** Pattern ids keyed by each slot (their least common required slot): keyed[keyedAt[s] .. keyedAt[s + 1]). */
  keyedAt: Int32Array;
  keyed: Int32Array;
  /** Each pattern's required slots: required[requiredAt[p] .. requiredAt[p + 1]). */
  requiredAt: Int32Array;
  required: Int32Array;
  /** Patterns with no required slot: eligible in every sentence. */
  unkeyed: number[];
}

export function indexPatterns(patterns: readonly RuntimePattern[], slotWords: readonly string[][]): PatternIndex {
  const slotsOfWord = new Map<string, number[]>();
  slotWords.forEach((words, id) => {
    for (const w of words) (slotsOfWord.get(w) ?? slotsOfWord.set(w, []).get(w)!).push(id);
  });
  // A pattern is looked at only when its least common required slot is met. A slot is as common
  // as the patterns that need it ("massage": most of them) plus the slots its most widely used
  // word takes part in ("get", "with": a hundred; "toxins": few).
  const users = new Array<number>(slotWords.length).fill(0);
  for (const p of patterns) for (const id of new Set(p.required)) users[id]!++;
  const spread = slotWords.map((words) => Math.max(...words.map((w) => slotsOfWord.get(w)!.length)));
  const cost = (id: number) => users[id]! + spread[id]!;
  const bySlot = slotWords.map(() => [] as number[]);
  const unkeyed: number[] = [];
  for (const p of patterns) {
    if (p.required.length === 0) unkeyed.push(p.id);
    else bySlot[p.required.reduce((a, b) => (cost(b) < cost(a) ? b : a))]!.push(p.id);
  }
  const offsets = (lists: readonly (readonly number[])[]) => Int32Array.from([0, ...lists.map((l) => l.length)], ((sum) => (n: number) => (sum += n))(0));
  return {
    patterns,
    slotsOfWord,
    slotCount: slotWords.length,
    keyedAt: offsets(bySlot),
    keyed: Int32Array.from(bySlot.flat()),
    requiredAt: offsets(patterns.map((p) => p.required)),
    required: Int32Array.from(patterns.flatMap((p) => p.required)),
    unkeyed,
  };
}

/** The patterns a sentence can possibly match (see eligibility). */
export interface Eligibility {
  /** The eligible patterns that can start with a word (RuntimePattern.first), in the patterns' order. */
  startingWith(word: string): readonly RuntimePattern[];
  /** The eligible patterns whose first slot is optional. */
  floating: readonly RuntimePattern[];
}

/**
 * Which patterns a sentence can possibly match: each required slot needs one of its first words
 * somewhere in the sentence. Cheap (one lookup per word) and it spares the backtracking matcher
 * almost every pattern that starts with a common word such as "massage". Worked forwards from the
 * met slots (PatternIndex.keyed), so a sentence with "massage" does not judge the 600 patterns
 * that need it one by one. The lists per first word are cut from the few eligible patterns once
 * per word: a sentence is matched several times over (its readings, list-items.ts).
 */
export function eligibility(index: PatternIndex, tokens: readonly Token[]): Eligibility {
  const { keyedAt, keyed, requiredAt, required } = index;
  const met = new Uint8Array(index.slotCount);
  /** Met slots that key patterns: common words meet hundreds of slots, few of which key any. */
  const keys: number[] = [];
  for (const t of tokens) {
    for (const key of t.keys) {
      const slots = index.slotsOfWord.get(key);
      if (slots === undefined) continue;
      for (const slot of slots) {
        if (met[slot] === 1) continue;
        met[slot] = 1;
        if (keyedAt[slot]! < keyedAt[slot + 1]!) keys.push(slot);
      }
    }
  }
  const ids = [...index.unkeyed];
  // Judged once every slot is in: a slot met late in the sentence completes patterns keyed earlier.
  for (const slot of keys) {
    for (let k = keyedAt[slot]!; k < keyedAt[slot + 1]!; k++) {
      const p = keyed[k]!;
      let all = true;
      for (let r = requiredAt[p]!; r < requiredAt[p + 1]! && all; r++) all = met[required[r]!] === 1;
      if (all) ids.push(p);
    }
  }
  // In the patterns' order, as matching them always was.
  const sorted = Int32Array.from(ids).sort();
  const eligible: RuntimePattern[] = [];
  for (const id of sorted) eligible.push(index.patterns[id]!);
  // Grouped by their Set of first words (shared: most start with @massage), so a word is looked up
  // once per group rather than once per pattern: the matcher asks at every word of every reading.
  const groups: Array<{ first: ReadonlySet<string>; patterns: RuntimePattern[] }> = [];
  const floating: RuntimePattern[] = [];
  for (const p of eligible) {
    if (!p.first) floating.push(p);
    else {
      const group = groups.find((g) => g.first === p.first);
      if (group) group.patterns.push(p);
      else groups.push({ first: p.first, patterns: [p] });
    }
  }
  /** Lists merged from several groups, by word. */
  const merged = new Map<string, readonly RuntimePattern[]>();
  return {
    startingWith(word) {
      let list: readonly RuntimePattern[] = NONE;
      for (const g of groups) {
        if (!g.first.has(word)) continue;
        if (list === NONE) list = g.patterns;
        else {
          // Several groups start with the word ("back"): merged back into the patterns' order, once.
          let all = merged.get(word);
          if (all === undefined) merged.set(word, (all = eligible.filter((p) => p.first?.has(word) === true)));
          return all;
        }
      }
      return list;
    },
    floating,
  };
}

const NONE: readonly RuntimePattern[] = [];

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
      const vetoes = byFirst.get(key);
      if (vetoes === undefined) continue;
      for (const veto of vetoes) {
        if (i + veto.length > tokens.length) continue;
        let all = true;
        for (let k = 1; k < veto.length && all; k++) all = accepts(veto[k]!, tokens[i + k]!);
        if (all) for (let k = 0; k < veto.length; k++) blocked[i + k] = true;
      }
    }
  }
  return blocked;
}
