/**
 * Subject carry-over: a list item or lead-in fragment that names an effect without saying what
 * brings it ("- Better circulation", "Boosted endorphin levels. The increase in ...") takes its
 * subject from the intro it sits under ("Benefits of massage include:", found by sections.ts), and
 * is then matched as if it said "massage ...". A wrong mark costs more than a missed one, so:
 *  - the intro must make massage the actor: "benefits of massage", "massage benefits", "massage
 *    can / helps / offers", "massage myths", "claims about massage" (said by others: hedged); not
 *    "before your massage", "massage oils can", "benefits of exercise over massage", nor a vetoed
 *    "massage chair";
 *  - the intro's own cues set the stance: hedged ("some therapists claim massage can:") or denied
 *    right after massage ("massage does not:") or a myths list; a negation elsewhere in the intro
 *    ("don't miss these massage benefits:") is too unclear to read, and nothing is carried;
 *  - the fragment must open with the claim (only a few function words before it), so a fragment
 *    with its own subject ("Exercise improves blood flow.") never takes massage's;
 *  - the claim must sit in the fragment's first stretch (before a comma or relative clause), and
 *    that stretch may hold no verb of its own ("Better blood flow is why runners warm up") and no
 *    other agent ("Improved circulation through daily exercise");
 *  - a negated fragment is left alone: "No more back pain" asserts, "Not a cure" disputes.
 * Marks land on the fragment's own words: the carried subject has no characters of its own.
 *
 * A fragment may also open with a phrase naming the massage in other words ("Ninety minutes of
 * slow, rhythmic strokes lowers ...", massage-phrases.ts): it is read with the subject in place of
 * the phrase (withSubject), the stand-in spanning the phrase, so the mark starts on it. The same
 * reading serves later sentences of a block right under a heading that makes massage the topic
 * (sections.ts topicAbove; list-items.ts topicMatches).
 */
import { MASSAGE_KINDS } from './massage-kinds';
import { DEVICES, isServiceHeading } from './sections';
import type { PatternHit } from './match';
import { cuesAt } from './stance';
import type { Sentence, Token } from './tokenize';
import type { Stance } from './types';

/** Words completing a massage mention: "massage therapy benefits". */
const MASSAGE_TAIL = new Set(['therapy', 'therapies', 'treatment', 'treatments', 'session', 'sessions']);
const BENEFIT_NOUNS = new Set(['benefit', 'benefits', 'advantage', 'advantages', 'perk', 'perks', 'upside', 'upsides']);
const MYTH_NOUNS = new Set(['myth', 'myths', 'misconception', 'misconceptions']);
/** "claims about massage": what follows is said by others, hedged unless the intro disputes it ("that aren't backed by evidence"). */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'promise', 'promises', 'belief', 'beliefs']);
/** "benefits of / from massage", "myths about massage". */
const LINKS = new Set(['of', 'from', 'about', 'on']);
/** Between the link and "massage": a closed list, so "benefits of exercise over massage" is not massage's. */
const MODIFIERS = new Set([...MASSAGE_KINDS, 'a', 'an', 'the', 'your', 'our', 'my', 'this', 'getting', 'having', 'receiving']);
/** After "benefits of massage" the intro goes on to its list, not to another noun ("massage oil"). */
const AFTER_BENEFITS = new Set(['include', 'includes', 'including', 'are', 'for', 'such', 'like', 'featuring', 'can', 'may', 'might', 'will']);
const ACTOR_VERBS = new Set(['can', 'may', 'might', 'could', 'will', 'would', 'does', 'do', 'help', 'helps', 'offer', 'offers', 'provide', 'provides', 'deliver', 'delivers', 'give', 'gives', 'bring', 'brings', 'has']);
const ADVERBS = new Set(['also', 'often', 'really', 'actually', 'regularly', 'usually']);
/** "7 reasons to book a massage", "Why athletes swear by massage:": what follows are its benefits. */
const REASON_WORDS = new Set(['why', 'reason', 'reasons']);
/** How far before the mention a reason word may stand. */
const REASON_REACH = 6;
/** A reasons intro with one of these lists reasons against, or risks: "Why to avoid massage with a fever:". */
const AGAINST = new Set(['avoid', 'avoiding', 'skip', 'skipping', 'stop', 'quit', 'risk', 'risks', 'danger', 'dangers', 'downside', 'downsides', 'cons', 'against', 'worse', 'harm', 'harmful', 'bad', 'overrated', 'waste']);
/** Words an intro needs besides the mention: a cheap test the prefilter runs before any NLP. */
export const INTRO_CUES: ReadonlySet<string> = new Set([...BENEFIT_NOUNS, ...MYTH_NOUNS, ...CLAIM_NOUNS, ...ACTOR_VERBS, ...REASON_WORDS]);
/** A myths intro that also promises facts or benefits mixes both: nothing is carried. */
const MIXED = new Set(['fact', 'facts', 'truth', 'true', 'real', 'reality', ...BENEFIT_NOUNS]);

