/**
 * A learned fallback to the patterns: per claim, a logistic regression over a sentence's words and
 * word pairs, trained on the labelled development sentences and dev pages (src/claims/training-set.ts). Patterns
 * are precise but fit the wordings they were written from; on pages no one tuned them on they find
 * about half the claims. The model weighs the words a claim is stated in ("bought me three days of
 * relief", "my back is free again") without a rule per wording.
 *
 * The scanner asks it only for claims no pattern or concept rule found in a sentence of five words
 * or more, and only on a text about back pain or massage therapy (implied-complaint.ts,
 * page-topic.ts; not "massage the kale"): a bag of words cannot tell
 * "better circulation lowers blood pressure" on a cardiology page from the massage claim. There it
 * reads every sentence, with an anchor word or not, not only those the prefilter's stage 2 passes.
 * Its hit spans the words that weigh most for the claim, and its stance is read from the words
 * around them like a pattern's.
 */
import type { PatternHit } from './match';
import type { Token } from './tokenize';
import type { StanceModel } from './stance-model';
import type { Stance } from './types';

/** The trained model as the claims bundle carries it (claims/model.json). */
export interface ClaimModel {
  /** Claim IDs; `weights` refer to them by index. */
  claims: string[];
  /** Log-odds of each claim with no feature present. */
  bias: number[];
  /** Per feature (a word stem, or two joined by "_"): claim index and weight, in pairs. */
  weights: Record<string, number[]>;
  /** Probability a claim needs to be reported. */
  threshold: number;
  /** Claims that need another probability than `threshold` (src/claims/model-thresholds.ts). */
  claimThresholds?: Record<string, number>;
  /**
   * Per claim, the odds that a text making the claim disputes it, learnt from the texts labelled
   * with the claim (same features). The model's hit cannot name a claim's opposite the way an
   * `opposites` pattern does ("massage slowed its removal", "gentle massage helped as much as deep
   * work"): its stance read from negations alone misses those.
   */
  disputes: { bias: number[]; weights: Record<string, number[]> };
  /** Dispute probability at or above which a hit disputes. */
  disputeThreshold: number;
  /** The second opinion on every match's stance (stance-model.ts). */
  stance?: StanceModel;
}

/**
 * Mentions of the topic a text needs for the model to be asked: three, and one more for every
 * MODEL_TOPIC_CHARS characters, so that a long text made of many short ones ("massage" once in
 * each of a hundred recipes) is not about massage for having named it often.
 */
export const MODEL_TOPIC_CHARS = 3000;
export const modelTopicMentions = (text: string, least: number): number => Math.max(least, Math.ceil(text.length / MODEL_TOPIC_CHARS));

/** Weight a word needs, for its claim, to be part of the hit's span. */
const SPAN_WEIGHT = 0.5;

/**
 * A crude stem, enough to pool a word's forms without a dictionary: "massage", "massages",
 * "massaged" and "massaging" are all "massag", "relieves" and "relieved" "reliev". Short words are
 * left alone ("is", "was", "less").
 */
export function stemOf(norm: string): string {
  // String tests rather than regular expressions: every word of every candidate sentence is stemmed.
  let word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  if (word.length > 4) {
    if (word.endsWith('ing')) word = word.slice(0, -3);
    else if (word.endsWith('ed')) word = word.slice(0, -2);
    else if (word.endsWith('s')) word = word.slice(0, -1);
  }
  if (word.length > 3 && word.endsWith('e')) word = word.slice(0, -1);
  return word || norm;
}

/** The logistic function: log-odds to a probability. */
export const probabilityOf = (logOdds: number): number => 1 / (1 + Math.exp(-logOdds));

/**
 * Visits a sentence's features in order, each with the first token it stands on and how many: the
 * stem of every word, and of every two adjacent words joined by "_". The one definition of a
 * feature, for training (through modelFeatures) and scoring alike.
 */
function visitFeatures(tokens: readonly Token[], visit: (feature: string, at: number, words: 1 | 2) => void): void {
  let previous = '';
  for (let i = 0; i < tokens.length; i++) {
    const stem = stemOf(tokens[i]!.norm);
    visit(stem, i, 1);
    if (i > 0) visit(`${previous}_${stem}`, i - 1, 2);
    previous = stem;
  }
}

