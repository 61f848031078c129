/**
 * The content script's slice of the bundle (see engine/prefilter.ts): anchor words, and for each
 * pattern (and concept rule, after the patterns) its required slots as phrases (a slot is met when
 * all words of one of its phrases are present). Required slots are kept, everyday words included:
 * on ordinary pages the everyday-word slots ("help") are met, but the topical ones are not, and it
 * takes all of them to wake the NLP engine. Function words are the exception (below). Forms are
 * re-pooled so the content script carries only the words it tests.
 */
import type { CompiledPattern, PrefilterData } from '../engine/types';
import { Pool } from './pool';

/**
 * Words nearly every window holds: requiring them rejects no window, but checking them was most of
 * stage 2's work on topical text without claims (each counted towards hundreds of phrases). They
 * are left out of phrases, and a slot one of whose phrases is made of them alone counts as met, so
 * stage 2 only gets looser: on the unrelated fixtures the same windows pass, in 20% less time.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at for with by from and or but as than that this these those it its your you my our their ' +
    'is are was were be been being have has had do does did i me we us he she him her they them his who which what ' +
    'when where why how there here then now so up out off over into about after'
  ).split(' '),
);

export function prefilterData(patterns: ReadonlyArray<Pick<CompiledPattern, 'slots' | 'anchor'>>, phrases: readonly number[][], forms: readonly string[][]): Required<PrefilterData> {
  const local = new Pool<string[]>((f) => f.join(' '));
  const localPhrases = new Pool<number[]>((p) => p.join(' '));
  // Concept slots repeat across patterns: each distinct slot is stored once.
  const slots = new Pool<number[]>((ids) => ids.join(' '));
  const isFunctionWord = (formId: number) => forms[formId]!.some((w) => FUNCTION_WORDS.has(w));
  /** A pattern's required slots; `lean`: without function words (a pattern of nothing else keeps them). */
  const required = (p: Pick<CompiledPattern, 'slots'>, lean: boolean) =>
    p.slots.flatMap((slot) => {
      if (slot.kind !== 'alt' || slot.optional) return [];
      const kept = slot.options.map((id) => (lean ? phrases[id]!.filter((formId) => !isFunctionWord(formId)) : phrases[id]!));
      if (kept.some((phrase) => phrase.length === 0)) return [];
      const ids = kept.map((phrase) => localPhrases.add(phrase.map((formId) => local.add(forms[formId]!))));
      return [slots.add([...new Set(ids)].sort((a, b) => a - b))];
    });
  const requirements = patterns.map((p) => {
    const lean = required(p, true);
    return lean.length > 0 ? lean : required(p, false);
  });
  const words = [...new Set(patterns.flatMap((p) => p.anchor.flatMap((id) => forms[id]!)))].sort();
  return { words, detail: JSON.stringify({ forms: local.items, phrases: localPhrases.items, slots: slots.items, requirements }) };
}
