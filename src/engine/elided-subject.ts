/**
 * A sentence that leaves its subject out, right after one that names massage, as reviews and posts
 * do: "Massage is the only thing that helps my back. Not a cure, but ...", "... Helps me sleep
 * too." It is read with the massage in front ("massage is not a cure", "massage helps me sleep").
 * Only openers that can take no other subject count: a verb in the third person singular from a
 * closed list (the writer's own "Slept like a log" is not the massage's), or "not a/an", a noun
 * phrase said of what came before.
 */
import type { Sentence } from './tokenize';

/** Verbs a review says massage does, in the third person singular ("Helps", "Eases", "Works wonders"). */
const VERB_OPENERS = new Set([
  'helps', 'eases', 'relieves', 'works', 'boosts', 'improves', 'reduces', 'releases', 'flushes', 'loosens', 'stops', 'fixes',
  'cures', 'keeps', 'gives', 'makes', 'takes', 'breaks', 'melts', 'sorts', 'calms', 'relaxes', 'soothes', 'clears', 'gets',
  'increases', 'lowers', 'prevents', 'speeds', 'restores', 'balances', 'realigns', 'detoxes', 'detoxifies', 'removes',
  // A review's past ("Helped my back loads"): the writer's own past ("Slept like a log") is not here.
  'helped', 'eased', 'relieved', 'worked', 'fixed', 'cured', 'sorted', 'loosened', 'released', 'stopped', 'improved', 'reduced',
  'gave', 'made', 'took', 'calmed', 'relaxed', 'soothed', 'cleared',
]);
/** Adverbs a fragment may open with before its verb ("Really helps", "Definitely eases"). */
const ADVERBS = new Set(['really', 'also', 'definitely', 'honestly', 'genuinely', 'seriously', 'totally', 'always', 'usually', 'often', 'actually', 'still', 'certainly', 'instantly']);

/**
 * The words to read in front of the sentence after the subject: none before a verb, "is" before
 * "not a"; undefined when the sentence has a subject of its own (or may have).
 */
export function elidedSubjectLead(s: Sentence): readonly string[] | undefined {
  const t = s.tokens;
  if (s.question || t.length < 3) return undefined;
  if (t[0]!.norm === 'not' && (t[1]!.norm === 'a' || t[1]!.norm === 'an')) return ['is'];
  let i = 0;
  while (i < 2 && ADVERBS.has(t[i]!.norm)) i++;
  return VERB_OPENERS.has(t[i]!.norm) ? [] : undefined;
}
