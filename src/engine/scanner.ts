/**
 * The engine's entry point: text in, ClaimMatch[] out. Pure: no DOM, no browser APIs.
 *
 * Flow: prefilter hits -> candidate windows -> sentences (compromise) -> patterns whose anchor
 * word is in the sentence -> matcher -> stance. Work is split into steps (one window each) so a
 * caller can spread a long text over several idle slices; `scan` runs the steps under a time and
 * size budget and says how it ended, so hostile text returns promptly with a clear outcome.
 */
import { carriedStance, carries, INTRO_CUES, introStance, leadsFor, namesSubject, withLead } from './carryover';
import { blockedTokens, eligibility, indexPatterns, matchAll, runtimeTables, type PatternHit } from './match';
import { createPrefilter, type CandidateWindow, type Prefilter } from './prefilter';
import { answeredStance } from './faq-answer';
import { answers, HELP_LEADS, readQuestionAnswer } from './question-lead';
import { blockAt, isLeadIn, type Block } from './sections';
import { stanceOf } from './stance';
import { sentencesOf, type Sentence, type Token } from './tokenize';
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

/** A fragment read with borrowed words before its own: which hits count, and the stance they get. */
interface Carried {
  accept(hit: PatternHit): boolean;
  stance(fragment: Stance): Stance | undefined;
  /** Hits may start anywhere, not only at the borrowed first word (a lead-in's words). */
  anywhere?: boolean;
}