/** An intro that asks rather than states: "Ask your therapist whether massage can:". */
const ASKS = new Set(['whether', 'if']);
/** A question opening with these asks what massage does, not whether: its items answer it. */
const ASKS_WHAT = new Set(['what', 'how']);
/** How far after the mention a negator still denies massage's verb: "massage does not", "massage can never". */
const NEGATION_REACH = 2;

type Role = 'benefit' | 'actor' | 'myth' | 'claim';

/** The noun of "<noun> of [modifiers] massage" for the mention at i, if any. */
function nounBefore(tokens: readonly Token[], i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && MODIFIERS.has(tokens[k]!.norm)) k--;
  return k >= 1 && LINKS.has(tokens[k]!.norm) ? tokens[k - 1]!.norm : undefined;
}

/** What the mention at i makes of massage in the intro, and where its own words end. */
function roleAt(tokens: readonly Token[], i: number): { role: Role; after: number } | undefined {
  let j = i + 1;
  while (j < tokens.length && MASSAGE_TAIL.has(tokens[j]!.norm)) j++;
  const next = tokens[j]?.norm;
  const noun = nounBefore(tokens, i);
  if (noun !== undefined && BENEFIT_NOUNS.has(noun) && (next === undefined || AFTER_BENEFITS.has(next))) return { role: 'benefit', after: j };
  if (next !== undefined && (BENEFIT_NOUNS.has(next) || (next === 'health' && BENEFIT_NOUNS.has(tokens[j + 1]?.norm ?? '')))) return { role: 'benefit', after: j };
  if ((next !== undefined && MYTH_NOUNS.has(next)) || (noun !== undefined && MYTH_NOUNS.has(noun))) return { role: 'myth', after: j };
  if ((next !== undefined && CLAIM_NOUNS.has(next)) || (noun !== undefined && CLAIM_NOUNS.has(noun))) return { role: 'claim', after: j };
  let k = j;
  while (k < tokens.length && ADVERBS.has(tokens[k]!.norm)) k++;
  if (ACTOR_VERBS.has(tokens[k]?.norm ?? '')) return { role: 'actor', after: j };
  const reasons = tokens.slice(Math.max(0, i - REASON_REACH), i).some((t) => REASON_WORDS.has(t.norm));
  // "Why I never skip my massage" lists reasons for it.
  const against = tokens.some((t, x) => AGAINST.has(t.norm) && tokens[x - 1]?.norm !== 'never');
  return reasons && !against ? { role: 'benefit', after: j } : undefined;
}

/**
 * The stance an intro lends its items, or undefined when it does not make massage the actor of
 * what follows. `blocked` marks vetoed words ("massage chair"); `mentions` are massage's noun forms.
 */
