/**
 * Noun phrases that name a massage by what it is made of, without the word: "slow, firm pressure",
 * "ninety minutes of slow, rhythmic strokes", "an hour on the table", "hands-on work", "the
 * treatment", "your session". Under a heading or intro that makes massage the topic (carryover.ts),
 * a sentence opening with one says what the massage does ("Slow, firm pressure that breaks down
 * adhesions"), and is read with massage standing in for the phrase.
 *
 * A closed grammar, so that a phrase naming anything else never passes: a determiner, a duration
 * ("ninety minutes of"), then only words of touch and kinds of massage before the head noun. "Gentle
 * exercise", "the heat", "your posture", "daily stretching" and "a full assessment followed by
 * hands-on work" are no such phrase.
 */
import { MASSAGE_KINDS } from './massage-kinds';
import type { Token } from './tokenize';

const DETERMINERS = new Set(['a', 'an', 'the', 'your', 'our', 'this', 'each', 'every', 'one']);
/** "ninety minutes of", "an hour of", "60 minutes on the table". */
const NUMBERS = new Set(['a', 'an', 'one', 'half', 'two', 'three', 'thirty', 'forty', 'forty-five', 'fifty', 'sixty', 'seventy', 'seventy-five', 'ninety', 'full', 'whole']);
const UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'min', 'mins']);
/** How the hands feel: words that may stand before the head noun. */
const TOUCH = new Set([
  ...MASSAGE_KINDS,
  'slow', 'rhythmic', 'rhythmical', 'long', 'flowing', 'sweeping', 'circular', 'sustained', 'light', 'targeted', 'skilled',
  'expert', 'hands-on', 'focused', 'brisk', 'steady', 'kneading', 'warm', 'precise', 'careful', 'strong', 'medium',
  'soft', 'and', 'of', 'smooth', 'skilful', 'skillful', 'unhurried',
]);
/** What a massage is made of. "work" needs a word of touch before it ("hands-on work", not "work"). */
const HEADS = new Set(['stroke', 'strokes', 'pressure', 'kneading', 'touch', 'work', 'treatment', 'session', 'technique', 'techniques', 'movements']);
/** Heads that name the whole treatment: a determiner is enough before them ("the treatment", "your session"). */
const WHOLE = new Set(['treatment', 'session']);
/** "An hour on the table": the duration alone names the massage. */
const ON_THE_TABLE = ['on', 'the', 'table'];
/** Relative words between the phrase and its verb: "Slow, firm pressure that breaks down adhesions". */
const RELATIVES = new Set(['that', 'which']);
/** Longest phrase, in words. */
const MAX_PHRASE_WORDS = 9;

/**
 * If the tokens from `from` open with a phrase naming the massage, the index of the first word after
 * it (and after a relative "that"/"which"): where its predicate starts. Otherwise undefined.
 */
export function massagePhraseEnd(tokens: readonly Token[], from: number): number | undefined {
  let i = from;
  const at = (k: number) => tokens[k]?.norm ?? '';
  if (DETERMINERS.has(at(i)) && !UNITS.has(at(i + 1))) i++;
  // A duration: "ninety minutes of ...", "an hour on the table".
  if ((NUMBERS.has(at(i)) || /^\d{2,3}$/.test(at(i))) && UNITS.has(at(i + 1))) {
    i += 2;
    if (ON_THE_TABLE.every((w, k) => at(i + k) === w)) return after(i + ON_THE_TABLE.length);
    if (at(i) !== 'of') return undefined;
    i++;
  }
  const modifiersFrom = i;
  for (; i < tokens.length && i - from < MAX_PHRASE_WORDS && !tokens[i - 1]?.clauseBreak; i++) {
    // "hands-on" is read as two words.
    if (at(i) === 'hands' && at(i + 1) === 'on') i++;
    else if (!TOUCH.has(at(i))) break;
  }
  const head = at(i);
  if (!HEADS.has(head) || i - from >= MAX_PHRASE_WORDS) return undefined;
  // "and" or "of" may join words of touch, never open or close them ("and pressure", "of work").
  if (i > modifiersFrom && (['and', 'of'].includes(at(i - 1)) || ['and', 'of'].includes(at(modifiersFrom)))) return undefined;
  if (head === 'work' && i === modifiersFrom) return undefined;
  // Without a word of touch, only a head naming the whole treatment, after a determiner: "the treatment".
  if (i === modifiersFrom && !(WHOLE.has(head) && i > from)) return undefined;
  return after(i + 1);

  function after(k: number): number | undefined {
    if (tokens[k - 1]?.comma || tokens[k - 1]?.clauseBreak) return undefined;
    const next = RELATIVES.has(at(k)) ? k + 1 : k;
    return next < tokens.length ? next : undefined;
  }
}

/**
 * Other treatments a block may name before a phrase that would then name them instead ("We also
 * offer acupuncture. The treatment eases back pain."): after one of these, a later sentence's phrase
 * is not read as the massage.
 */
export const OTHER_TREATMENTS =
  /\b(?:acupuncture|acupressure|needling|needles?|chiropract\w*|physio\w*|osteopath\w*|facials?|wraps?|sauna|steam|yoga|pilates|ultrasound|cupping|injections?|surgery|medication|painkillers?|tablets|exercises?|stretch\w*|reiki|laser|infrared|heat|ice|bath|scrub|manicure|pedicure|waxing|peel|tens|cream|gel|balm|patch(?:es)?|device|machine|chair|gun|roller)\b/i;
