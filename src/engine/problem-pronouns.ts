/**
 * "It" for the problem a testimonial names a sentence earlier: "I had lower back pain for months.
 * A weekly massage finally eased it." Pronoun resolution (pronouns.ts) reads "it" as massage; here
 * an "it" that massage acts on (massage is named before it in its sentence, and "it" is not the
 * sentence's subject) after a mention of back pain in the sentence before, or earlier in its own,
 * is also matched as back pain. The mark stays on the sentence's own words.
 */
import { BACK_PAIN_NAMES } from './back-pain-names';
import type { Sentence } from './tokenize';

/** Back pain as testimonials name it: its common names, or a sore or bad back. */
const BACK_PAIN = new RegExp(String.raw`\b(?:${BACK_PAIN_NAMES}|sore back|bad back|back (?:is|was|has been|had been) (?:sore|aching|stiff|killing|agony|bad))\b`, 'i');
/** The word an "it" standing for back pain is matched as (one of the claims' @back-pain words). */
const ALIAS = 'backache';

/** Marks each "it" that stands for the back pain named just before, in sentences of one window. */
export function createProblemResolver(mentions: ReadonlySet<string>): (sentences: readonly Sentence[]) => void {
  return (sentences) => {
    sentences.forEach((s, k) => {
      const before = k > 0 && BACK_PAIN.test(sentences[k - 1]!.text);
      let massage = -1;
      s.tokens.forEach((t, i) => {
        if (massage < 0 && mentions.has(t.norm)) massage = i;
        if (t.norm !== 'it' || i === 0 || massage < 0 || massage >= i) return;
        const earlier = BACK_PAIN.test(s.text.slice(0, t.start - s.start));
        if ((before || earlier) && !t.keys.includes(ALIAS)) t.keys.push(ALIAS);
      });
    });
  };
}
