/**
 * Stance: does the sentence assert the claim, hedge it, or dispute it?
 *
 * Cues are looked for only in the claim's own clause: a "but", "however," (with its comma),
 * "although", "while" or a semicolon starts a new clause, so "Massage does not cure back pain, but it eases it" keeps the
 * negation with "cure". Plain negators ("not", "never", "no") must also sit in the same comma-free
 * stretch as the claim, or inside the matched words themselves; evaluative cues ("no evidence that",
 * "it is a myth that", "... has been debunked") reach across commas within the clause.
 * Negators the pattern itself matched (e.g. "not" in "should not replace medical care") are part
 * of the claim, never cues; hedges always count, since no claim is hedged by nature. Right after
 * the claim's words, a negator or hedge still belongs to it ("adding massage to physiotherapy did
 * not improve outcomes") unless a relative clause or conjunction intervenes.
 * Disputing beats hedging: "may not" disputes.
 */
import type { Stance } from './types';
import { isClauseStart } from './clauses';
import type { Token } from './tokenize';

/**
 * A table by word, as a Map: looked up with a page's words, an object literal would answer for
 * "constructor" or "toString" with its prototype's functions (a crash, once, on such a page).
 */
const wordTable = (entries: Record<string, ReadonlySet<string>>): ReadonlyMap<string, ReadonlySet<string>> => new Map(Object.entries(entries));

const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'fail', 'fails', 'failed', 'unable', 'unlikely', 'nothing', 'nobody', 'none', 'rarely', 'seldom', 'hardly']);
/**
 * Verbs that turn round the claim only when they sit inside its words: "massage slowed the removal
 * of lactate" denies the removal; "massage slows your breathing and relieves stress" denies nothing.
 */
const INNER_NEGATORS = new Set(['slowed', 'slows', 'slowing', 'impaired', 'impairs', 'impairing', 'hindered', 'hinders', 'hampered', 'hampers', 'delayed', 'delays']);
/** Adjectives after "no more" that make it a comparison, not an end ("no more likely", "no more effective"; "no more meds" celebrates). */
const NO_MORE_COMPARES = new Set(['likely', 'prone', 'liable', 'effective', 'helpful', 'useful', 'beneficial', 'harmful', 'dangerous', 'risky', 'common']);
/** Negator followed by one of these is not a negation ("not only", "no doubt", "nothing beats"). */
const NOT_NEGATION_AFTER = wordTable({
  // "not only"; and "don't realise that X": the speaker takes X as true.
  not: new Set(['only', 'just', 'merely', 'simply', 'realise', 'realize', 'realised', 'realized', 'appreciate']),
  no: new Set(['doubt', 'wonder', 'matter', 'question']),
  nothing: new Set(['beats', 'beat', 'compares', 'else']),
  none: new Set(['other', 'better']),
  // "I never skip my massage", "never miss a session": a habit, not a denial.
  never: new Set(['skip', 'skips', 'skipped', 'miss', 'misses', 'missed']),
});
/** Negator preceded by one of these is not a negation ("whether or not", "second to none"). */
const NOT_NEGATION_BEFORE = wordTable({ not: new Set(['or']), none: new Set(['to']) });
/** "Never been better", "never slept so well": praise, not a denial. The verbs after "never", then what they reach. */
const NEVER_PRAISE_VERBS = new Set(['been', 'felt', 'feel', 'looked', 'slept', 'sleep', 'moved']);
const NEVER_PRAISE_ENDS = new Set(['better', 'healthier', 'happier', 'easier', 'looser', 'calmer', 'freer', 'well']);
/**
 * "I'll never stop believing that ...", "won't stop telling people ...": a denied giving-up affirms.
 * The negator then denies nothing, and "stop telling" is no dispute (DISPUTE_PHRASES).
 */
const KEEP_ON_VERBS = new Set(['believing', 'telling', 'saying', 'recommending', 'thinking', 'claiming', 'promising', 'praising', 'raving']);
const QUITS = new Set(['stop', 'stopped', 'quit']);
const deniedQuit = (tokens: readonly Token[], negator: number) =>
  QUITS.has(tokens[negator + 1]?.norm ?? '') && KEEP_ON_VERBS.has(tokens[negator + 2]?.norm ?? '');
