/**
 * Question-answer claims: a short question naming a problem or a wish, then an answer offering
 * massage for it ("Lower back pain? Try a massage.", "Struggling to sleep? A massage before bed can
 * help."). The pair is read as one claim: the question's problem words get a stand-in lead
 * ("massage helps <problem>", as carryover.ts does for list items), and the claim patterns decide
 * which claim that is. A wrong mark costs more than a missed one, so:
 *  - the question is short, names no massage itself ("Questions about massage?"), and is no wh- or
 *    yes/no question ("Is massage safe ...?", "Why does my back hurt?") unless one of the openers
 *    below starts it ("Do you suffer from ..."); an opener ("want", "struggling with") is set aside;
 *  - the answer offers massage itself: an imperative whose object is massage ("Book a monthly
 *    massage", not "See a doctor before any massage"), or massage as the subject of a helping
 *    predicate ("can help", "works wonders", "is the answer"); "massage chair", "massage prices" and
 *    "massage oil" are no offer;
 *  - an answer acting on the problem with its own verb ("will work them out", "won't fix it")
 *    decides the claim with that verb alone: "can make it worse" never falls back to "helps";
 *  - the stance is the answer's (its own negation or hedge, read by stance.ts), hedged by a hedge
 *    in the question; a question with a disputing cue ("Tired of back pain myths?") is left alone.
 */
import { isClauseStart } from './clauses';
import type { PatternHit } from './match';
import { MASSAGE_KINDS } from './massage-kinds';
import { cuesAt, phraseAt, stanceOf } from './stance';
import type { Sentence, Token } from './tokenize';
import type { Stance } from './types';

/** Longest question read as a problem, and longest problem once its opener is set aside. */
const MAX_QUESTION_WORDS = 10;
const MAX_PROBLEM_WORDS = 8;

/** Verbs standing in for an answer that offers massage as help: "helps <problem>", "improves <wish>". */
export const HELP_LEADS = ['help', 'improve'];

/** Openers of a problem or wish, set aside before the problem words (longest first). */
const OPENERS = [
  'do you suffer from', 'do you struggle with', 'do you struggle to', 'do you have', 'do you need', 'do you want',
  'are you suffering from', 'are you struggling with', 'are you struggling to', 'are you dealing with', 'are you living with',
  'are you tired of', 'are you looking for', 'have you got', 'struggling with', 'struggling to', 'struggle with', 'struggle to',
  'suffering from', 'suffering with', 'suffer from', 'dealing with', 'living with', 'coping with', 'tired of', 'sick of',
  'fed up with', 'bothered by', 'troubled by', 'plagued by', 'looking for', 'searching for', 'hoping for', 'hoping to',
  'trying to', 'want to', 'need to', 'can not', 'worried about', 'concerned about', 'want', 'need', 'got', 'have', 'having',
  'feeling', 'battling', 'still',
]
  .map((o) => o.split(' '))
  .sort((a, b) => b.length - a.length);

/** A question opening with these asks something else than "got this problem?": "Is massage safe?", "Why ...?". */
const NOT_A_PROBLEM = new Set([
  'what', 'why', 'how', 'when', 'where', 'who', 'which', 'whose', 'is', 'are', 'was', 'were', 'am', 'can', 'could', 'does',
  'do', 'did', 'will', 'would', 'should', 'shall', 'has', 'have', 'had', 'may', 'might', 'must', 'i', 'you', 'we', 'they',
  'he', 'she', 'it', 'this', 'that', 'there', 'here', 'any', 'anyone', 'anybody',
]);

