/**
 * Stance: does the sentence assert the claim, hedge it, or dispute it?
 *
 * Cues are looked for only in the claim's own clause: a "but", "however", "although", "while" or
 * a semicolon starts a new clause, so "Massage does not cure back pain, but it eases it" keeps the
 * negation with "cure". Plain negators ("not", "never", "no") must also sit in the same comma-free
 * stretch as the claim, or inside the matched words themselves; evaluative cues ("no evidence that",
 * "it is a myth that", "... has been debunked") reach across commas within the clause.
 * Words the pattern itself matched (e.g. "not" in "should not replace medical care") are part of
 * the claim, never cues. Disputing beats hedging: "may not" disputes.
 */
import type { Stance } from './types';
import type { Token } from './tokenize';

const CLAUSE_OPENERS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet']);

const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'fail', 'fails', 'failed', 'unable', 'unlikely']);
/** Negator followed by one of these is not a negation ("not only", "no doubt"). */
const NOT_NEGATION_AFTER: Record<string, Set<string>> = {
  not: new Set(['only', 'just', 'merely', 'simply']),
  no: new Set(['doubt', 'wonder', 'matter', 'question']),
};

/** Evaluative cues, as word sequences; they dispute whatever claim shares their clause. */
const DISPUTE_PHRASES = [
  'no evidence', 'no good evidence', 'no scientific evidence', 'no reliable evidence', 'no clinical evidence', 'no proof',
  'little evidence', 'scant evidence', 'lack of evidence', 'lacks evidence', 'no research', 'no studies', 'no study',
  'not been shown', 'never been shown', 'not been proven', 'never been proven', 'no basis', 'not supported', 'not true',
  'not the case', 'myth', 'myths', 'misconception', 'misconceptions', 'false', 'untrue', 'debunked', 'debunk', 'unproven',
  'unfounded', 'baseless', 'bogus', 'nonsense', 'pseudoscience', 'disproven', 'disproved', 'unsupported', 'mistaken',
  'misleading', 'overstated', 'exaggerated', 'wrong', 'incorrect', 'doubtful',
].map((p) => p.split(' '));

const HEDGE_WORDS = new Set([
  'may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially', 'reportedly', 'supposedly', 'allegedly',
  'apparently', 'purportedly', 'arguably', 'probably', 'likely', 'believe', 'believes', 'believed', 'claim', 'claims',
  'claimed', 'think', 'thinks', 'thought', 'say', 'says', 'said', 'suggest', 'suggests', 'suggested', 'argue', 'argues',
  'seem', 'seems', 'appear', 'appears', 'proponents', 'advocates', 'supposed', 'according', 'promise', 'promises',
]);

export interface StanceResult {
  stance: Stance;
  /** Both disputing and hedging cues were present: less sure. */
  conflict: boolean;
}

function isClauseStart(tokens: readonly Token[], i: number): boolean {
  return CLAUSE_OPENERS.has(tokens[i]!.norm) || (i > 0 && tokens[i - 1]!.clauseBreak);
}

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => tokens[i + k]?.norm === w);
}

function isNegator(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (!NEGATORS.has(norm)) return false;
  const next = tokens[i + 1]?.norm;
  return !(next && NOT_NEGATION_AFTER[norm]?.has(next));
}

export function stanceOf(
  tokens: readonly Token[],
  sentenceText: string,
  sentenceStart: number,
  hit: { from: number; to: number; literal: readonly number[] },
  question: boolean,
): StanceResult {
  const literal = new Set(hit.literal);
  let clauseStart = hit.from;
  while (clauseStart > 0 && !isClauseStart(tokens, clauseStart)) clauseStart--;
  let clauseEnd = hit.to;
  while (clauseEnd < tokens.length && !isClauseStart(tokens, clauseEnd)) clauseEnd++;

  // Where the last comma before the claim is: plain negators before it belong to another phrase.
  const commaFree = (i: number) => !sentenceText.slice(tokens[i]!.end - sentenceStart, tokens[hit.from]!.start - sentenceStart).includes(',');

  let disputes = false;
  let hedges = question;
  for (let i = clauseStart; i < clauseEnd; i++) {
    if (literal.has(i)) continue;
    const inside = i >= hit.from && i < hit.to;
    const before = i < hit.from;
    if (DISPUTE_PHRASES.some((p) => phraseAt(tokens, i, p))) disputes = true;
    if ((inside || (before && commaFree(i))) && isNegator(tokens, i)) disputes = true;
    if ((inside || before) && HEDGE_WORDS.has(tokens[i]!.norm)) hedges = true;
  }
  return { stance: disputes ? 'disputes' : hedges ? 'hedges' : 'asserts', conflict: disputes && hedges };
}