/** Words after "too" that show its "to" belongs to a verb ("too long might contribute to"). */
const TOO_BREAKS = new Set(['may', 'might', 'could', 'can', 'will', 'would', 'should', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have']);
/**
 * After the claim's words, these start a different phrase: cues beyond them are not the claim's. "Or"
 * too: "you need to come twice a week or it won't work" threatens, it does not deny.
 */
const PHRASE_BREAKS = new Set(['that', 'which', 'who', 'whom', 'where', 'when', 'because', 'and', 'if', 'unless', 'so', 'or']);
/**
 * Safety words a harm claim's pattern may match ("painkillers are perfectly safe for years"): the
 * sentence then states the claim's opposite, so the stance the cues give is turned round ("safe"
 * disputes the harm, "not safe" or "a myth that ... is safe" asserts it). A negator the pattern
 * matched right before the word ("not safe") is part of the claim: no reversal.
 */
const REVERSALS = new Set(['safe', 'harmless', 'fine', 'okay']);
/** A dash that separates like a comma: spaced, or an en or em dash. */
const DASH = /\s[-\u2013\u2014]\s|[\u2013\u2014]/;
const COMMA_COLON_OR_DASH = new RegExp(`[,:]|${DASH.source}`);
/** How far before a match that spans clauses a negator still denies it: right before ("don't need to ..."), not "not cure back pain; ...". */
const NEGATION_BEFORE_REACH = 1;
/** Cues right after the claim's words reach this far. */
const AFTER_REACH = 4;

/** Phrases by their first word: stance looks for them at every word of a claim's clause. */
function byFirstWord(phrases: readonly string[][]): ReadonlyMap<string, readonly string[][]> {
  const table = new Map<string, string[][]>();
  for (const p of phrases) (table.get(p[0]!) ?? table.set(p[0]!, []).get(p[0]!)!).push(p);
  return table;
}

/** True if one of the phrases (byFirstWord) stands at token i onwards. */
function somePhraseAt(phrases: ReadonlyMap<string, readonly string[][]>, tokens: readonly Token[], i: number): boolean {
  return phrases.get(tokens[i]!.norm)?.some((p) => phraseAt(tokens, i, p)) === true;
}

/** True if one of the phrases starts at token `from` or anywhere after it. */
function someLaterPhrase(phrases: ReadonlyMap<string, readonly string[][]>, tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) if (somePhraseAt(phrases, tokens, i)) return true;
  return false;
}

/** Evaluative cues, as word sequences; they dispute whatever claim shares their clause. */
const DISPUTE_PHRASES = byFirstWord([
  'no evidence', 'no good evidence', 'no scientific evidence', 'no reliable evidence', 'no clinical evidence', 'no proof',
  'little evidence', 'little supporting evidence', 'no supporting evidence', 'little scientific evidence', 'little good evidence',
  'little reliable evidence', 'scant evidence', 'lack of evidence', 'lacks evidence', 'no research', 'no studies', 'no study',
  'no trial', 'no trials', 'no review', 'no reviews', 'no data', 'not one study', 'not a single study',
  'not been shown', 'never been shown', 'not shown', 'never shown', 'not been proven', 'never been proven', 'no basis', 'not supported', 'not true',
  'not the case', 'myth', 'myths', 'misconception', 'misconceptions', 'false', 'untrue', 'debunked', 'debunk', 'unproven',
  'unfounded', 'baseless', 'bogus', 'nonsense', 'pseudoscience', 'disproven', 'disproved', 'unsupported', 'mistaken',
  'misleading', 'overstated', 'exaggerated', 'wrong', 'incorrect', 'doubtful', 'misreading', 'misread', 'misreads', 'misquoted', 'misquotes',
  'misinterpretation', 'misinterpreted', 'misrepresents', 'misrepresented', 'zero evidence', 'bro science', 'snake oil',
  'forget the claim', 'forget the claims', 'forget the idea', 'forget the notion', 'forget the myth',
  'advise against', 'advises against', 'advised against', 'recommend against', 'recommends against', 'recommended against',
  'folklore', 'old wives', 'quackery', 'hogwash', 'fallacy', 'urban legend', 'not hold up', 'not stand up',
  'marketing line', 'marketing spin', 'marketing hype', 'not a finding', 'not borne out',
  'overblown', 'scaremongering', 'little behind it', 'nothing behind it', 'no science behind', 'not backed by',
  'oversell', 'oversells', 'overselling', 'oversold', 'overhyped', 'overstate', 'overstates', 'overstating', 'exaggerate',
  'exaggerates', 'exaggerating', 'exaggeration', 'overclaim', 'overclaims', 'overclaiming', 'beyond the evidence',
  'too good to be true',
  // Giving the claim up, or telling others to: "I stopped telling people massage flushes toxins",
  // "stop claiming it realigns the spine"; and scorn: "he laughs at the idea that ...".
  ...['stop', 'stopped'].flatMap((quit) => ['telling', 'saying', 'claiming', 'promising'].map((say) => `${quit} ${say}`)),
  'laughs at', 'laughed at', 'laugh at',
  // Dismissals in everyday speech: "kept going on about my chakras, which is total woo".
  // "rubbish" and "woo" as a verdict only ("take the rubbish out" is no dismissal).
  ...['rubbish', 'woo'].flatMap((word) => ['is', 'are', 'was', 'total', 'utter', 'complete', 'absolute', 'pure', 'of'].map((lead) => `${lead} ${word}`)),
  'woo woo', 'hokum', 'claptrap', 'codswallop', 'tosh', 'twaddle', 'bunkum', 'poppycock', 'mumbo jumbo', 'hocus pocus',
  // Doubt and findings stated outright: "was sceptical of advice that ...", "total scam", "reviews found no link".
  'sceptical of', 'sceptical about', 'skeptical of', 'skeptical about', 'scam',
  'found no', 'has not found', 'have not found', "hasn't found", "haven't found",
  // Distrust of whoever makes the claim ("be wary of anyone who promises ..."); not of massage itself,
  // which is a caution ("be wary of massage with a fever").
  ...['anyone', 'any', 'clinics', 'therapists', 'practitioners', 'sellers'].flatMap((who) => [`wary of ${who}`, `ignore ${who}`]),
  'be sceptical', 'be skeptical', 'unconvinced', 'push back on', 'not well supported', 'unsubstantiated',
  // Doing as well as a sham or a placebo is doing nothing of its own ("massage worked as well as
  // sham treatment for back pain"); doing better than one is not a cue.
  ...['sham', 'a sham', 'the sham', 'placebo', 'a placebo', 'the placebo'].flatMap((control) =>
    ['as well as', 'as much as', 'as effective as', 'no better than', 'no different from', 'no different than'].map((equal) => `${equal} ${control}`),
  ),
].map((p) => p.split(' ')));

/** Claims attributed to others: "some therapists believe", "it is said". */
const HEDGE_PHRASES = byFirstWord([
  'some people', 'some therapists', 'some practitioners', 'some clients', 'some clinics', 'some experts', 'some spas',
  'some patients', 'some chiropractors', 'some say', 'many people believe', 'many believe', 'it is said', 'is said to',
  'are said to', 'described as', 'credited with', 'tell us', 'tells us', 'tell clients', 'tells clients', 'tell patients',
  'tells patients', 'tell people', 'tells people', 'telling me', 'telling us', 'telling clients', 'put it down to', 'puts it down to',
  'pretty sure', 'i reckon', 'i guess', 'i suspect', 'up for debate',
  // Someone else's talk, told as going on and on: "the therapist kept going on about my chakras".
  'going on about', 'goes on about', 'went on about', 'go on about', 'banging on about', 'bangs on about', 'harping on about',
  // What holds for some of them at times: "people with AS sometimes find massage eases their stiffness".
  'sometimes find', 'sometimes finds',
  // A claim named as an idea: "the idea that massage releases endorphins is everywhere".
  'idea that', 'notion that', 'belief that', 'theory that',
  'wanted me', 'wants me', 'widely repeated', 'often repeated',
  // A claim told as a theory or a tale: "the theory goes that ...", "legend has it", "in theory, ...".
  'theory goes', 'story goes', 'thinking goes', 'argument goes', 'legend has it', 'idea is that', 'claim is that', 'thinking is that',
  'in theory', 'if you believe', 'seen as', 'regarded as', 'viewed as',
  // Reported speech: "coaches state that", "you will often read that" (and "tells you", "tell me": REPORTERS).
  'state that', 'states that', 'stated that', 'read that', 'reads that', 'explains that', 'explained that', 'teach that', 'teaches that', 'taught that',
  // Attribution verbs with other everyday senses ("hold the pose", "maintain good posture"): only before "that".
  'hold that', 'holds that', 'held that', 'maintain that', 'maintains that', 'contend that', 'contends that', 'allege that', 'alleges that',
  // A person's or a seller's word ("according to her", "according to the leaflet"); not a study's
  // or a review's ("according to a Cochrane review" reports evidence).
  ...['her', 'him', 'them', 'my', 'his', 'their', 'your', 'some', 'many', 'fans', 'proponents', 'advocates', 'believers', 'practitioners', 'therapists',
    'the therapist', 'the practitioner', 'the clinic', 'the spa', 'the salon', 'the leaflet', 'the brochure', 'the website', 'the advert', 'the ad',
    'the seller', 'the manufacturer', 'the salesman', 'the owner', 'the masseuse', 'the masseur', 'the marketing'].map((who) => `according to ${who}`),
  // What sellers say of it: "often marketed as a stress reliever", "touted as a cure".
  'marketed as', 'advertised as', 'billed as', 'touted as', 'promoted as', 'sold as', 'hailed as', 'presented as',
  // What holds for some plans only: "only some policies pay towards it", "some cash plans refund part of it".
  ...['some', 'a few', 'certain'].flatMap((part) =>
    ['plans', 'policies', 'insurers', 'insurance', 'health', 'private', 'cash', 'workplace', 'corporate', 'employers', 'supplementary', 'extended'].map((of) => `${part} ${of}`),
  ),
].map((p) => p.split(' ')));

/**
 * An aside after the claim, past a comma, that puts it in someone else's mouth: "massage flushes
 * toxins, or so the brochure claims", "..., apparently", "..., if you believe the adverts".
 */
const TAIL_HEDGES = byFirstWord([
  'or so', 'so they say', 'they say', 'they claim', 'we are told', 'i am told', 'so i am told', 'if you believe', 'in theory',
  'apparently', 'supposedly', 'allegedly', 'reportedly', 'purportedly', 'or at least that is the claim', 'the story goes', 'the theory goes',
].map((p) => p.split(' ')));

/**
 * The writer taking up what they report ("My osteopath said a warm bath would help, and she was right",
 * "..., which I can well believe", "..., which makes sense to me"): the claim is the writer's own, so
 * the report's hedge no longer holds.
 */
const ENDORSEMENTS = byFirstWord([
  'which i can well believe', 'which i can believe', 'which i well believe', 'which i believe', 'which makes sense to me', 'which makes sense',
  ...['she', 'he', 'they'].flatMap((who) => [`and ${who} was right`, `and ${who} were right`, `and ${who} is right`, `and ${who} are right`]),
  'and i believe them', 'and i believe her', 'and i believe him', 'and i agree', 'and we agree', 'and honestly i agree', 'and honestly we agree',
  'and it works', 'and honestly it works',
].map((p) => p.split(' ')));

/** Hedge words that weigh the claim itself rather than say whose it is. */
const MODALS = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'maybe', 'potentially', 'probably', 'likely', 'arguably']);