/** Words that may describe the massage offered: "a deep tissue massage", "our weekly hot stone massage". */
const MODIFIERS = new Set([...MASSAGE_KINDS, 'a', 'an', 'the', 'our', 'your', 'one', 'some', 'this']);
/** Before a massage subject, besides modifiers: who says so, and a denial ("Some say massage helps", "No massage can"). */
const ATTRIBUTION = new Set([
  'some', 'many', 'most', 'people', 'therapists', 'spas', 'clinics', 'experts', 'say', 'says', 'claim', 'claims', 'believe',
  'believes', 'think', 'swear', 'that', 'no', 'not', 'sorry', 'honestly', 'well', 'yes', 'unfortunately', 'then', 'so', 'let',
]);
/** Words completing the mention: "massage therapists", "a massage session". */
const TAIL = new Set(['therapy', 'therapies', 'therapist', 'therapists', 'treatment', 'treatments', 'session', 'sessions', 'appointment', 'appointments']);
/** Right after the massage offered: a time, place or verb, never another noun ("massage chair", "massage prices"). */
const NEXT = new Set([
  'for', 'with', 'from', 'at', 'before', 'after', 'today', 'tonight', 'now', 'and', 'to', 'this', 'every', 'once', 'or', 'in',
  'on', 'near', 'here', 'instead', 'soon', 'first', 'regularly', 'can', 'will', 'may', 'might', 'could', 'would', 'should', 'does',
  'do', 'did', 'is', 'are', 'was', 'were', 'really', 'also', 'often', 'usually', 'actually', 'even', 'just', 'help', 'helps',
  'works', 'work', 'take', 'takes',
]);

/** Imperatives that offer massage, and the words that may soften them ("Just book a massage"). */
const IMPERATIVES = new Set(['try', 'book', 'get', 'consider', 'schedule', 'see', 'visit', 'reserve', 'enjoy', 'treat', 'give', 'choose', 'start', 'add']);
const SOFTENERS = new Set(['just', 'simply', 'then', 'so', 'now', 'please']);
/** Between an imperative and massage, besides modifiers: "Treat yourself to a massage". */
const OBJECT_WORDS = new Set(['yourself', 'to']);
/** How far a massage subject may stand from the answer's start, and its predicate from it. */
const MAX_LEAD_IN = 6;
const PREDICATE_REACH = 5;

/** Predicates offering massage as help, as word sequences. */
const HELP_PHRASES = [
  'help', 'helps', 'helped', 'do wonders', 'does wonders', 'did wonders', 'work wonders', 'works wonders', 'worked wonders',
  'do the trick', 'does the trick', 'did the trick', 'be the answer', 'is the answer', 'be the solution', 'is the solution',
  'make a difference', 'makes a difference', 'make a big difference', 'makes a big difference', 'make it better', 'makes it better',
  'take care of', 'takes care of',
].map((p) => p.split(' '));
/** "Massage works." at the end of its clause helps; "massage works on muscles" describes. */
const WORKS = new Set(['work', 'works', 'worked']);

/** The problem named by the question's own verb's object: "will work them out", "can break it down". */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'that']);
const PARTICLES = new Set(['out', 'up', 'down', 'away', 'off']);
/** Verbs ending in a preposition: "can get rid of it". */
const PREPOSITION_VERBS = [['get', 'rid', 'of']];
/** Words before a pronoun that are no verb acting on it: "help with it", "is it". */
const NOT_A_VERB = new Set([
  'to', 'for', 'with', 'of', 'about', 'on', 'in', 'at', 'from', 'into', 'by', 'is', 'are', 'be', 'was', 'were', 'been', 'can',
  'will', 'may', 'might', 'could', 'would', 'should', 'does', 'do', 'did', 'not', 'and', 'or', 'help', 'helps',
]);

export interface QuestionAnswer {
  /** The question's problem words: the claim is read on them. */
  problem: Token[];
  /** Stand-in leads tried in turn (after the subject); the first that yields claims decides. */
  leads: string[][];
  /** True when the lead is the answer's own verb: the match must use it. */
  ownVerb: boolean;
  stance: Stance;
  /** The pair's mark: from the question's first word to the end of the answer's offer clause. */
  start: number;
  end: number;
}