export function introStance(intro: Sentence, blocked: readonly boolean[], mentions: ReadonlySet<string>): Stance | undefined {
  const { tokens } = intro;
  let found: { role: Role; after: number } | undefined;
  for (let i = 0; i < tokens.length && !found; i++) {
    if (blocked[i] || !tokens[i]!.keys.some((k) => mentions.has(k))) continue;
    found = roleAt(tokens, i);
  }
  // A menu heading ("Hot Stone Massage — 60 min", "Handheld Percussion Massager") is the subject of
  // the description under it, unless its name is vetoed ("Deep Tissue Massager").
  if (!found && isServiceHeading(intro.text, mentions)) {
    const name = tokens.findLastIndex((t) => mentions.has(t.norm) || DEVICES.has(t.norm));
    if (name >= 0 && !blocked[name]) found = { role: 'actor', after: name + 1 };
  }
  if (!found) return undefined;
  // A question heading may ask for benefits ("What are the benefits of massage?", "What can massage
  // do for you?", "How does massage help?"); "Can massage help?" asks whether.
  if (intro.question && found.role !== 'benefit' && !(found.role === 'actor' && ASKS_WHAT.has(tokens[0]?.norm ?? ''))) return undefined;
  let disputes = found.role === 'myth';
  let hedges = found.role === 'claim';
  for (let i = 0; i < tokens.length; i++) {
    const cue = cuesAt(tokens, i);
    if (cue.negates) {
      if (i < found.after || i > found.after + NEGATION_REACH) return undefined;
      disputes = true;
    }
    disputes ||= cue.disputes;
    hedges ||= cue.hedges || ASKS.has(tokens[i]!.norm);
  }
  if (disputes && tokens.some((t) => MIXED.has(t.norm))) return undefined;
  return disputes ? 'disputes' : hedges ? 'hedges' : 'asserts';
}

/** Stance of a carried match from the intro's and the fragment's; undefined: leave it alone. */
export function carriedStance(intro: Stance, fragment: Stance): Stance | undefined {
  if (fragment === 'disputes') return undefined;
  // Disputing beats hedging, as in stance.ts: "massage myths: may flush toxins" disputes.
  return intro === 'asserts' ? fragment : intro;
}

/**
 * Stand-in subjects put before a fragment, tried in turn: "massage <fragment>" reads predicates
 * ("Flushes toxins"), "massage benefit <fragment>" reads effects named as nouns ("Better circulation").
 */
export const leadsFor = (subject: string): string[][] => [[subject], [subject, 'benefit']];

/**
 * The fragment (a block's first sentence) with a stand-in subject before its own words (those from
 * `contentStart`, after any list marker). The stand-in tokens sit, zero-width, where the fragment's
 * first word starts, so a match's span covers only the fragment's characters.
 */
export function withLead(fragment: Sentence, contentStart: number, lead: readonly string[]): Sentence | undefined {
  const own = fragment.tokens.filter((t) => t.start >= contentStart);
  if (own.length === 0) return undefined;
  const at = own[0]!.start;
  const stand = lead.map((norm): Token => ({ norm, start: at, end: at, clauseBreak: false, keys: [norm] }));
  return { ...fragment, tokens: [...stand, ...own] };
}

/**
 * The fragment with a stand-in subject in place of its tokens `from` to `to` (exclusive): a phrase
 * that names the subject in other words ("Slow, firm pressure that", massage-phrases.ts). The
 * stand-in spans the phrase's characters, so a match's mark starts on the sentence's own subject.
 */
export function withSubject(fragment: Sentence, from: number, to: number, lead: readonly string[]): Sentence {
  const start = fragment.tokens[from]!.start;
  const end = fragment.tokens[to - 1]!.end;
  const stand = lead.map((norm): Token => ({ norm, start, end, clauseBreak: false, keys: [norm] }));
  return { ...fragment, tokens: [...stand, ...fragment.tokens.slice(to)] };
}

/** Words a fragment may open with before its claim: "May improve circulation", "Helps flush toxins". */
const OPENERS = new Set(['a', 'an', 'the', 'can', 'may', 'might', 'could', 'will', 'would', 'also', 'often', 'usually', 'greatly', 'really', 'actually', 'naturally', 'significantly', 'effectively', 'gently', 'help', 'helps', 'helping', 'to']);
/** A verb of the fragment's own: the effect is the subject of another statement. */
const OWN_VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'shall',
  'should', 'must', 'can', 'could', 'may', 'might', 'comes', 'come', 'came', 'results', 'resulted', 'follows', 'followed',
  'stems', 'happens', 'occurs', 'depends', 'means',
]);
/** Another cause or agent: "through daily exercise", "with a foam roller", "after a workout". */
const AGENT_WORDS = new Set(['by', 'through', 'via', 'from', 'with', 'after', 'following', 'during', 'thanks', 'due', 'because', 'using']);
/** "from the muscles" names where something leaves, not who acts: "Flushing toxins from the muscles". */
const BODY = new Set(['muscle', 'muscles', 'tissue', 'tissues', 'body', 'blood', 'bloodstream', 'skin', 'joint', 'joints', 'back', 'cells', 'system']);
const DETERMINERS = new Set(['the', 'your', 'our', 'their', 'his', 'her', 'my']);