const HEDGE_WORDS = new Set([
  ...MODALS, 'reportedly', 'supposedly', 'allegedly', 'apparently', 'purportedly', 'believe', 'believes', 'believed', 'claim', 'claims',
  'claimed', 'think', 'thinks', 'thought', 'say', 'says', 'said', 'suggest', 'suggests', 'suggested', 'argue', 'argues',
  'seem', 'seems', 'seemed', 'appear', 'appears', 'proponents', 'advocates', 'supposed', 'promise', 'promises', 'told', 'swear',
  'swears', 'assume', 'assumes', 'insist', 'insists', 'insisted', 'debated', 'controversial', 'disputed',
  'reckon', 'reckons', 'reckoned',
  // Someone else's conviction or blame: "my aunt was convinced", "plenty of trainers blame poor posture", "he promised".
  'convinced', 'blame', 'blames', 'blamed', 'promised', 'credits',
  // "a leaflet saying massage will ...", "websites claiming ...", "I've heard massage stops ...".
  'saying', 'claiming', 'promising', 'insisting', 'alleging', 'heard', 'hear', 'hears',
  // "Coverage varies: some plans pay for massage", "it depends on your plan".
  'varies', 'vary', 'depends',
]);
/**
 * An "if" or "whether" after these opens an open question ("we wanted to know if massage helps",
 * "unclear whether"), not a condition or a capability ("an x-ray shows whether ...").
 */