/** Pronouns that need a plural antecedent. */
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = /(ss|us|is|ous|ics|'s|’s)$|^(was|has|does|its|this|yes|thus|plus|always|perhaps|sometimes|towards|as)$/;

/** A word that may be a plural noun: another candidate for "they". */
function looksPlural(norm: string): boolean {
  return norm.length > 3 && norm.endsWith('s') && !NOT_PLURAL.test(norm);
}

/**
 * A plural mention of the antecedent: "massages" (not after a singular subject, "she massages"),
 * or "massage" heading a plural noun that is not a person ("massage sessions", not "therapists").
 */
function isPluralMention(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  const next = tokens[i + 1]?.norm ?? '';
  if (looksPlural(norm)) return !SINGULAR_SUBJECTS.has(tokens[i - 1]?.norm ?? '');
  return /^(sessions|treatments|therapies|techniques|appointments)$/.test(next);
}
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it', 'who', 'therapist', 'masseuse', 'masseur', 'practitioner']);

/** Last words of a lead-in that leave its sentence open for the item to complete. */
const OPEN_ENDS = new Set([
  'if', 'when', 'whenever', 'while', 'unless', 'you', 'have', 'has', 'had', 'having', 'are', 'is', 'were', 'was', 'be', 'with',
  'from', 'by', 'include', 'includes', 'including', 'as', 'like', 'to', 'of', 'the', 'a', 'an', 'any', 'your', 'experience', 'feel',
]);

/** An item under a myths intro that states the facts too. */
const SETS_STRAIGHT = /\b(?:facts?|truth|reality)\b/i;

/** Carried matches are less sure than a sentence that names its subject. */
const CARRIED_PENALTY = 0.1;

export function createScanner(bundle: CompiledBundle): Scanner {
  // Subject carry-over needs the massage concept, which the anaphora declaration names: its noun
  // forms are what an intro must mention ("massaged", "massaging" are verbs).
  const mentions = new Set((bundle.anaphora?.antecedents ?? []).filter((w) => !/(ed|ing)$/.test(w)));
  const leads = bundle.anaphora ? leadsFor(bundle.anaphora.alias) : [];
  const subject = bundle.anaphora?.alias;
  const prefilter = createPrefilter(
    bundle.prefilter,
    bundle.anaphora ? { words: [...new Set(leads.flat())], mentions, cues: INTRO_CUES } : undefined,
    subject === undefined ? undefined : [subject, ...HELP_LEADS],
  );
  const claims = new Map(bundle.claims.map((c) => [c.id, c]));
  const { patterns, vetoes, slotWords } = runtimeTables(bundle);
  const index = indexPatterns(patterns, slotWords);

  function matchSentence(s: Sentence, carried?: Carried): ClaimMatch[] {
    const eligible = eligibility(index, s.tokens);
    const blocked = blockedTokens(vetoes, s.tokens);
    const found = new Map<string, ClaimMatch>();
    for (const { pattern, hit } of matchAll(index, s.tokens, blocked, eligible, carried && !carried.anywhere ? 0 : undefined)) {
      if (carried && !carried.accept(hit)) continue;
      const start = s.tokens[hit.from]!.start;
      const end = Math.max(...s.tokens.slice(hit.from, hit.to).map((t) => t.end));
      const prior = found.get(pattern.claim);
      // One match per claim per sentence: the earliest, then the tightest.
      if (prior && (prior.start < start || (prior.start === start && prior.end <= end))) continue;
      const info = claims.get(pattern.claim)!;
      const cued = stanceOf(s.tokens, s.text, s.start, hit, s.question);
      const stance = carried ? carried.stance(cued.stance) : cued.stance;
      if (!stance) continue;
      const penalty = (cued.conflict ? 0.15 : 0) + (carried ? CARRIED_PENALTY : 0);
      const confidence = Math.max(0.3, Math.min(1, 1 - 0.04 * hit.gapWords - penalty));
      found.set(pattern.claim, {
        claimId: info.id,
        verdict: info.verdict,
        stance,
        start,
        end,
        text: '',
        sentence: s.text,
        sentenceStart: s.start,
        confidence: Math.round(confidence * 100) / 100,
      });
    }
    return [...found.values()];
  }

  const antecedents = new Set(bundle.anaphora?.antecedents ?? []);
  const pronouns = new Set(bundle.anaphora?.pronouns ?? []);
  /**
   * Marks pronouns that refer back to the antecedent concept: a mention earlier in the sentence or
   * in the previous sentence of the same block (a window never crosses a block boundary), or, for
   * a list item, in the intro that makes massage the actor of its items (`afterMention`). A plural
   * pronoun ("they") needs a plural mention ("massages") with no other plural-looking word after it
   * ("Massages relax the muscles. They ..." is left alone: "they" may be the muscles).
   */
  function resolvePronouns(sentences: Sentence[], afterMention: boolean) {
    if (!bundle.anaphora) return;
    let previous = { singular: afterMention, plural: false };
    for (const s of sentences) {
      const seen = { ...previous };
      const mentions = { singular: false, plural: false };
      s.tokens.forEach((t, i) => {
        if (antecedents.has(t.norm)) {
          const plural = isPluralMention(s.tokens, i);
          seen.singular = mentions.singular = true;
          seen.plural = mentions.plural = plural;
        } else if (pronouns.has(t.norm) && (PLURAL_PRONOUNS.has(t.norm) ? seen.plural : seen.singular)) {
          t.alias = bundle.anaphora!.alias;
          t.keys.push(t.alias);
        } else if (looksPlural(t.norm) && !(i > 0 && antecedents.has(s.tokens[i - 1]!.norm) && isPluralMention(s.tokens, i - 1))) {
          seen.plural = mentions.plural = false;
        }
      });
      previous = mentions;
    }
  }

  /** The stance an intro lends its items (undefined: it lends none), read once per scan. */
  function readIntro(text: string, intro: Block, cache: Map<number, Stance | undefined>): Stance | undefined {
    if (cache.has(intro.start)) return cache.get(intro.start);
    const last = sentencesOf(text.slice(intro.start, intro.end), intro.start).at(-1);
    const stance = last && introStance(last, blockedTokens(vetoes, last.tokens), mentions);
    cache.set(intro.start, stance);
    return stance;
  }

  /**
   * Claims of a window's first sentence read with the subject its intro carries over, for claims
   * the sentence did not already hold on its own.
   */
  function carriedMatches(text: string, w: CandidateWindow, first: Sentence, own: ClaimMatch[], cache: Map<number, Stance | undefined>): ClaimMatch[] {
    const introSays = w.item && !namesSubject(first, w.item.content, mentions) && readIntro(text, w.item.intro, cache);
    if (!introSays) return [];
    const out = new Map<string, ClaimMatch>();
    for (const m of own) if (m.sentenceStart === first.start) out.set(m.claimId, m);
    const owned = out.size;
    for (const lead of leads) {
      const s = withLead(first, w.item!.content, lead);
      if (!s) break;
      const carried: Carried = { accept: (hit) => carries(s, lead.length, hit), stance: (fragment) => carriedStance(introSays, fragment) };
      for (const m of matchSentence(s, carried)) if (!out.has(m.claimId)) out.set(m.claimId, m);
    }
    return [...out.values()].slice(owned);
  }

  /**
   * The words of a lead-in ("Avoid massage if you have:"), without its colon, read once per scan;
   * undefined if it cannot start its items' sentences. One that names massage must end open, on a
   * word that needs what follows ("if you have:", "such as:"): "Before your massage:", "Alternatives
   * to massage:", "Our massage menu:" head lists of other things.
   */
  function readLeadIn(text: string, intro: Block, cache: Map<number, Token[] | undefined>): Token[] | undefined {
    if (cache.has(intro.start)) return cache.get(intro.start);
    const line = text.slice(intro.start, intro.end);
    let tokens = isLeadIn(line) ? sentencesOf(line.replace(/[:\uff1a]\s*$/, ''), intro.start).at(-1)?.tokens : undefined;
    if (tokens?.some((t) => mentions.has(t.norm)) && !OPEN_ENDS.has(tokens.at(-1)!.norm)) tokens = undefined;
    cache.set(intro.start, tokens);
    return tokens;
  }

  /**
   * Claims an item completes with its lead-in, read as one sentence ("Avoid massage if you have:" /
   * "- a fever"; "Common causes of back pain include:" / "- poor posture"), for claims not found
   * otherwise, under intros that do not carry massage as the actor (those are carryover.ts's). A
   * match must use words of both; its mark covers the item's words only (the lead-in's words
   * stand, zero-width, where the item's first word starts, as a carried subject does).
   */
  function leadInMatches(text: string, w: CandidateWindow, first: Sentence, found: readonly ClaimMatch[], cache: Map<number, Token[] | undefined>): ClaimMatch[] {
    const lead = readLeadIn(text, w.item!.intro, cache);
    const own = first.tokens.filter((t) => t.start >= w.item!.content);
    if (!lead?.length || own.length === 0) return [];
    const at = own[0]!.start;
    const n = lead.length;
    const s: Sentence = { ...first, tokens: [...lead.map((t) => ({ ...t, keys: [...t.keys], start: at, end: at })), ...own] };
    const said = new Set(found.filter((m) => m.sentenceStart === first.start).map((m) => m.claimId));
    const both = (hit: PatternHit) => hit.literal.some((i) => i < n) && hit.literal.some((i) => i >= n);
    return matchSentence(s, { accept: both, stance: (stance) => stance, anywhere: true }).filter((m) => !said.has(m.claimId));
  }

  /**
   * The intro's stance holds for the claims an item states itself, as for those it carries: under a
   * myths intro ("Three massage myths, busted") "Massage flushes toxins." disputes, unless the item
   * sets the record straight itself; under "Some therapists claim massage can:" it hedges. Claims in
   * the item's block only.
   */
  function lendIntroStance(text: string, w: CandidateWindow, matches: ClaimMatch[], intro: Stance): void {
    if (intro === 'asserts') return;
    const block = blockAt(text, w.item!.content);
    if (intro === 'disputes' && SETS_STRAIGHT.test(text.slice(block.start, block.end))) return;
    for (const m of matches) {
      if (m.start < block.start || m.end > block.end) continue;
      if (intro === 'disputes') m.stance = 'disputes';
      else if (m.stance === 'asserts') m.stance = 'hedges';
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
    for (const verb of pair.leads) {
      const lead = [subject, ...verb];
      // The question's own "?" hedges nothing here: the answer says what the pair claims.
      const s = { ...withLead(question, pair.problem[0]!.start, lead)!, question: false };
      const found = matchSentence(s, { accept: (hit) => answers(pair, lead.length, hit), stance: () => pair.stance });
      if (found.length === 0) continue;
      return found.filter((m) => !said.has(m.claimId)).map((m) => ({ ...m, start: pair.start, end: pair.end, sentence, sentenceStart: question.start }));
    }
    return [];
  }

  function* steps(text: string) {
    const intros = new Map<number, Stance | undefined>();
    const leadIns = new Map<number, Token[] | undefined>();
    for (const w of prefilter.windows(text)) {
      const slice = text.slice(w.start, w.end);
      const sentences = sentencesOf(slice, w.start);
      // An item's "It ..." refers to the subject of the intro it sits under ("Why athletes love massage:" / "- It boosts circulation").
      const introSays = w.item ? readIntro(text, w.item.intro, intros) : undefined;
      resolvePronouns(sentences, introSays !== undefined);
      const matches = sentences.flatMap((s) => matchSentence(s));
      for (let i = 0; i + 1 < sentences.length; i++) {
        if (sentences[i]!.question) matches.push(...pairMatches(text, sentences[i]!, sentences[i + 1]!, matches));
      }
      // "Does massage flush toxins?" / "No. ...": the question's claims take the answer's side.
      for (const m of matches) {
        if (m.stance !== 'hedges') continue;
        const question = sentences.find((s) => s.start === m.sentenceStart && s.question);
        const answered = question && answeredStance(text, question);
        if (answered) m.stance = answered;
      }
      if (w.item && sentences[0]) {
        matches.push(...carriedMatches(text, w, sentences[0], matches, intros));
        // An intro that makes massage the actor carries it, with the carry's own precautions.
        if (!introSays) matches.push(...leadInMatches(text, w, sentences[0], matches, leadIns));
        if (introSays) lendIntroStance(text, w, matches, introSays);
      }
      for (const m of matches) m.text = text.slice(m.start, m.end);
      yield { matches, chars: slice.length, sentences: sentences.length };
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