/** Words of time: they name another cause after an effect ("Better circulation after a workout"), not after a verb. */
const WHEN_WORDS = new Set(['after', 'following', 'during']);

/**
 * True if token i names another agent (or cause) than the carried subject. In a predicate ("Flushes
 * out lactic acid after exercise") a word of time says when the subject acts, not who does.
 */
function isAgent(tokens: readonly Token[], i: number, predicate = false): boolean {
  const norm = tokens[i]!.norm;
  if (!AGENT_WORDS.has(norm) || (predicate && WHEN_WORDS.has(norm))) return false;
  if (norm !== 'from') return true;
  const next = DETERMINERS.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  return !BODY.has(tokens[next]?.norm ?? '');
}

/** Words that start another phrase: the fragment's first stretch ends before them. */
const STRETCH_BREAKS = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'because', 'since', 'but', 'however', 'although', 'though', 'while', 'whereas', 'yet', 'so', 'if', 'unless']);
/** Longest first stretch a fragment may have. */
export const MAX_STRETCH_WORDS = 12;

/** True if a new stretch starts at token i: after a comma, dash, bracket or clause break, or at a clause or relative word. */
export function stretchBreakAt(s: Sentence, i: number): boolean {
  const { tokens } = s;
  const between = s.text.slice(tokens[i - 1]!.end - s.start, tokens[i]!.start - s.start);
  return /[,;:()[\]\u2013\u2014]|\s-\s/.test(between) || tokens[i - 1]!.clauseBreak || STRETCH_BREAKS.has(tokens[i]!.norm);
}

/** End (token index) of the first stretch from `from`: up to a comma, dash, bracket, clause or relative word. */
function stretchEnd(s: Sentence, from: number): number {
  for (let i = from + 1; i < s.tokens.length; i++) if (stretchBreakAt(s, i)) return i;
  return s.tokens.length;
}

/** True if the fragment names the subject in its first stretch: it has its own, and carries none. */
export function namesSubject(fragment: Sentence, contentStart: number, mentions: ReadonlySet<string>): boolean {
  const from = fragment.tokens.findIndex((t) => t.start >= contentStart);
  if (from < 0) return false;
  const end = stretchEnd(fragment, from);
  return fragment.tokens.slice(from, end).some((t) => t.keys.some((k) => mentions.has(k)));
}

/** Longest first stretch after a phrase that names the subject: its predicate, a whole clause. */
export const MAX_PREDICATE_WORDS = 24;

/**
 * True if the hit on the fragment with its stand-in (`leadLength` tokens) reads as a carried claim.
 * `maxWords`: the longest first stretch (longer for a predicate after a phrase naming the subject).
 */
export function carries(s: Sentence, leadLength: number, hit: PatternHit, maxWords = MAX_STRETCH_WORDS): boolean {
  const { tokens } = s;
  if (hit.from !== 0 || !hit.literal.includes(0)) return false;
  const own = hit.literal.filter((i) => i >= leadLength);
  if (own.length === 0) return false;
  const first = Math.min(...own);
  for (let i = leadLength; i < first; i++) if (!OPENERS.has(tokens[i]!.norm)) return false;
  const end = stretchEnd(s, leadLength);
  if (hit.to > end || end - leadLength > maxWords) return false;
  // A fragment opening on the claim's verb ("Breaks up knots"), not on an effect ("Better circulation").
  const predicate = first === leadLength && /[^s]s$/.test(tokens[first]!.norm);
  // The next stretch may name the agent: "Better circulation, thanks to regular yoga".
  if (end < tokens.length && isAgent(tokens, end, predicate)) return false;
  const literal = new Set(hit.literal);
  for (let i = first; i < end; i++) {
    if (!literal.has(i) && (OWN_VERBS.has(tokens[i]!.norm) || isAgent(tokens, i, predicate))) return false;
  }
  return true;
}