const ASKING = new Set([
  'ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'know', 'known', 'see', 'check', 'test',
  'tested', 'testing', 'unclear', 'unsure', 'sure', 'idea', 'clear', 'question', 'doubt', 'debate', 'debating', 'about',
  'studied', 'study', 'investigate', 'investigated', 'examine', 'examined', 'look', 'looked', 'looking', 'explore', 'explored',
  'at', 'on', 'depends', 'depend',
]);
/** "Let us know if you have a fever" asks for information, not whether the claim holds. */
const LET_KNOW = new Set(['us', 'me', 'them', 'him', 'her', 'therapist', 'staff', 'reception']);
/** Hedge word followed by one of these is not a hedge ("say goodbye to back pain", "think of it as"). */
const NOT_HEDGE_AFTER = wordTable({
  ...Object.fromEntries(['say', 'says', 'said'].map((w) => [w, new Set(['goodbye', 'farewell', 'hello'])])),
  think: new Set(['of']),
});
/** Who gives advice in the first person ("we suggest twice a week to start"). */
const ADVISERS = new Set(['i', 'we']);
/** Words that may stand between the adviser and "suggest" ("I usually suggest", "we would suggest"). */
const ADVICE_ADVERBS = new Set(['usually', 'normally', 'generally', 'typically', 'often', 'always', 'would', 'also', 'strongly', 'do', 'then']);
/** The writer saying it ("I'd say"; "in my country we say" reports a belief), and the words that may stand between ("would", "honestly"). */
const OWN_SAYERS = new Set(['i', "i'd"]);
const OWN_SAY_LEADS = new Set(['would', 'honestly', 'really', 'just', 'actually', 'genuinely', 'must', 'can', 'have', 'to']);
/** Hedge word preceded by one of these is a comparison, a verdict or a turn in the argument, not a hedge ("less likely to get hurt", "inflammation is to blame", "having said that"). */
const NOT_HEDGE_BEFORE = wordTable({ likely: new Set(['less', 'more']), blame: new Set(['to']), said: new Set(['having']) });
/** Dispute cue followed by one of these describes a manner or a problem ("lifting the wrong way", "what is wrong with your back"). */
const NOT_DISPUTE_AFTER = wordTable({ wrong: new Set(['way', 'ways', 'with']) });


