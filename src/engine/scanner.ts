/**
 * The engine's entry point: text in, ClaimMatch[] out. Pure: no DOM, no browser APIs.
 *
 * Flow: prefilter hits -> candidate windows -> sentences (compromise) -> patterns whose anchor
 * word is in the sentence -> matcher -> stance. Work is split into steps (one window each) so a
 * caller can spread a long text over several idle slices; `scan` runs the steps under a time and
 * size budget and says how it ended, so hostile text returns promptly with a clear outcome.
 */
import { INTRO_CUES, leadsFor, withLead } from './carryover';
import { answerAfter, answeredStance, rebuttedStance, verdictStance } from './faq-answer';
import { conceptIndex, matchConcepts } from './concepts';
import { modelHits, modelStance, modelTopicMentions, runtimeModel } from './claim-model';
import { asksHowOften } from './how-often';
import { elidedSubjectLead } from './elided-subject';
import { impliedReadings, isAboutBackPain, TOPIC_MENTIONS } from './implied-complaint';
import { expandAbbreviations } from './abbreviations';
import { createItemReader, type Carried } from './list-items';
import { withoutAsides } from './asides';
import { listReadings } from './lists';
import { blockedTokens, eligibility, indexPatterns, matchAll, runtimeTables, type PatternHit, type RuntimePattern } from './match';
import { createPrefilter, REMEDY_WORDS, WARNING_WORDS, type Prefilter } from './prefilter';
import { createProblemResolver, sentenceBefore } from './problem-pronouns';
import { createMentionFinder } from './page-topic';
import { createPronounResolver, namesSessionElsewhere } from './pronouns';
import { hitInSentence } from './readings';
import { answers, HELP_LEADS, problemParts, readQuestionAnswer } from './question-lead';
import { isNegator, stanceOf } from './stance';
import { learntStance, matchStanceFeatures, openToSecondOpinion, runtimeStanceModel } from './stance-model';
import { thatListStance } from './that-lists';
import { weakEvidenceStance } from './weak-evidence';
import { sentencesOf, type Sentence, type Token } from './tokenize';
import { isClauseStart } from './clauses';
import type { ClaimInfo, ClaimMatch, CompiledBundle, Stance } from './types';

export type ScanOutcome =
  /** Every candidate sentence was checked. */
  | 'complete'
  /** The prefilter found no candidates (no anchor word, or no window passing stage 2): no NLP ran. */
  | 'no-candidates'
  /** Stopped at the time budget; matches so far are returned. */
  | 'time-budget'
  /** Stopped after maxCandidateChars of candidate text; matches so far are returned. */
  | 'size-limit';

