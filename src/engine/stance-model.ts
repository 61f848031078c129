/**
 * A learned second opinion on a match's stance. The rules (stance.ts, and the scanner's settling of
 * questions, rebuttals and weak evidence) read cues they were written for; the labelled dev pages
 * show wordings they miss ("the theory goes that ...", "I'm convinced it comes from ...", "there's
 * no magic number"). This model reads the sentence's words and word pairs together with the stance
 * the rules gave, one logistic regression per stance over all claims, and overrides the rules only
 * when it is sure of another stance. Trained by src/claims/train-stance.ts on the matches the
 * engine finds on the dev pages and sentences, so what it learns is where the rules go wrong.
 */
import { sentenceFeatures, probabilityOf } from './claim-model';
import { sentencesOf, type Sentence, type Token } from './tokenize';
import { STANCES, type ClaimMatch, type Stance } from './types';

/** The stance model as the claims bundle carries it (claims/model.json, `stance`). */
export interface StanceModel {
  /** Log-odds of each stance (in STANCES order) with no feature present. */
  bias: number[];
  /** Per feature: stance index and weight, in pairs. */
  weights: Record<string, number[]>;
  /** Share of the three stances' probabilities another stance than the rules' needs to replace it. */
  threshold: number;
}

/** The feature that carries the rules' stance; ":" never occurs in a word's feature. */
export const ruleFeature = (stance: Stance): string => `rule:${stance}`;
/** The feature of a sentence that is a question. */
export const QUESTION_FEATURE = '?';

/** What the model reads: the sentence's words and word pairs (as the claim model reads them), whether it asks, and the rules' stance. */
export function stanceFeatures(tokens: readonly Token[], question: boolean, read: Stance): string[] {
  const features = sentenceFeatures(tokens);
  if (question) features.push(QUESTION_FEATURE);
  features.push(ruleFeature(read));
  return features;
}

/**
 * The features of a match with the stance the rules gave it, from its sentence as the scanner
 * split it (`own`), or, should that not be at hand, from the match's sentence text split again,
 * which gives the same words.
 */
export function matchStanceFeatures(match: Pick<ClaimMatch, 'sentence' | 'stance'>, own?: Sentence): string[] {
  if (own) return stanceFeatures(own.tokens, own.question, match.stance);
  const parts = sentencesOf(match.sentence);
  return stanceFeatures(
    parts.flatMap((s) => s.tokens),
    parts[parts.length - 1]?.question ?? false,
    match.stance,
  );
}

/**
 * The matches whose stance the model may replace: those whose stance is still the one read from
 * cues in their own sentence (`cueRead`), not one a reading of the text around them settled (a
 * question's answer, a rebuttal, weak evidence, an intro's hedge, a question and its answer read
 * together) or a pattern of the claim's opposite gave, and whose sentence does not hold matches of differing stances (negation kept to its
 * own clause: "Massage does not flush toxins, but it boosts circulation"), which a bag of words
 * cannot tell apart.
 */
export function openToSecondOpinion(matches: readonly ClaimMatch[], cueRead: (match: ClaimMatch) => Stance | undefined): ClaimMatch[] {
  const stanceOf = new Map<number, Stance | 'split'>();
  for (const m of matches) {
    const seen = stanceOf.get(m.sentenceStart);
    stanceOf.set(m.sentenceStart, seen === undefined || seen === m.stance ? m.stance : 'split');
  }
  return matches.filter((m) => cueRead(m) === m.stance && stanceOf.get(m.sentenceStart) !== 'split');
}

export interface RuntimeStanceModel {
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
  threshold: number;
}

export const runtimeStanceModel = (model: StanceModel): RuntimeStanceModel => ({
  bias: model.bias,
  weights: new Map(Object.entries(model.weights)),
  threshold: model.threshold,
});

/** Each stance's probability for these features, in STANCES order. */
export function stanceProbabilities(model: RuntimeStanceModel, features: readonly string[]): number[] {
  const logits = [...model.bias];
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < w.length; k += 2) logits[w[k]!]! += w[k + 1]!;
  }
  return logits.map(probabilityOf);
}

/** The rules' stance `read`, unless the model gives another stance at least `threshold` of the three probabilities' sum. */
export function learntStance(model: RuntimeStanceModel, features: readonly string[], read: Stance): Stance {
  const p = stanceProbabilities(model, features);
  const sum = p.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const stance = STANCES[best]!;
  return stance !== read && p[best]! >= model.threshold * sum ? stance : read;
}