/**
 * "A client tells you that ...", "had a therapist tell me ...": someone else's word. Not "I can tell
 * you" (the writer's own), nor a sign that "tells you" something ("that tells you the area is
 * inflamed", "which tells me ...": an inference the claim itself may state).
 */
const REPORTERS = wordTable({ tells: new Set(['you', 'me', 'her', 'him', 'them']), tell: new Set(['me', 'her', 'him']) });
const SIGNS = new Set(['that', 'this', 'which', 'it', 'what']);

/**
 * Words that make a group of others of "find" and its kin: "many clients find", "lots of my patients find",
 * "some members feel", "a lot of drivers figure", "some players report" (not "I find", "studies find").
 */
const GROUP_QUANTIFIERS = new Set(['some', 'many', 'most', 'lots', 'lot', 'plenty', 'several']);
/** What a group of others finds or feels: their experience or belief, reported. */
const GROUP_VERBS = new Set(['find', 'finds', 'feel', 'feels', 'figure', 'figures', 'report', 'reports']);
/** A group of these reports evidence, not belief ("many studies find", "some trials report"). */
const EVIDENCE_GROUPS = new Set(['studies', 'study', 'trials', 'reviews', 'papers', 'researchers', 'scientists', 'research', 'evidence']);
/** How far before "find" the quantifier may stand ("many of our regular clients find"). */
const GROUP_REACH = 4;
/** Forms of "be" before "sure" that report someone's certainty. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);

/** True if the verb at i has one of `writers` for its subject, with up to `reach` of the `between` words in between ("I would honestly say"). */
function saidByWriter(tokens: readonly Token[], i: number, writers: ReadonlySet<string>, between: ReadonlySet<string>, reach: number): boolean {
  let k = i - 1;
  while (k >= i - reach && k >= 0 && between.has(tokens[k]!.norm)) k--;
  return writers.has(tokens[k]?.norm ?? '');
}