/** A sentence's distinct features. */
export function sentenceFeatures(tokens: readonly Token[]): string[] {
  const seen = new Set<string>();
  visitFeatures(tokens, (feature) => seen.add(feature));
  return [...seen];
}

/** A sentence's features, each with the token indices it stands on (word and word pair). */
export function modelFeatures(tokens: readonly Token[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  visitFeatures(tokens, (feature, at, words) => {
    const positions = words === 1 ? [at] : [at, at + 1];
    const list = out.get(feature);
    if (list) list.push(...positions);
    else out.set(feature, positions);
  });
  return out;
}

/** The model as the scanner reads it: features in a Map ("constructor" is a word, not a key of every object). */
export interface RuntimeModel {
  claims: readonly string[];
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
  /** Per claim (by index), the probability it needs to be reported. */
  thresholds: readonly number[];
  disputeBias: readonly number[];
  disputeWeights: ReadonlyMap<string, readonly number[]>;
  disputeThreshold: number;
}

export const runtimeModel = (model: ClaimModel): RuntimeModel => ({
  claims: model.claims,
  bias: model.bias,
  weights: new Map(Object.entries(model.weights)),
  thresholds: model.claims.map((c) => model.claimThresholds?.[c] ?? model.threshold),
  disputeBias: model.disputes.bias,
  disputeWeights: new Map(Object.entries(model.disputes.weights)),
  disputeThreshold: model.disputeThreshold,
});

/**
 * Dispute odds below which a denial read from the words (stance.ts) is taken for an idiom ("isn't
 * great for your stomach", "like nobody else"): far surer than the dispute threshold asks, since
 * it overrides a negation the sentence states. On the dev pages 0.2 also turned "did not buy me a
 * single day of relief" round; with the model trained on pages too, 0.02 read two more stances
 * right than 0.05 there.
 */
const NOT_DISPUTED_BELOW = 0.02;

/** The stance of a model's hit: `read` (from the words around it) unless the model is sure the text disputes the claim, or very sure it does not. */
export function modelStance(model: RuntimeModel, read: Stance, disputeProbability: number): Stance {
  if (disputeProbability >= model.disputeThreshold) return 'disputes';
  if (read === 'disputes' && disputeProbability < NOT_DISPUTED_BELOW) return 'asserts';
  return read;
}

export interface ModelHit {
  claim: string;
  probability: number;
  /** The odds, as a probability, that the sentence disputes the claim. */
  disputeProbability: number;
  hit: PatternHit;
}

/** Claims the model finds in a sentence, except those `skip` rules out. */
export function modelHits(model: RuntimeModel, tokens: readonly Token[], skip: (claim: string) => boolean): ModelHit[] {
  if (tokens.length === 0) return [];
  // The log-odds first, without recording where each feature stands: most sentences state no
  // claim the model is asked about, and only a hit needs its words.
  const logits = [...model.bias];
  const seen = new Set<string>();
  visitFeatures(tokens, (feature) => {
    if (seen.has(feature)) return;
    seen.add(feature);
    const w = model.weights.get(feature);
    if (w) for (let k = 0; k < w.length; k += 2) logits[w[k]!]! += w[k + 1]!;
  });
  let features: Map<string, number[]> | undefined;
  const hits: ModelHit[] = [];
  logits.forEach((z, c) => {
    const probability = probabilityOf(z);
    const claim = model.claims[c]!;
    if (probability < model.thresholds[c]! || skip(claim)) return;
    // The span: the words that weigh most for this claim; the whole sentence if none stands out.
    features ??= modelFeatures(tokens);
    const strong = new Set<number>();
    for (const [f, at] of features) {
      const w = model.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < w.length; k += 2) if (w[k] === c && w[k + 1]! >= SPAN_WEIGHT) for (const i of at) strong.add(i);
    }
    const literal = strong.size ? [...strong].sort((a, b) => a - b) : tokens.map((_, i) => i);
    const from = literal[0]!;
    const to = literal[literal.length - 1]! + 1;
    let dispute = model.disputeBias[c]!;
    for (const f of features.keys()) {
      const w = model.disputeWeights.get(f);
      if (w) for (let k = 0; k < w.length; k += 2) if (w[k] === c) dispute += w[k + 1]!;
    }
    const disputeProbability = probabilityOf(dispute);
    hits.push({ claim, probability, disputeProbability, hit: { from, to, literal, gapWords: to - from - literal.length } });
  });
  return hits;
}
