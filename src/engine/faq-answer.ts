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
const NO = /^(?:no|nope|not really|not at all|unfortunately,? (?:no|not)|sadly,? (?:no|not)|in short,? no|(?:almost certainly|probably|most likely) not|(?:very )?unlikely|(?:the )?short answer(?: is)?:? no)\s*[.,!;:\u2013\u2014-]/;
const LABEL = /^(?:a|answer)\s*[:.)-]\s*/;

/** Longest stretch of blank space looked across for the answer. */
const MAX_GAP = 200;

/** The first words after a sentence, past blank space and closing quotes (lower case, straight apostrophes). */
function wordsAfter(text: string, sentence: Sentence): string {
  const rest = /^[\s"'”’)\]]*/.exec(text.slice(sentence.end, sentence.end + MAX_GAP))!;
  const start = sentence.end + rest[0].length;
  return text.slice(start, start + 60).toLowerCase().replace(/’/g, "'");
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