function isHedgeWord(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (GROUP_VERBS.has(norm)) {
    const before = tokens.slice(Math.max(0, i - GROUP_REACH), i);
    return before.some((t) => GROUP_QUANTIFIERS.has(t.norm)) && !before.some((t) => EVIDENCE_GROUPS.has(t.norm));
  }
  const next = tokens[i + 1]?.norm;
  const prev = tokens[i - 1]?.norm;
  // "my uncle is sure his back pain comes from lifting": a belief; "is sure to ease your back" promises.
  if (norm === 'sure') return BE_FORMS.has(prev ?? '') && next !== 'to';
  const reported = REPORTERS.get(norm);
  if (reported) return !!next && reported.has(next) && !SIGNS.has(prev ?? '');
  // "couldn't sleep for weeks" says what was, not what may be ("may not" still hedges a denial).
  if (norm === 'could' && next === 'not') return false;
  // "I suggest", "we usually suggest", "we would suggest": the writer's own advice, not a report of
  // what others suggest ("studies suggest", "some therapists suggest" still hedge).
  if (norm === 'suggest' && saidByWriter(tokens, i, ADVISERS, ADVICE_ADVERBS, 1)) return false;
  // "I'd say", "I would honestly say", "I must say": the writer's own verdict, not a report.
  if (norm === 'say' && saidByWriter(tokens, i, OWN_SAYERS, OWN_SAY_LEADS, 3)) return false;
  // "That said, massage can ease ...": a turn in the argument; not "a place that said their massage ...".
  if (norm === 'said' && prev === 'that' && tokens[i]!.comma === true) return false;
  // "I swear it flushes the toxins out": the writer's own word, emphatic; "some therapists swear" reports.
  if (norm === 'swear' && saidByWriter(tokens, i, OWN_SAYERS, OWN_SAY_LEADS, 2)) return false;
  if (norm === 'if' || norm === 'whether') {
    return prev !== undefined && ASKING.has(prev) && !(prev === 'know' && LET_KNOW.has(tokens[i - 2]?.norm ?? ''));
  }
  return HEDGE_WORDS.has(norm) && !(next && NOT_HEDGE_AFTER.get(norm)?.has(next)) && !(prev && NOT_HEDGE_BEFORE.get(norm)?.has(prev));
}

function isDisputePhrase(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm;
  if (next && NOT_DISPUTE_AFTER.get(tokens[i]!.norm)?.has(next)) return false;
  if (i > 0 && NEGATORS.has(tokens[i - 1]!.norm) && deniedQuit(tokens, i - 1)) return false;
  return somePhraseAt(DISPUTE_PHRASES, tokens, i);
}

export interface StanceResult {
  stance: Stance;
  /** Both disputing and hedging cues were present: less sure. */
  conflict: boolean;
}