export interface ScanOptions {
  /** Milliseconds the whole call may take (checked between windows). Default 250. */
  budgetMs?: number;
  /** Most candidate text parsed per call. Default 200,000 characters. */
  maxCandidateChars?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

export interface ScanResult {
  matches: ClaimMatch[];
  outcome: ScanOutcome;
  /** Sentences that reached the pattern matcher. */
  sentences: number;
}

export interface Scanner {
  readonly prefilter: Prefilter;
  readonly claims: ReadonlyMap<string, ClaimInfo>;
  scan(text: string, options?: ScanOptions): ScanResult;
  /** One step per candidate window; each yields that window's matches. */
  steps(text: string): Generator<{ matches: ClaimMatch[]; chars: number; sentences: number }, void>;
}

/** A sentence read with the subject in front of it: only hits that start on that subject count, with the sentence's own stance. */
const SUBJECT_LEAD: Carried = { accept: (hit) => hit.from === 0 && hit.literal.includes(0), stance: (stance) => stance };

/** Carried matches are less sure than a sentence that names its subject. */
const CARRIED_PENALTY = 0.1;
/** A concept rule's match (concepts.ts) says nothing of how its words relate: less sure than a pattern's. */
const CONCEPT_PENALTY = 0.2;

/**
 * Fewest words a sentence needs for the model to be asked: headings and menu entries ("Ultrasound
 * therapy", "Yoga for Back Care") name a topic, they state nothing.
 */
const MODEL_MIN_WORDS = 5;

/** How far before and after a model hit a negator is taken for the claim's own (claims stated in the negative). */
const OWN_NEGATOR_REACH = 3;

/** Verbs that state a caution in the negative without a negator ("should be avoided"). */
const AVOID_WORDS = new Set(['avoid', 'avoided', 'avoiding']);

/** True if a claim's statement is made in the negative ("should not replace", "do not relax", "should be avoided"). */
function statesNegation(statement: string): boolean {
  const [sentence] = sentencesOf(statement);
  return sentence !== undefined && sentence.tokens.some((t, i) => isNegator(sentence.tokens, i) || AVOID_WORDS.has(t.norm));
}

/** The hit with the negators within OWN_NEGATOR_REACH words of it, in its clause, among its words. */
function withOwnNegators(tokens: readonly Token[], hit: PatternHit): PatternHit {
  const literal = new Set(hit.literal);
  for (let i = Math.max(0, hit.from - OWN_NEGATOR_REACH); i < Math.min(tokens.length, hit.to + OWN_NEGATOR_REACH); i++) {
    if (!isNegator(tokens, i)) continue;
    const [a, b] = i < hit.from ? [i + 1, hit.from] : [hit.to, i];
    if (tokens.slice(a, b + 1).some((_, k) => isClauseStart(tokens, a + k))) continue;
    literal.add(i);
  }
  const sorted = [...literal].sort((x, y) => x - y);
  const from = Math.min(hit.from, sorted[0]!);
  const to = Math.max(hit.to, sorted[sorted.length - 1]! + 1);
  return { from, to, literal: sorted, gapWords: to - from - sorted.length };
}

export interface ScannerOptions {
  /**
   * Called with each match the stance model may give a second opinion on (stance-model.ts) and
   * what the model reads of it, before it does: training reads its examples here
   * (src/claims/train-stance.ts).
   */
  onSecondOpinion?: (match: ClaimMatch, features: string[]) => void;
}

export function createScanner(bundle: CompiledBundle, { onSecondOpinion }: ScannerOptions = {}): Scanner {
  // Subject carry-over needs the massage concept, which the anaphora declaration names: its noun
  // forms are what an intro must mention ("massaged", "massaging" are verbs).
  const mentions = new Set((bundle.anaphora?.antecedents ?? []).filter((w) => !/(ed|ing)$/.test(w)));
  const leads = bundle.anaphora ? leadsFor(bundle.anaphora.alias) : [];
  const subject = bundle.anaphora?.alias;
  /** Does the sentence name massage: a mention among its words' keys? */
  const isMention = (t: Token) => t.keys.some((k) => mentions.has(k));
  const namesMassage = (s: Sentence) => s.tokens.some(isMention);
  const prefilter = createPrefilter(
    bundle.prefilter,
    bundle.anaphora ? { words: [...new Set(leads.flat())], mentions, cues: INTRO_CUES } : undefined,
    subject === undefined ? undefined : [subject, ...HELP_LEADS],
    bundle.model === undefined ? undefined : (text) => isModelTopic(text),
  );
  const claims = new Map(bundle.claims.map((c) => [c.id, c]));
  const { patterns, vetoes, slotWords, phrases } = runtimeTables(bundle);
  const index = indexPatterns(patterns, slotWords);
  const concepts = conceptIndex(bundle, phrases);
  const model = bundle.model && runtimeModel(bundle.model);
  const stanceModel = bundle.model?.stance && runtimeStanceModel(bundle.model.stance);
  /** The stance each match was given from the cues of its own sentence, if it was. */
  const cueRead = new WeakMap<ClaimMatch, Stance>();
  /**
   * Claims stated in the negative ("Massage should not replace ... medical care", "If muscle spasms
   * do not relax ..."): a pattern names their negation among its words, the model cannot, so for its
   * hits the negators around them count as the claim's own ("We're not a substitute for a doctor").
   */
  const negativeClaims = new Set(bundle.claims.filter((c) => statesNegation(c.statement)).map((c) => c.id));
  /** Claims whose finding, in a sentence not naming massage, keeps the model from others (claim files' `overridesUnnamed`). */
  const unnamedOverrides = bundle.claims.filter((c) => c.overridesUnnamed?.length).map((c) => [c.id, c.overridesUnnamed!] as const);

  /**
   * Matches that override nothing. Those found by a pattern of the claim's opposite: such a sentence
   * disputes the claim ("gentle massage helped back pain as much as deep work"), it does not state
   * the claim more precisely than a broader one, which it may well assert. And those found by a
   * concept rule: it knows which words are there, not how they relate, so it cannot say that a
   * broader claim's words mean the narrower one.
   */
  const overridesNothing = new WeakSet<ClaimMatch>();

  /**
   * The claims of a sentence by its patterns (and their readings) and concept rules; or, with
   * `learnt`, by the claim model alone (claim-model.ts), for the claims not in `learnt`: what every
   * other reading of the sentence found, since the model is the last resort.
   */
  function matchSentence(s: Sentence, carried?: Carried, learnt?: ReadonlySet<string>): ClaimMatch[] {
    const found = new Map<string, ClaimMatch>();
    if (learnt) {
      // A sentence about a session with someone else ("Skip your appointment with the dentist if you
      // have a fever") says nothing of massage unless it names it; the patterns know this
      // (pronouns.ts), the model's words do not.
      const named = model !== undefined && namesMassage(s);
      if (model && s.tokens.length >= MODEL_MIN_WORDS && (named || !namesSessionElsewhere(s, isMention))) {
        const hits = modelHits(model, s.tokens, (claim) => learnt.has(claim) || !claims.has(claim));
        // The vetoes were looked up for this sentence's patterns already; again only where the model found something.
        const vetoed = hits.length > 0 ? blockedTokens(vetoes, s.tokens) : [];
        // Relief another treatment brings ("twenty minutes of warmth takes the edge off my back"):
        // where a pattern found that treatment's claim, a sentence not naming massage is no massage claim.
        const overridden = new Set(named || hits.length === 0 ? [] : unnamedOverrides.filter(([by]) => learnt.has(by)).flatMap(([, claims]) => claims));
        for (const { claim, probability, disputeProbability, hit } of hits) {
          if (hit.literal.some((i) => vetoed[i])) continue;
          if (overridden.has(claim)) continue;
          take({ claim, opposite: undefined }, negativeClaims.has(claim) ? withOwnNegators(s.tokens, hit) : hit, true, { probability, disputeProbability });
        }
      }
      return [...found.values()];
    }
    const blocked = blockedTokens(vetoes, s.tokens);
    const eligible = eligibility(index, s.tokens);
    for (const { pattern, hit } of matchAll(index, s.tokens, blocked, eligible, carried && !carried.anywhere ? [0, 0] : undefined)) {
      if (carried && !carried.accept(hit)) continue;
      take(pattern, hit);
    }
    // Claims an aside or a list splits ("Massage, and I was a sceptic, settles my back"); the
    // eligibility of the whole sentence holds for any part of it.
    if (!carried) {
      const said = new Set(found.keys());
      for (const reading of [...withoutAsides(s), ...listReadings(s)]) {
        const kept = reading.from.map((i) => blocked[i]!);
        for (const { pattern, hit } of matchAll(index, reading.tokens, kept, eligible, reading.starts)) {
          const own = said.has(pattern.claim) ? undefined : hitInSentence(hit, reading);
          if (own) take(pattern, own);
        }
      }
    }
    // The fallback: claims no pattern found, by their concept rules; a carried reading's hit must
    // use the carried words as a pattern's must.
    for (const { rule, hit } of matchConcepts(concepts, s.tokens, blocked, found)) {
      if (!carried || carried.accept(hit)) take(rule, hit, true);
    }
    return [...found.values()];

    /** `byConcept`: the hit is a concept rule's (concepts.ts) or the model's, not a pattern's; `learnt`: the model's odds for it. */
    function take(pattern: Pick<RuntimePattern, 'claim' | 'opposite'>, hit: PatternHit, byConcept = false, learnt?: { probability: number; disputeProbability: number }): void {
      const start = s.tokens[hit.from]!.start;
      const end = Math.max(...s.tokens.slice(hit.from, hit.to).map((t) => t.end));
      const prior = found.get(pattern.claim);
      // One match per claim per sentence: the earliest, then the tightest; but a later hit whose own
      // words hold the negation an earlier one read as its denial says what the sentence says ("...
      // see a doctor first, because massage is not a replacement for medical care").
      const explainsDenial = prior?.stance === 'disputes' && hit.literal.some((i) => s.tokens[i]!.start >= prior.end && isNegator(s.tokens, i));
      if (prior && !explainsDenial && (prior.start < start || (prior.start === start && prior.end <= end))) return;
      const info = claims.get(pattern.claim)!;
      const cued = stanceOf(s.tokens, s.text, s.start, hit, s.question, pattern.opposite);
      const read = learnt && model ? modelStance(model, cued.stance, learnt.disputeProbability) : cued.stance;
      const stance = carried ? carried.stance(read) : read;
      if (!stance) return;
      const penalty = (cued.conflict ? 0.15 : 0) + (carried ? CARRIED_PENALTY : 0) + (byConcept ? CONCEPT_PENALTY : 0);
      const confidence = learnt?.probability ?? Math.max(0.3, Math.min(1, 1 - 0.04 * hit.gapWords - penalty));
      const match: ClaimMatch = {
        claimId: info.id,
        verdict: info.verdict,
        stance,
        start,
        end,
        text: '',
        sentence: s.text,
        sentenceStart: s.start,
        confidence: Math.round(confidence * 100) / 100,
      };
      if (pattern.opposite || byConcept) overridesNothing.add(match);
      // A stance read from cues, which the stance model may revisit; not an `opposites` pattern's,
      // whose wording is the denial.
      if (!carried && !pattern.opposite) cueRead.set(match, stance);
      found.set(pattern.claim, match);
    }
  }

  /**
   * Claims a short question and its answer make together ("Back pain? Try a massage."), read on the
   * question's problem words with the answer's offer as a stand-in lead, for claims neither
   * sentence holds on its own. The mark covers the question and the answer's offer.
   */
  function pairMatches(text: string, question: Sentence, answer: Sentence, own: readonly ClaimMatch[]): ClaimMatch[] {
    if (subject === undefined || text.slice(question.end, answer.start).includes('\n')) return [];
    const pair = readQuestionAnswer(question, answer, blockedTokens(vetoes, answer.tokens), mentions);
    if (!pair) return [];
    const said = new Set(own.filter((m) => m.sentenceStart === question.start || m.sentenceStart === answer.start).map((m) => m.claimId));
    const sentence = text.slice(question.start, answer.end);
    const found = new Map<string, ClaimMatch>();
    // Each part of the problem ("Stress, poor circulation?") is read with the first lead that yields claims.
    for (const part of problemParts(pair.problem)) {
      for (const verb of pair.leads) {
        const lead = [subject, ...verb];
        // The question's own "?" hedges nothing here: the answer says what the pair claims.
        const s = { ...withLead(question, part, lead)!, question: false };
        const claims = matchSentence(s, { accept: (hit) => answers(pair, lead.length, hit), stance: () => pair.stance });
        for (const m of claims) if (!found.has(m.claimId)) found.set(m.claimId, m);
        if (claims.length > 0) break;
      }
    }
    return [...found.values()].filter((m) => !said.has(m.claimId)).map((m) => ({ ...m, start: pair.start, end: pair.end, sentence, sentenceStart: question.start }));
  }

  /** The first sentence after a question in the text (its block or the next), when the window ends with the question. */
  function sentenceAfter(text: string, question: Sentence): Sentence | undefined {
    const next = answerAfter(text, question.end);
    return next && sentencesOf(next.text, next.start)[0];
  }

  /**
   * The answer right after a how-often question ("How often should I get a massage?" / "Twice a
   * week."), read with the subject in front of it; nothing if the answer names the subject itself.
   */
  function howOftenMatches(text: string, question: Sentence, next: Sentence | undefined): ClaimMatch[] {
    if (subject === undefined) return [];
    const s = next ?? sentenceAfter(text, question);
    if (!s || namesMassage(s)) return [];
    const read = withLead(s, s.start, [subject])!;
    return matchSentence(read, SUBJECT_LEAD);
  }

  /**
   * "Massage is the only thing that helps my back. Not a cure, but ...": a sentence without a
   * subject of its own after one that names massage, read with the massage in front; claims it
   * already holds on its own reading are left as they are.
   */
  function elidedSubjectMatches(before: Sentence, s: Sentence, found: readonly ClaimMatch[]): ClaimMatch[] {
    if (subject === undefined || !namesMassage(before)) return [];
    const extra = elidedSubjectLead(s);
    if (!extra) return [];
    const own = new Set(found.filter((m) => m.sentenceStart === s.start).map((m) => m.claimId));
    const read = withLead(s, s.start, [subject, ...extra])!;
    return matchSentence(read, SUBJECT_LEAD).filter((m) => !own.has(m.claimId));
  }

  /** Claims that other claims say more precisely (claim files' `overrides`), by the overriding claim. */
  const overrides = new Map(bundle.claims.filter((c) => c.overrides?.length).map((c) => [c.id, new Set(c.overrides)]));
  /** Drops the matches a more precise claim found in the same sentence overrides. */
  const withoutOverridden = (matches: ClaimMatch[]) => {
    if (overrides.size === 0) return matches;
    const over = (m: ClaimMatch) =>
      matches.some((o) => o.sentenceStart === m.sentenceStart && overrides.get(o.claimId)?.has(m.claimId) && !overridesNothing.has(o));
    return matches.filter((m) => !over(m));
  };

  const resolvePronouns = createPronounResolver(bundle.anaphora);
  // Vetoed devices named by a mention and one word ("massage chair"): their pages are not about massage.
  const devices = vetoes.filter((v) => v.length === 2 && [...v[0]!].some((form) => mentions.has(form))).flatMap((v) => [...v[1]!]);
  const mentionFinder = createMentionFinder(mentions, devices);
  /**
   * The model reads words, not how they relate: it is asked only on a text about back pain or
   * massage therapy, with a mention per MODEL_TOPIC_CHARS. Not the kitchen's massage: "massage the
   * kale" three times would make a cooking blog one, and its heart-health sidebar's "sleep better
   * and report lower levels of stress" weighs like the massage claim; nor a massage chair's.
   */
  function isModelTopic(text: string): boolean {
    const least = modelTopicMentions(text, TOPIC_MENTIONS);
    return isAboutBackPain(text, least) || mentionFinder.isTherapyTopicOf(text, least);
  }
  const resolveProblems = createProblemResolver(mentions);
  const warningLead = subject === undefined ? [] : [WARNING_WORDS[0]!, subject, ...WARNING_WORDS.slice(1)];
  const readItems = createItemReader({ match: matchSentence, vetoes, mentions, leads, warningLead, remedyTail: REMEDY_WORDS });

  /**
   * On a text about back pain, the claims a sentence naming massage makes with the complaint left
   * unsaid ("Massage helps me, but ..."), read with a stand-in for it. A sentence that
   * already makes a claim is left alone: its relief words belong to it ("if a spasm won't release,
   * more massage won't help").
   */
  function impliedMatches(s: Sentence, found: readonly ClaimMatch[]): ClaimMatch[] {
    if (!namesMassage(s) || found.some((m) => m.sentenceStart === s.start)) return [];
    // One reading per relief or cure word: "helpful for some, but not a cure" says both.
    const out = new Map<string, ClaimMatch>();
    for (const { sentence, at } of impliedReadings(s)) {
      const uses: Carried = { accept: (hit) => hit.literal.includes(at), stance: (stance) => stance, anywhere: true };
      for (const m of matchSentence(sentence, uses)) if (!out.has(m.claimId)) out.set(m.claimId, m);
    }
    return [...out.values()];
  }

  function* steps(text: string) {
    const items = readItems(text);
    let topic: boolean | undefined;
    const onTopic = () => (topic ??= mentionFinder.isTopicOf(text));
    for (const w of prefilter.windows(text)) {
      const slice = text.slice(w.start, w.end);
      const sentences = sentencesOf(slice, w.start);
      expandAbbreviations(text, sentences);
      // An item's "It ..." refers to the subject of the intro it sits under ("Why athletes love massage:" / "- It boosts circulation").
      const introSays = (w.item ? items.introStance(w) : undefined) ?? (w.series ? items.seriesStance(w.series) : undefined);
      resolvePronouns(sentences, introSays !== undefined || mentionFinder.namedAbove(text, w.start), onTopic);
      resolveProblems(sentences, sentenceBefore(text, w.start));
      const matches = sentences.flatMap((s) => matchSentence(s));
      for (let i = 0; i + 1 < sentences.length; i++) {
        if (sentences[i]!.question) matches.push(...pairMatches(text, sentences[i]!, sentences[i + 1]!, matches));
      }
      sentences.forEach((s, i) => {
        if (asksHowOften(s, mentions)) matches.push(...howOftenMatches(text, s, sentences[i + 1]));
        if (i > 0) matches.push(...elidedSubjectMatches(sentences[i - 1]!, s, matches));
      });
      /** The stances the sentences around a claim's own settle (`all`: every match of the window so far). */
      const settle = (settling: readonly ClaimMatch[], all: readonly ClaimMatch[]) => {
        // "Does massage flush toxins?" / "No. ...": the question's claims take the answer's side.
        // "CLAIM: Massage flushes toxins." / "VERDICT: False": the claim line takes the verdict's side.
        for (const m of settling) {
          const own = sentences.find((s) => s.start === m.sentenceStart);
          const answered = !own ? undefined : own.question ? (m.stance === 'hedges' ? answeredStance(text, own) : undefined) : verdictStance(text, own);
          // "Clinics promise to flush toxins. Neither is true.": a claim called wrong right after it
          // is disputed; if its sentence also attributes claims to others, the rebuttal answers those.
          const rebuttable = m.stance === 'hedges' || (m.stance === 'asserts' && !all.some((o) => o.sentenceStart === m.sentenceStart && o.stance === 'hedges'));
          const rebutted = own && !answered && rebuttable ? rebuttedStance(text, own, m.end) : undefined;
          // An answer that states the claim itself ("Will massage give you better skin? ... there's no
          // evidence that massage makes skin healthier") is marked with its own stance; the question keeps its hedge.
          // "Massage improves skin health, but the evidence is limited": stated, not stood behind.
          const weak = own && !answered && !rebutted && m.stance === 'asserts' ? weakEvidenceStance(text, own, m.start, m.end) : undefined;
          if (answered ?? rebutted ?? weak) m.stance = (answered ?? rebutted ?? weak)!;
        }
      };
      settle(matches, matches);
      if (w.topic) matches.push(...items.topicMatches(w, sentences, matches));
      if (w.impliedComplaint) for (const s of sentences) matches.push(...impliedMatches(s, matches));
      if (w.item && sentences[0]) {
        matches.push(...items.matches(w, sentences[0], matches));
        items.lendIntroStance(w, matches);
      }
      // Last, on a text about the topic: the claim model, for the claims no other reading found in
      // a sentence (it reads words, not how they relate; claim-model.ts).
      if (w.modelTopic) {
        const learnt = sentences.flatMap((s) => matchSentence(s, undefined, new Set(matches.filter((m) => m.sentenceStart === s.start).map((m) => m.claimId))));
        settle(learnt, [...matches, ...learnt]);
        // An item under a myths or a hearsay intro takes its stance, as the patterns' matches did.
        if (w.item) items.lendIntroStance(w, learnt);
        matches.push(...learnt);
      }
      // "Things I don't tell clients" / "- That massage realigns the spine.": named, not made (that-lists.ts).
      for (const s of sentences) {
        if (s.tokens[0]?.norm !== 'that') continue;
        const listed = thatListStance(text, s.start);
        if (!listed) continue;
        for (const m of matches) if (m.sentenceStart === s.start && (m.stance === 'asserts' || listed === 'disputes')) m.stance = listed;
      }
      const kept = withoutOverridden(matches);
      // Last of all, the learnt second opinion on the stances read from cues (stance-model.ts).
      if (stanceModel || onSecondOpinion) {
        for (const m of openToSecondOpinion(kept, (match) => cueRead.get(match))) {
          const features = matchStanceFeatures(m, sentences.find((s) => s.start === m.sentenceStart));
          onSecondOpinion?.(m, features);
          if (stanceModel) m.stance = learntStance(stanceModel, features, m.stance);
        }
      }
      for (const m of kept) m.text = text.slice(m.start, m.end);
      yield { matches: kept, chars: slice.length, sentences: sentences.length };
    }
  }

  function scan(text: string, options: ScanOptions = {}): ScanResult {
    const { budgetMs = 250, maxCandidateChars = 200_000, now = () => performance.now() } = options;
    if (!prefilter.test(text)) return { matches: [], outcome: 'no-candidates', sentences: 0 };
    const deadline = now() + budgetMs;
    const matches: ClaimMatch[] = [];
    let chars = 0;
    let sentences = 0;
    let parsed = false;
    for (const step of steps(text)) {
      parsed = true;
      matches.push(...step.matches);
      chars += step.chars;
      sentences += step.sentences;
      if (chars >= maxCandidateChars) return { matches, outcome: 'size-limit', sentences };
      if (now() > deadline) return { matches, outcome: 'time-budget', sentences };
    }
    // No window passed the prefilter's second stage: no NLP ran, as with no anchor word at all.
    if (!parsed) return { matches, outcome: 'no-candidates', sentences };
    return { matches: matches.sort((a, b) => a.start - b.start || a.end - b.end), outcome: 'complete', sentences };
  }

  return { prefilter, claims, scan, steps };
}
