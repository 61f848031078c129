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
  claim: string;
  source: string;
  slots: RuntimeSlot[];
  /** Words of which a sentence must hold one for this pattern to be tried. */
  anchor: string[];
}

/** A phrase: one Set of accepted forms per word. */
export type RuntimePhrase = Set<string>[];

type RuntimeSlot = { kind: 'alt'; options: RuntimePhrase[]; optional: boolean } | { kind: 'gap'; max: number };

/** Expands the pooled bundle into matcher-ready patterns and vetoes, sharing Sets between them. */
export function runtimeTables(bundle: CompiledBundle): { patterns: RuntimePattern[]; vetoes: RuntimePhrase[] } {
  const formSets = bundle.forms.map((f) => new Set(f));
  const phrases: RuntimePhrase[] = bundle.phrases.map((p) => p.map((id) => formSets[id]!));
  const patterns = bundle.patterns.map((p) => ({
    claim: p.claim,
    source: p.source,
    slots: p.slots.map((s: Slot): RuntimeSlot => (s.kind === 'gap' ? s : { kind: 'alt', optional: s.optional, options: s.options.map((id) => phrases[id]!) })),
    anchor: [...new Set(p.anchor.flatMap((id) => bundle.forms[id]!))],
  }));
  return { patterns, vetoes: bundle.vetoes.map((id) => phrases[id]!) };
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

/** The norm of a token, and the same without a possessive "'s", so "body's" can match "body". */
function accepts(forms: Set<string>, norm: string): boolean {
  return forms.has(norm) || (norm.endsWith("'s") && forms.has(norm.slice(0, -2)));
}

export function findPattern(pattern: RuntimePattern, tokens: readonly Token[], blocked: readonly boolean[]): PatternHit | undefined {
  const literal: number[] = [];
  let gapWords = 0;

  const matchFrom = (slotIdx: number, pos: number): number => {
    if (slotIdx === pattern.slots.length) return pos;
    const slot = pattern.slots[slotIdx]!;
    if (slot.kind === 'gap') {
      for (let skip = 0; skip <= slot.max && pos + skip <= tokens.length; skip++) {
        gapWords += skip;
        const end = matchFrom(slotIdx + 1, pos + skip);
        if (end >= 0) return end;
        gapWords -= skip;
      }
      return -1;
    }
    for (const option of slot.options) {
      if (pos + option.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < option.length && ok; k++) ok = !blocked[pos + k] && accepts(option[k]!, tokens[pos + k]!.norm);
      if (!ok) continue;
      for (let k = 0; k < option.length; k++) literal.push(pos + k);
      const end = matchFrom(slotIdx + 1, pos + option.length);
      if (end >= 0) return end;
      literal.length -= option.length;
    }
    return slot.optional ? matchFrom(slotIdx + 1, pos) : -1;
  };

  for (let from = 0; from < tokens.length; from++) {
    literal.length = 0;
    gapWords = 0;
    const to = matchFrom(0, from);
    if (to > from) return { from, to, literal: [...literal], gapWords };
  }
  return undefined;
}

/** Marks the tokens covered by a veto phrase ("massage chair"): they may not take part in a match. */
export function blockedTokens(vetoes: readonly RuntimePhrase[], tokens: readonly Token[]): boolean[] {
  const blocked = new Array<boolean>(tokens.length).fill(false);
  for (const veto of vetoes) {
    for (let i = 0; i + veto.length <= tokens.length; i++) {
      if (veto.every((forms, k) => accepts(forms, tokens[i + k]!.norm))) for (let k = 0; k < veto.length; k++) blocked[i + k] = true;
    }
  }
  return blocked;
}
