/**
 * Types shared by the claims compiler (build time) and the engine (run time).
 * The compiled bundle is plain JSON so the content script can load it without the compiler.
 */

import type { ClaimModel } from './claim-model';

export const VERDICTS = ['contradicted', 'unsupported', 'mixed', 'supported'] as const;

/** Ordered most serious first: popup grouping and badge colour follow this order. */
export type Verdict = (typeof VERDICTS)[number];

export const STANCES = ['asserts', 'hedges', 'disputes'] as const;
export type Stance = (typeof STANCES)[number];

export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low', 'insufficient'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface Citation {
  authors: string;
  title: string;
  published?: string;
  /** Publication year; web pages may have only `accessed` (YYYY-MM-DD). */
  year?: number;
  accessed?: string;
  doi?: string;
  url?: string;
}

/** What the UI shows about a claim. */
export interface ClaimInfo {
  id: string;
  title: string;
  statement: string;
  verdict: Verdict;
  certainty: Certainty;
  evidence: string;
  notes: { asserts: string; hedges?: string; disputes: string };
  citations: Citation[];
  reviewed: string;
  /** Broader claims this one says more precisely: found in the same sentence, they are not reported. */
  overrides?: string[];
  /** Claims the model may not add where this one is found in a sentence that does not name massage. */
  overridesUnnamed?: string[];
}

/**
 * One pattern position. `alt` lists alternatives by index into CompiledBundle.phrases; a gap skips
 * up to `max` words. Phrases and word forms are pooled: concepts like @massage appear in many
 * patterns, and pooling keeps the bundle small.
 */
export type Slot = { kind: 'alt'; options: number[]; optional: boolean } | { kind: 'gap'; max: number };

export interface CompiledPattern {
  claim: string;
  /** The source text of the pattern, for "why was this flagged". */
  source: string;
  slots: Slot[];
  /** Indices into CompiledBundle.forms: a sentence without one of these words cannot match. */
  anchor: number[];
  /** The pattern states the claim's opposite (claim files' `opposites`): the stance it gives is turned round. */
  opposite?: true;
}

/**
 * A concept rule (claim files' `concepts`): every slot must be met within a few words of one
 * clause, in any order. Slots are all required alternatives; `anchor` as for patterns.
 */
export interface CompiledConcept {
  claim: string;
  source: string;
  slots: Array<Extract<Slot, { kind: 'alt' }>>;
  anchor: number[];
}

export interface CompiledBundle {
  /** Content hash of the claims data, shown in the options page's About section. */
  version: string;
  /** Latest review date across all claims. */
  reviewed: string;
  claims: ClaimInfo[];
  /** Every accepted surface form of one pattern word ("flush", "flushes", "flushed", "flushing"). */
  forms: string[][];
  /** A phrase is a word sequence: an index into `forms` per word. */
  phrases: number[][];
  patterns: CompiledPattern[];
  /** Concept rules, tried for a claim only where none of its patterns matched the sentence. */
  concepts: CompiledConcept[];
  /** Phrases (indices into `phrases`) whose words never take part in a match. */
  vetoes: number[];
  /** The compiled bundle always carries the stage-2 tables. */
  prefilter: Required<PrefilterData>;
  /**
   * Pronoun resolution: after a word in `antecedents` (earlier in the sentence or in the previous
   * sentence of the block), a word in `pronouns` is matched as `alias`.
   */
  anaphora?: { antecedents: string[]; pronouns: string[]; alias: string };
  redFlags: RedFlags;
  /** The learned fallback to the patterns (claim-model.ts), if claims/ holds one. */
  model?: ClaimModel;
}

/**
 * What decides, without NLP, whether a text can hold a claim: `words` (every pattern's anchor)
 * for stage 1, and per pattern its required slots (`requirements`, indices into `slots`; a slot
 * lists `phrases`, each a list of indices into `forms`), all of which a sentence must contain, in
 * any order (stage 2).
 */
export interface PrefilterData {
  words: string[];
  /**
   * PrefilterDetail as JSON, parsed on first use. Only the engine's bundle carries it: the content
   * script runs stage 1 alone and leaves stage 2 to the engine in the background.
   */
  detail?: string;
}

export interface PrefilterDetail {
  forms: string[][];
  phrases: number[][];
  slots: number[][];
  requirements: number[][];
}

/** The part of the bundle the popup and options pages show. */
export type ClaimsInfo = Pick<CompiledBundle, 'version' | 'reviewed' | 'claims' | 'redFlags'>;

export interface RedFlagGroup {
  level: 'emergency' | 'urgent' | 'see-a-doctor';
  heading: string;
  items: string[];
}

export interface RedFlags {
  intro: string;
  groups: RedFlagGroup[];
  source: Array<{ authors: string; title: string; year?: number; url?: string; doi?: string }>;
  reviewed: string;
}

/** One claim found in text. Offsets are UTF-16 indices into the scanned text. */
export interface ClaimMatch {
  claimId: string;
  verdict: Verdict;
  stance: Stance;
  start: number;
  end: number;
  text: string;
  sentence: string;
  sentenceStart: number;
  /** 0..1: lower when the pattern needed long gaps or the stance cues conflict. */
  confidence: number;
}