/** Problem words of a short question, after its opener; undefined when it is no such question. */
export function problemOf(question: Sentence, mentions: ReadonlySet<string>): Token[] | undefined {
  const { tokens } = question;
  if (!question.question || tokens.length === 0 || tokens.length > MAX_QUESTION_WORDS) return undefined;
  if (tokens.some((t) => t.keys.some((k) => mentions.has(k)) || t.alias !== undefined)) return undefined;
  const opener = OPENERS.find((o) => phraseAt(tokens, 0, o));
  if (!opener && NOT_A_PROBLEM.has(tokens[0]!.norm)) return undefined;
  const problem = tokens.slice(opener?.length ?? 0);
  return problem.length > 0 && problem.length <= MAX_PROBLEM_WORDS ? problem : undefined;
}

/** Words joining the parts of a problem: "Cold hands and poor circulation?", "Stress or poor sleep?". */
const JOINERS = new Set(['and', 'or', '&']);

/**
 * Where each part of a problem starts (character offsets, first part first): a question naming two
 * problems ("Cold hands and poor circulation?") is read on each in turn, as the answer offers
 * massage for both.
 */
export function problemParts(problem: readonly Token[]): number[] {
  const starts = [problem[0]!.start];
  for (let i = 1; i < problem.length; i++) {
    const joined = problem[i - 1]!.comma || JOINERS.has(problem[i - 1]!.norm);
    if (joined && !JOINERS.has(problem[i]!.norm)) starts.push(problem[i]!.start);
  }
  return starts;
}

/** True if token i is a massage mention the answer can offer (not vetoed, not a pronoun standing for it). */
const isMention = (tokens: readonly Token[], blocked: readonly boolean[], i: number, mentions: ReadonlySet<string>) =>
  !blocked[i] && mentions.has(tokens[i]!.norm);

/** Index after the mention at i and its tail, if what follows is no other noun ("massage chair"); else -1. */
function afterMention(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && TAIL.has(tokens[j]!.norm)) j++;
  return j === tokens.length || NEXT.has(tokens[j]!.norm) || isClauseStart(tokens, j) ? j : -1;
}

/** The answer's own verb acting on the problem ("work them out" -> work, out) within reach of `from`. */
function ownVerbAfter(tokens: readonly Token[], from: number): { verb: string[]; at: number; end: number } | undefined {
  for (let j = from + 1; j < Math.min(tokens.length, from + PREDICATE_REACH + 1); j++) {
    if (isClauseStart(tokens, j)) return undefined;
    if (!OBJECT_PRONOUNS.has(tokens[j]!.norm)) continue;
    const phrase = PREPOSITION_VERBS.find((p) => j - p.length > from && phraseAt(tokens, j - p.length, p));
    if (phrase) return { verb: phrase, at: j - phrase.length, end: j + 1 };
    if (NOT_A_VERB.has(tokens[j - 1]!.norm)) continue;
    const particle = PARTICLES.has(tokens[j + 1]?.norm ?? '') ? tokens[j + 1]!.norm : undefined;
    const verb = tokens[j - 1]!.norm;
    return { verb: particle ? [verb, particle] : [verb], at: j - 1, end: particle ? j + 2 : j + 1 };
  }
  return undefined;
}

/** End of a helping predicate within reach of `from` ("can help", "is the answer"), or -1. */
function helpAfter(tokens: readonly Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length, from + PREDICATE_REACH); j++) {
    if (j > from && isClauseStart(tokens, j)) return -1;
    const phrase = HELP_PHRASES.find((p) => phraseAt(tokens, j, p));
    if (phrase) return j + phrase.length;
    if (WORKS.has(tokens[j]!.norm) && (j + 1 === tokens.length || isClauseStart(tokens, j + 1))) return j + 1;
  }
  return -1;
}

/** What the answer offers: the words read for its stance, and its own verb if it names one. */
interface Offer {
  hit: { from: number; to: number; literal: number[] };
  verb?: string[];
}