/** True if the words of `phrase` stand at token i onwards. */
export function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => tokens[i + k]?.norm === w);
}

/** True if token i denies what it stands in (a plain negator, "too ... to", "nothing's"), with the exceptions below. */
export function isNegator(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  // "too superficial to help", "too gentle and brief to help": the claim is denied. Not "too long
  // might contribute to back pain": the "to" must follow the adjective within two words, no verb between.
  // Nor "it lifts your mood too, thanks to ...": a comma after "too" ends its phrase.
  if (norm === 'too') return !tokens[i]!.comma && tokens.slice(i + 2, i + 4).some((t) => t.norm === 'to') && !tokens.slice(i + 1, i + 3).some((t) => TOO_BREAKS.has(t.norm));
  // "nobody's fingers are breaking up scar tissue", "nothing's been shown".
  if (!NEGATORS.has(norm) && !(norm.endsWith("'s") && NEGATORS.has(norm.slice(0, -2)))) return false;
  const next = tokens[i + 1]?.norm;
  const prev = tokens[i - 1]?.norm;
  // "nothing clears lactic acid like a sports massage" praises; "nothing like a real massage" denies.
  if (norm === 'nothing' && tokens.slice(i + 2, i + 6).some((t) => t.norm === 'like')) return false;
  // "my sleep has never been better", "never slept so well": praise.
  if (norm === 'never' && NEVER_PRAISE_VERBS.has(next ?? '') && tokens.slice(i + 2, i + 4).some((t) => NEVER_PRAISE_ENDS.has(t.norm))) return false;
  if (deniedQuit(tokens, i)) return false;
  // "no more meds, no more physio" celebrates; "no more effective than rest" denies.
  // "no more likely to get back pain than ...": an adjective of comparison says the same before a far "than".
  if (norm === 'no' && next === 'more') return NO_MORE_COMPARES.has(tokens[i + 2]?.norm ?? '') || tokens.slice(i + 2, i + 5).some((t) => t.norm === 'than');
  return !(next && NOT_NEGATION_AFTER.get(norm)?.has(next)) && !(prev && NOT_NEGATION_BEFORE.get(norm)?.has(prev));
}

/** Which stance cues start at token i, anywhere in a text (carryover.ts reads intros with this). */
export function cuesAt(tokens: readonly Token[], i: number): { negates: boolean; disputes: boolean; hedges: boolean } {
  return {
    negates: isNegator(tokens, i),
    disputes: isDisputePhrase(tokens, i),
    hedges: isHedgeWord(tokens, i) || somePhraseAt(HEDGE_PHRASES, tokens, i),
  };
}

/** True if the inner negator at i governs the claim's next word: no "and"/"or" between ("slows your breathing and flushes"). */
function turnsRound(tokens: readonly Token[], i: number, literal: ReadonlySet<number>): boolean {
  for (let k = i + 1; k < tokens.length && !literal.has(k); k++) if (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'or' || tokens[k - 1]!.comma) return false;
  return true;
}

