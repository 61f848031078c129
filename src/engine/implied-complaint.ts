/**
 * The complaint a page about back pain leaves unsaid. On such a page "Massage helps me, but it's
 * maintenance, not a fix" and "Massage gave me some relief" say that massage relieves back pain,
 * and does not cure it, without naming it; alone, or on a page about something else, they say
 * nothing of the kind. A sentence naming massage there is read again with the back pain's stand-in
 * word (problem-pronouns.ts, which does the same after a sentence naming back pain) where a relief
 * or cure word ends its stretch of the sentence (carryover.ts), and only a hit that uses the
 * stand-in counts.
 *
 * Guards, since the words are supplied rather than read:
 *  - the text names back pain at least TOPIC_MENTIONS times (one mention on a spa's price list is
 *    not a page about back pain);
 *  - the relief word is followed by nothing but a few filler words ("helps me", "helpful for
 *    some", "three days of relief") up to the end of its clause: "helps me sleep" and "relief from
 *    stress" name their own object;
 *  - the sentence names no other complaint or body part ("Massage for my neck helps a lot");
 *  - relief under a condition ("if the spasm won't release, massage can't help") is no finding,
 *    and "why it helps" is about the mechanism;
 *  - a sentence that already makes a claim is left alone (the scanner): its relief words belong
 *    to it.
 */
import { BACK_PAIN_NAMES } from './back-pain-names';
import { stretchBreakAt } from './carryover';
import { PROBLEM_ALIAS, RELIEF_ENDS, reliefIsStated, TRAILING } from './problem-pronouns';
import type { Sentence, Token } from './tokenize';

/** Mentions of back pain that make a text about it. */
export const TOPIC_MENTIONS = 3;

const NAMES = new RegExp(`\\b(?:${BACK_PAIN_NAMES})\\b`, 'gi');

/** True if the text names back pain at least `mentions` times (asked once per text, by the prefilter). */
export function isAboutBackPain(text: string, mentions = TOPIC_MENTIONS): boolean {
  NAMES.lastIndex = 0;
  let found = 0;
  while (NAMES.exec(text)) if (++found >= mentions) return true;
  return false;
}

/**
 * Words of relief or cure whose clause, ended right after them, leaves the complaint implied. Not
 * "works": on these pages it is mostly said of the mechanism ("that's why it works", "Massage
 * works," said the chief executive).
 */
const RELIEF_WORDS = new Set([
  ...[...RELIEF_ENDS].filter((w) => !w.startsWith('work')), 'relief', 'helping', 'helpful', 'relieve', 'ease', 'soothe', 'soothes', 'soothed',
  // What a cure is called: "Massage is not a cure", "maintenance, not a fix".
  'cure', 'cures', 'cured', 'fix', 'remedy', 'solution',
]);
/** A cheap test before any reading: the text holds a relief word. */
export const RELIEF_IN = new RegExp(`\\b(?:${[...RELIEF_WORDS].join('|')})\\b`, 'i');
/** What may stand between the relief word and the clause's end: how much, and whom it helps. */
const FILLERS = new Set([...TRAILING, 'me', 'us', 'them', 'him', 'her', 'you', 'people', 'some', 'many', 'most', 'for', 'everyone', 'at', 'all']);
const MAX_FILLERS = 3;
/** Another complaint or body part: the sentence's relief is for that. */
const OTHER_COMPLAINTS = new Set([
  'neck', 'shoulder', 'shoulders', 'headache', 'headaches', 'migraine', 'migraines', 'stress', 'anxiety', 'sleep', 'insomnia',
  'knee', 'knees', 'hip', 'hips', 'leg', 'legs', 'foot', 'feet', 'arm', 'arms', 'wrist', 'jaw', 'mood', 'depression', 'skin',
  'hamstring', 'hamstrings', 'calf', 'calves', 'ankle', 'elbow', 'tension', 'cramp', 'cramps', 'period', 'arthritis', 'fibromyalgia',
]);

/** A consequence of a condition stated before ("Then massage can not help") is no finding either. */
const CONSEQUENCE_OPENERS = new Set(['then', 'otherwise']);

/**
 * The sentence with "for" and the stand-in word read after each relief word (and its fillers) that
 * ends a stretch, one reading per place, with the stand-in's index; none when it names another
 * complaint.
 */
export function impliedReadings(s: Sentence): Array<{ sentence: Sentence; at: number }> {
  const { tokens } = s;
  if (tokens.some((t) => OTHER_COMPLAINTS.has(t.norm)) || CONSEQUENCE_OPENERS.has(tokens[0]?.norm ?? '')) return [];
  const readings: Array<{ sentence: Sentence; at: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!RELIEF_WORDS.has(tokens[i]!.norm) || !reliefIsStated(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_FILLERS && FILLERS.has(tokens[end]!.norm) && !stretchBreakAt(s, end)) end++;
    if (end < tokens.length && !stretchBreakAt(s, end)) continue;
    const at = tokens[end - 1]!.end;
    // "for": what relief is for ("relief for backache"), as the patterns name it.
    const standIn = ['for', PROBLEM_ALIAS].map((norm): Token => ({ norm, start: at, end: at, clauseBreak: false, keys: [norm] }));
    readings.push({ sentence: { ...s, tokens: [...tokens.slice(0, end), ...standIn, ...tokens.slice(end)] }, at: end + 1 });
  }
  return readings;
}
