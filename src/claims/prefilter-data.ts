/**
 * The content script's slice of the bundle (see engine/prefilter.ts): anchor words, and for each
 * pattern its required slots as phrases (a slot is met when all words of one of its phrases are
 * present). Every required slot is kept: on ordinary pages the everyday-word slots ("help") are
 * met, but the topical ones are not, and it takes all of them to wake the NLP engine. Forms are re-pooled so the
 * content script carries only the words it tests.
 */
import type { CompiledPattern, PrefilterData } from '../engine/types';
import { Pool } from './pool';

export function prefilterData(patterns: readonly CompiledPattern[], phrases: readonly number[][], forms: readonly string[][]): Required<PrefilterData> {
  const local = new Pool<string[]>((f) => f.join(' '));
  const localPhrases = new Pool<number[]>((p) => p.join(' '));
  // Concept slots repeat across patterns: each distinct slot is stored once.
  const slots = new Pool<number[]>((ids) => ids.join(' '));
  const requirements = patterns.map((p) =>
    p.slots.flatMap((slot) => {
      if (slot.kind !== 'alt' || slot.optional) return [];
      const ids = slot.options.map((id) => phrases[id]!).map((phrase) => localPhrases.add(phrase.map((formId) => local.add(forms[formId]!))));
      return [slots.add([...new Set(ids)].sort((a, b) => a - b))];
    }),
  );
  const words = [...new Set(patterns.flatMap((p) => p.anchor.flatMap((id) => forms[id]!)))].sort();
  return { words, detail: JSON.stringify({ forms: local.items, phrases: localPhrases.items, slots: slots.items, requirements }) };
}