export function stanceOf(
  tokens: readonly Token[],
  sentenceText: string,
  sentenceStart: number,
  hit: { from: number; to: number; literal: readonly number[] },
  question: boolean,
  /** The pattern states the claim's opposite: asserting it disputes the claim, denying it asserts it. */
  opposite = false,
): StanceResult {
  // "Did you know (that) ...?" tells rather than asks; so does the text-speak "did u know".
  if (question && (phraseAt(tokens, 0, ['did', 'you', 'know']) || phraseAt(tokens, 0, ['did', 'u', 'know']))) question = false;
  const literal = new Set(hit.literal);
  // The claim's clause is the one its last words are in: a match may reach back across "but"
  // ("back pain, but massage relieves"), and the earlier clause's negation is not the claim's.
  // A "while" the pattern itself matched ("avoid massage while you have a fever") is part of the
  // claim, not the start of another clause; a contrast ("..., but see your doctor first") still is.
  // A clause word the pattern ends on only guards what comes before it ("massage is not a cure, but
  // it helps": the "but" keeps "not a cure for stress" out); the claim's clause is the one before it.
  let last = hit.to - 1;
  while (last > hit.from && literal.has(last) && isClauseStart(tokens, last)) last--;
  let clauseStart = last;
  const opensClause = (i: number) => isClauseStart(tokens, i) && !(literal.has(i) && tokens[i]!.norm === 'while');
  while (clauseStart > 0 && !opensClause(clauseStart)) clauseStart--;
  let clauseEnd = last + 1;
  while (clauseEnd < tokens.length && !isClauseStart(tokens, clauseEnd)) clauseEnd++;

  // Plain negators before the claim count only without a comma in between.
  const from = Math.max(hit.from, clauseStart);
  // A spaced dash separates like a comma ("Massage isn't a luxury — it's an investment in your health").
  const commaFree = (i: number) => !COMMA_COLON_OR_DASH.test(sentenceText.slice(tokens[i]!.end - sentenceStart, tokens[from]!.start - sentenceStart));

  // Just after the claim: up to AFTER_REACH words, stopping at a comma, a relative clause or a
  // conjunction ("Massage boosts circulation, not toxins" does not deny the circulation claim).
  let afterEnd = hit.to;
  const gapBefore = (i: number) => sentenceText.slice(tokens[i - 1]!.end - sentenceStart, tokens[i]!.start - sentenceStart);
  const commaBefore = (i: number) => gapBefore(i).includes(',');
  const dashBefore = (i: number) => DASH.test(gapBefore(i));
  while (afterEnd < Math.min(clauseEnd, hit.to + AFTER_REACH) && !PHRASE_BREAKS.has(tokens[afterEnd]!.norm) && !commaBefore(afterEnd)) afterEnd++;

  let disputes = false;
  let hedges = question;
  /** A modal hedge ("may", "probably"): the writer taking up the report still says only "may". */
  let modal = false;
  for (let i = clauseStart; i < clauseEnd; i++) {
    const near = i < afterEnd; // before, inside, or just after the claim's words
    const plain = i < hit.to ? i >= from || commaFree(i) : near;
    if (isHedgeWord(tokens, i) && near) {
      hedges = true;
      modal ||= MODALS.has(tokens[i]!.norm);
    }
    if (i < hit.to && somePhraseAt(HEDGE_PHRASES, tokens, i)) hedges = true;
    if (i >= hit.to && (commaBefore(i) || dashBefore(i)) && somePhraseAt(TAIL_HEDGES, tokens, i)) hedges = true;
    if (literal.has(i)) continue;
    if (isDisputePhrase(tokens, i)) disputes = true;
    if (plain && isNegator(tokens, i)) disputes = true;
    if (i > hit.from && i < hit.to && INNER_NEGATORS.has(tokens[i]!.norm) && turnsRound(tokens, i, literal)) disputes = true;
  }
  // A match reaching across a clause break ("don't need to see a doctor first; just book a
  // massage") is also denied by a negator right before its first words, in the clause it starts in.
  if (hit.from < clauseStart) {
    let start = hit.from;
    while (start > 0 && !isClauseStart(tokens, start)) start--;
    for (let i = Math.max(start, hit.from - NEGATION_BEFORE_REACH); i < hit.from; i++) if (isNegator(tokens, i) && commaFree(i)) disputes = true;
  }
  // A report the writer takes up afterwards is the writer's claim (not a question's, nor a denial's).
  if (hedges && !modal && !disputes && !question && someLaterPhrase(ENDORSEMENTS, tokens, hit.to)) hedges = false;
  const safetyWord = hit.literal.some((i) => REVERSALS.has(tokens[i]!.norm) && !(literal.has(i - 1) && isNegator(tokens, i - 1)));
  const reversed = safetyWord !== opposite;
  // A question ("Is massage safe with a cold?") states neither side: it only hedges.
  if (reversed) disputes = question ? false : !disputes;
  return { stance: disputes ? 'disputes' : hedges ? 'hedges' : 'asserts', conflict: disputes && hedges };
}
