/**
 * Massage named outside a window. Windows hold only candidate sentences, so pronoun resolution
 * (pronouns.ts) would not see a mention in a heading or question just above one ("Is massage
 * safe?" / "Mostly, but skip it if you have a fever"), nor know what the page is about. A plain
 * sentence ending the paragraph above is not enough: across a paragraph break "it" as often
 * means something else that sentence named. A page (or page chunk) that names massage at least
 * TOPIC_MENTIONS times is about it: there a session of no named kind is the massage's ("Regular
 * sessions boost circulation"; see pronouns.ts for the guards).
 */

import { escapeAnchorPiece } from './anchor-prefix';
import { sentenceBefore } from './problem-pronouns';
import { isHeadingShaped } from './sections';

/** Mentions that make a text about massage: fewer would let a passing mention on another topic's page count. */
export const TOPIC_MENTIONS = 3;

export interface MentionFinder {
  /** True if the text names massage (one of the mention words, not a device's name). */
  names(text: string): boolean;
  /** True if the sentence just before `start` is a heading or a short question naming massage. */
  namedAbove(text: string, start: number): boolean;
  /** True if the text names massage at least TOPIC_MENTIONS times. */
  isTopicOf(text: string): boolean;
  /**
   * The same, counting only the therapy: a mention followed by the verb's object ("massage the
   * kale", "massage it in") is the kitchen's or the skin cream's as often as the therapist's.
   */
  isTherapyTopicOf(text: string, mentions?: number): boolean;
}

/** Words that start the object of "massage" as a verb ("massage the kale", "massage it in", "massage for 2 minutes"). */
const VERB_OBJECT = String.raw`\s+(?:the|a|an|it|them|this|that|these|those|in|into|some|your|my|his|her|their|our|with|gently|well|until|for\s+\d)\b`;

/**
 * `devices`: words that make a mention right before them a device's or a product's name ("massage
 * chair", "massage oil": the lexicon's vetoes); such a mention is not one of massage, for a heading
 * above or for the page's topic.
 */
export function createMentionFinder(mentions: Iterable<string>, devices: Iterable<string> = []): MentionFinder {
  const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escapeAnchorPiece).join('|');
  const words = alternation(mentions);
  if (words === '') return { names: () => false, namedAbove: () => false, isTopicOf: () => false, isTherapyTopicOf: () => false };
  const device = alternation(new Set(devices));
  const source = `\\b(?:${words})\\b${device === '' ? '' : `(?!\\s+(?:${device})\\b)`}`;
  const one = new RegExp(source, 'i');
  const all = new RegExp(source, 'gi');
  const therapy = new RegExp(`${source}(?!${VERB_OBJECT})`, 'gi');
  const atLeast = (re: RegExp, text: string, mentions = TOPIC_MENTIONS) => {
    re.lastIndex = 0;
    let found = 0;
    while (re.exec(text)) if (++found >= mentions) return true;
    return false;
  };
  const names = (text: string) => one.test(text);
  return {
    names,
    namedAbove: (text, start) => {
      const before = sentenceBefore(text, start);
      return isHeadingShaped(before) && names(before);
    },
    isTopicOf: (text) => atLeast(all, text),
    isTherapyTopicOf: (text, mentions) => atLeast(therapy, text, mentions),
  };
}
