/**
 * "It" for the problem a testimonial names a sentence earlier: "I had lower back pain for months.
 * A weekly massage finally eased it." (and "... really helped.", the problem left implicit).
 * Pronoun resolution (pronouns.ts) reads "it" as massage; here
 * an "it" that massage acts on (massage is named before it in its sentence, and "it" is not the
 * sentence's subject, nor a contrast's when massage is named before the back pain) after a mention
 * of back pain in the sentence before, or earlier in its own, is also matched as back pain. The mark
 * stays on the sentence's own words.
 */
import { BACK_PAIN_NAMES } from './back-pain-names';
import type { Sentence, Token } from './tokenize';

/** Back pain as testimonials name it: its common names, or a sore or bad back. */
const BACK_PAIN = new RegExp(String.raw`\b(?:${BACK_PAIN_NAMES}|sore back|bad back|back (?:is|was|has been|had been) (?:sore|aching|stiff|killing|agony|bad))\b`, 'i');
/** The word an "it" standing for back pain is matched as (one of the claims' @back-pain words). */
export const PROBLEM_ALIAS = 'backache';

/** True if the text names back pain as a testimonial does. */
export const namesBackPain = (text: string) => BACK_PAIN.test(text);

/** How far back before a window its previous sentence is looked for. */
const MAX_CONTEXT = 300;

/**
 * The sentence just before `start` (in its block, or the block before: a heading), as plain text;
 * windows hold only candidate sentences, and the back pain a testimonial names often stands in one
 * without any candidate word ("My lower back has been killing me.").
 */
export function sentenceBefore(text: string, start: number): string {
  const head = text.slice(Math.max(0, start - MAX_CONTEXT), start).trimEnd();
  return head.slice(lastBreak(head) + 1);
}

const TERMINATOR = /[.!?]/;
const CLOSER = /["'”’)\]]/;
const SPACE = /\s/;

/**
 * The last line break of the text, or the last white space that ends a sentence (a terminator and
 * closing quotes or brackets before it), not counting the text's last character; -1 if none.
 * Read backwards: the break is usually near the end.
 */
function lastBreak(head: string): number {
  const line = head.lastIndexOf('\n');
  for (let q = head.length - 2; q > line; q--) {
    if (!SPACE.test(head[q]!)) continue;
    let k = q - 1;
    while (k >= 0 && CLOSER.test(head[k]!)) k--;
    if (k >= 0 && TERMINATOR.test(head[k]!)) return q;
  }
  return line;
}

/** Verbs of relief that may end a sentence with the problem left implicit ("A massage really helped."). */
export const RELIEF_ENDS = new Set(['help', 'helps', 'helped', 'eases', 'eased', 'relieves', 'relieved', 'works', 'worked']);
/** Words that may follow such a verb before the sentence ends ("helped a lot", "worked wonders" is a pattern of its own). */
export const TRAILING = new Set([
  'a', 'lot', 'lots', 'loads', 'so', 'much', 'really', 'massively', 'hugely', 'immediately', 'straight', 'away', 'tremendously',
  'enormously', 'no', 'end', 'too', 'as', 'well', 'though', 'honestly', 'definitely', 'bit', 'little', 'greatly', 'instantly', 'right',
]);

/** Words opening a contrasting clause, whose "it" is the subject's. */
const CONTRAST = new Set(['but', 'yet', 'though', 'although']);

/** Where the sentence first names back pain (its length if nowhere). */
function painAt(s: Sentence): number {
  const at = s.text.search(BACK_PAIN);
  return at < 0 ? s.text.length : at;
}

/** Relief under a condition ("if it won't release, massage can't help") is no finding; "why massage helps" is about the mechanism. */
const CONDITIONS = new Set(['if', 'unless']);
const MECHANISM_WORDS = new Set(['how', 'why']);
const MECHANISM_REACH = 3;

/** True if the relief word at i is stated as a finding: under no condition before it, and not as how or why relief comes. */
export function reliefIsStated(tokens: readonly Token[], i: number): boolean {
  if (tokens.slice(Math.max(0, i - MECHANISM_REACH), i).some((t) => MECHANISM_WORDS.has(t.norm))) return false;
  return !tokens.slice(0, i).some((t) => CONDITIONS.has(t.norm));
}

/**
 * Marks each "it" that stands for the back pain named just before, in sentences of one window
 * (`context`: the sentence before it), and reads a relief verb that ends its sentence after a
 * mention of massage ("A massage on Tuesday really helped.") as acting on that back pain: a
 * stand-in word, zero-width, follows the verb.
 */
export function createProblemResolver(mentions: ReadonlySet<string>): (sentences: Sentence[], context?: string) => void {
  return (sentences, context = '') => {
    sentences.forEach((s, k) => {
      const before = BACK_PAIN.test(k > 0 ? sentences[k - 1]!.text : context);
      let massage = -1;
      s.tokens.forEach((t, i) => {
        if (massage < 0 && mentions.has(t.norm)) massage = i;
        if (t.norm !== 'it' || i === 0 || massage < 0 || massage >= i) return;
        // "Massage helps my back, but it is not a cure": after a contrast, "it" goes on with the
        // sentence's subject, massage, when massage is named before the back pain.
        if (CONTRAST.has(s.tokens[i - 1]!.norm) && s.tokens[massage]!.start - s.start < painAt(s)) return;
        const earlier = BACK_PAIN.test(s.text.slice(0, t.start - s.start));
        if ((before || earlier) && !t.keys.includes(PROBLEM_ALIAS)) t.keys.push(PROBLEM_ALIAS);
      });
      if (!before || massage < 0) return;
      // The relief verb, if any, stands just before the sentence's trailing words ("helped a lot").
      let verb = s.tokens.length - 1;
      while (verb > massage && TRAILING.has(s.tokens[verb]!.norm)) verb--;
      if (verb <= massage || !RELIEF_ENDS.has(s.tokens[verb]!.norm) || !reliefIsStated(s.tokens, verb)) return;
      const at = s.tokens[verb]!.end;
      s.tokens.splice(verb + 1, 0, { norm: PROBLEM_ALIAS, start: at, end: at, clauseBreak: false, keys: [PROBLEM_ALIAS] });
    });
  };
}
