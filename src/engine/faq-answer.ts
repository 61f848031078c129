/**
 * FAQ answers: a yes/no question ("Does massage flush toxins?", often a heading) is answered by
 * the words right after it, in its block or the next ("No. There is no evidence that ..."). The question's
 * claims then take the answer's side instead of the question's hedge: "No" disputes, "Yes"
 * asserts. Only a yes or no at the very start of the answer counts ("No.", "Probably not.", "The short
 * answer is no."); "It depends", "Maybe",
 * "Some people think so" and any other opening leave the question hedged.
 */
import type { Sentence } from './tokenize';
import type { Stance } from './types';

/** Words that open a yes/no question (after an optional "Q:"). */
const YES_NO_OPENERS = new Set([
  'does', 'do', 'did', 'can', 'could', 'will', 'would', 'is', 'are', 'was', 'were', 'should', 'has', 'have', 'may', 'might',
]);

/** The answer's first words, after an optional "A:" or "Answer:", ended by punctuation ("No, ...", "Yes."). */
const YES = /^(?:yes|yep|yeah|absolutely|definitely|certainly|in (?:most|many) cases,? yes|(?:the )?short answer(?: is)?:? yes)\s*[.,!;:\u2013\u2014-]/;
const NO = /^(?:no|nope|not really|not at all|not in any (?:real |meaningful )?way(?: that(?:'s| has) been (?:shown|proven))?|unfortunately,? (?:no|not)|sadly,? (?:no|not)|in short,? no|(?:almost certainly|probably|most likely) not|(?:very )?unlikely|(?:the )?short answer(?: is)?:? no)\s*[.,!;:\u2013\u2014-]/;
const LABEL = /^(?:a|answer|reply|response)\s*[:.)-]\s*/;

/** Longest stretch of blank space looked across for the answer. */
const MAX_GAP = 200;

/** Where the text goes on after `end`, past blank space and closing quotes (at most MAX_GAP of them). */
const afterBlank = (text: string, end: number) => end + /^[\s"'”’)\]]*/.exec(text.slice(end, end + MAX_GAP))![0].length;

/** The first words after a sentence, past blank space and closing quotes (lower case, straight apostrophes). */
function wordsAfter(text: string, sentence: Sentence): string {
  const start = afterBlank(text, sentence.end);
  return text.slice(start, start + 60).toLowerCase().replace(/’/g, "'");
}

/** Longest answer sentence read. */
const MAX_ANSWER = 400;

/** The text of the first sentence after `end` (in the same block or the next), with its offset; undefined if none is near. */
export function answerAfter(text: string, end: number): { start: number; text: string } | undefined {
  const start = afterBlank(text, end);
  if (start >= text.length || start - end >= MAX_GAP) return undefined;
  const rest = text.slice(start, start + MAX_ANSWER);
  const stop = /[.!?](?=\s|$)|\n/.exec(rest);
  return { start, text: rest.slice(0, stop ? stop.index + 1 : rest.length) };
}

/** The side the answer right after a yes/no question takes (next sentence or next block); undefined if none. */
export function answeredStance(text: string, question: Sentence): Stance | undefined {
  const words = question.tokens.map((t) => t.norm);
  const first = words[0] === 'q' ? words[1] : words[0];
  if (!question.question || first === undefined || !YES_NO_OPENERS.has(first)) return undefined;
  const answer = wordsAfter(text, question).replace(LABEL, '');
  if (YES.test(answer)) return 'asserts';
  if (NO.test(answer)) return 'disputes';
  return undefined;
}

/** A fact-check's claim line: "CLAIM: Massage flushes toxins." (also "The claim:", "Claim -"). */
const CLAIM_LINE = /^\s*(?:the )?claims?\s*[:\u2013\u2014-]/i;
/** Its verdict, the next words after it: "VERDICT: False", "Rating: Misleading", "Our verdict - true". */
const VERDICT = /^(?:our )?(?:verdict|rating|conclusion|fact[- ]check)\s*[:\u2013\u2014-]\s*(false|mostly false|misleading|unproven|unsupported|no evidence|not true|incorrect|wrong|true|mostly true|correct|accurate)\b/;
const FALSE_RATINGS = new Set(['false', 'mostly false', 'misleading', 'unproven', 'unsupported', 'no evidence', 'not true', 'incorrect', 'wrong']);

/**
 * The side a fact-check's verdict takes on the claim line just before it ("CLAIM: ..." /
 * "VERDICT: False"): false-like ratings dispute, true-like ones assert; undefined otherwise.
 */
export function verdictStance(text: string, sentence: Sentence): Stance | undefined {
  if (!CLAIM_LINE.test(sentence.text)) return undefined;
  const rating = VERDICT.exec(wordsAfter(text, sentence))?.[1];
  if (rating === undefined) return undefined;
  return FALSE_RATINGS.has(rating) ? 'disputes' : 'asserts';
}

/** What a rebuttal may call the claim it answers: "this", "neither", "the claim" ... */
const REFERENT =
  "(?:this|that|it|these|those|both|neither|none of (?:this|that|these|those|them|it)|all of (?:this|that|these|them)|(?:the|this|that|these) (?:claims?|ideas?|notions?|theory|theories|beliefs?|promises?|myths?))";
/** How a rebuttal calls it wrong: "is a myth", "is simply not true". */
const IS_WRONG =
  "(?:is|are|was|were|'s|'re)\\s+(?:simply |just |completely |totally |entirely |largely |sadly |unfortunately |all |both )?(?:not true|untrue|false|a myth|myths|nonsense|rubbish|wrong|incorrect|not the case|unproven|unfounded|baseless|bogus|pseudoscience|not supported by (?:the )?evidence|not backed by (?:any )?evidence)";
/**
 * Words right after a claim that call it wrong, referring back to it: "This is a myth.", "Neither
 * is true.", "There is no evidence for this.", "Not true." A qualification ("not true for
 * everyone", "not the case in ...") is no rebuttal, so the phrase must end where its clause does.
 */
const REBUTTAL_PHRASES = [
  `${REFERENT}\\s+${IS_WRONG}`,
  `${REFERENT}\\s+(?:has|have)\\s+(?:never|not)\\s+been\\s+(?:shown|proven|proved|demonstrated)`,
  '(?:neither|none of (?:them|these|those|this|it)|none)\\s+(?:is|are|holds?|stands?)\\s+(?:true|up)',
  `(?:there is|there's|there isn't any|there is not any|we have|i have seen) no (?:good |real |scientific |reliable |clinical |solid |convincing )?(?:evidence|proof|research|science|truth|basis) (?:for|behind|to support|to back up|to back|that supports?) ${REFERENT}`,
  `(?:the )?(?:evidence|research|science|studies|data|trials) (?:does not|doesn't|do not|don't) (?:support|back up|back|bear out) ${REFERENT}`,
  // The reader's or an expert's disbelief: "I don't buy a word of it", "that's not how backs work".
  `(?:i|we) (?:don't|do not|didn't|did not) (?:buy|believe) (?:a word of |any of |one bit of )?${REFERENT}`,
  `${REFERENT}(?:'s| is) not how (?:\\w+ ){0,2}(?:works?|functions?)`,
];
/** A bare verdict ends its sentence: "Myth." ("Myth:" opens the next item's label, "Myth: massage ..."). */
const BARE_VERDICT = "(?:not true|false|untrue|wrong|nope|not so|myth|busted|debunked)(?=[ \\t]*(?:[.!]|\\n|$))";
/** The phrase must end its clause. */
const rebuttal = (phrases: readonly string[]) => new RegExp(`^(?:${phrases.join('|')})(?=\\s*(?:at all|whatsoever|either)?\\s*(?:[.!;:,\\u2013\\u2014-]|$))`);
const REBUTTAL = rebuttal([...REBUTTAL_PHRASES, BARE_VERDICT]);
/**
 * A fact-check's rating on its question's own line: "Does massage detox your muscles? False",
 * "Mostly false". On a line of its own a bare "Myth" or "False" is as often the label of what
 * follows (a myth-and-fact card), so only the same line counts.
 */
const RATING_ON_LINE = /^(?:(?:mostly |largely )?false|misleading|unproven|not true|untrue|myth)[ \t]*(?:[.!]|\n|$)/;
/** Later in a sentence a bare "nope" may answer anything ("... but the HR lady said nope"): phrases that refer back only. */
const REBUTTAL_WITHIN = rebuttal(REBUTTAL_PHRASES);
/** What introduces a rebuttal inside a sentence: a colon, semicolon or dash, or a reporting verb ("said", "told me"). */
const REBUTTAL_LEAD = /(?:[:;]|\s[\u2013\u2014-])\s*|\b(?:said|says|told (?:me|us|them)|replied|answered|insists?|admits?)(?:,| that)?\s+/g;
/** A contrast that opens a rebuttal inside the claim's own sentence: "..., but there is no evidence for this". */
const CONTRAST = /^[^.!?]*?(?:,|;|:|\s[\u2013\u2014-])\s*(?:but|however|yet)\b,?\s*/;

/**
 * The claim a sentence asserts or attributes, called wrong right after its words: in the same
 * sentence after a contrast ("Some say massage flushes toxins, but there is no evidence for this")
 * or by the next sentence, in its block or the next ("Clinics promise to flush toxins. Neither is
 * true."). Returns 'disputes' then, else undefined.
 */
export function rebuttedStance(text: string, sentence: Sentence, claimEnd: number): Stance | undefined {
  const rest = text.slice(claimEnd, sentence.end).toLowerCase().replace(/’/g, "'");
  const contrast = CONTRAST.exec(rest);
  if (contrast && REBUTTAL.test(rest.slice(contrast[0].length).trimEnd())) return 'disputes';
  const next = wordsAfter(text, sentence).replace(/^(?:but|however|yet|in fact|in reality|actually|sadly|unfortunately|the truth is)\b,?\s*/, '');
  if (REBUTTAL.test(next)) return 'disputes';
  if (sentence.question && !text.slice(sentence.end, afterBlank(text, sentence.end)).includes('\n') && RATING_ON_LINE.test(next)) return 'disputes';
  // Or later in the next sentence, where a rebuttal is reported or introduced: "Ask a scientist
  // and you'll get a shrug: there's no good evidence for it.", "My GP laughed and said that's a myth."
  const following = answerAfter(text, sentence.end)?.text.toLowerCase().replace(/’/g, "'") ?? '';
  for (const lead of following.matchAll(REBUTTAL_LEAD)) if (REBUTTAL_WITHIN.test(following.slice(lead.index! + lead[0].length))) return 'disputes';
  return undefined;
}