/** "Book a monthly massage", "Treat yourself to a massage before bed". */
function imperativeOffer(tokens: readonly Token[], blocked: readonly boolean[], mentions: ReadonlySet<string>): Offer | undefined {
  let i = 0;
  while (i < tokens.length && SOFTENERS.has(tokens[i]!.norm)) i++;
  if (!IMPERATIVES.has(tokens[i]?.norm ?? '')) return undefined;
  let m = i + 1;
  while (m < tokens.length && m - i <= MAX_LEAD_IN && (MODIFIERS.has(tokens[m]!.norm) || OBJECT_WORDS.has(tokens[m]!.norm)) && !isMention(tokens, blocked, m, mentions)) m++;
  if (m >= tokens.length || !isMention(tokens, blocked, m, mentions)) return undefined;
  const after = afterMention(tokens, m);
  if (after < 0) return undefined;
  const own = ownVerbAfter(tokens, after - 1);
  return { hit: { from: i, to: own?.end ?? after, literal: own ? [i, m, own.at] : [i, m] }, verb: own?.verb };
}

/** "Our massage therapists can help", "Some say massage helps", "A sports massage will clear it out". */
function subjectOffer(tokens: readonly Token[], blocked: readonly boolean[], mentions: ReadonlySet<string>): Offer | undefined {
  const m = tokens.findIndex((_, i) => isMention(tokens, blocked, i, mentions));
  if (m < 0 || m > MAX_LEAD_IN) return undefined;
  if (tokens.slice(0, m).some((t) => !MODIFIERS.has(t.norm) && !ATTRIBUTION.has(t.norm))) return undefined;
  const after = afterMention(tokens, m);
  if (after < 0) return undefined;
  const own = ownVerbAfter(tokens, after - 1);
  if (own) return { hit: { from: m, to: own.end, literal: [m, own.at] }, verb: own.verb };
  const end = helpAfter(tokens, after);
  return end < 0 ? undefined : { hit: { from: m, to: end, literal: [m, end - 1] } };
}

/** The end (token index) of the clause the offer sits in: the mark stops there. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && !isClauseStart(tokens, end)) end++;
  return end;
}

/**
 * The question-answer pair, or undefined when the question names no problem or the answer offers
 * no massage for it. `blocked` marks the answer's vetoed words; `mentions` are massage's noun forms.
 */
export function readQuestionAnswer(question: Sentence, answer: Sentence, blocked: readonly boolean[], mentions: ReadonlySet<string>): QuestionAnswer | undefined {
  const problem = problemOf(question, mentions);
  if (!problem) return undefined;
  const cues = question.tokens.map((_, i) => cuesAt(question.tokens, i));
  if (cues.some((c) => c.disputes)) return undefined;
  const { tokens } = answer;
  const offer = imperativeOffer(tokens, blocked, mentions) ?? subjectOffer(tokens, blocked, mentions);
  if (!offer) return undefined;
  const said = stanceOf(tokens, answer.text, answer.start, offer.hit, answer.question).stance;
  const stance = said === 'asserts' && cues.some((c) => c.hedges) ? 'hedges' : said;
  const last = tokens[clauseEnd(tokens, offer.hit.to) - 1]!;
  return {
    problem,
    leads: offer.verb ? [offer.verb] : HELP_LEADS.map((v) => [v]),
    ownVerb: offer.verb !== undefined,
    stance,
    start: question.tokens[0]!.start,
    end: last.end,
  };
}

/** True if a hit on the problem with its stand-in lead (`leadLength` tokens, subject first) reads as the pair's claim. */
export function answers(pair: QuestionAnswer, leadLength: number, hit: PatternHit): boolean {
  if (hit.from !== 0 || !hit.literal.includes(0) || !hit.literal.some((i) => i >= leadLength)) return false;
  // The answer's own verb must take part ("makes it worse" is not read through the problem's words
  // alone); its particle may fall in a gap ("flush" matched, "out" skipped).
  return !pair.ownVerb || hit.literal.includes(1);
}
