/**
 * The content script's slice of the bundle (see engine/prefilter.ts): anchor words, and for each
 * pattern the first word of every alternative of every required slot that is not made of
 * everyday words. Forms are re-pooled so the
 * content script carries only the words it tests.
 */
import type { CompiledPattern, PrefilterData } from '../engine/types';
import { COMMON } from './anchor';
import { Pool } from './pool';

export function prefilterData(patterns: readonly CompiledPattern[], phrases: readonly number[][], forms: readonly string[][]): PrefilterData {
  const local = new Pool<string[]>((f) => f.join(' '));
  // Concept slots repeat across patterns: each distinct slot is stored once.
  const slots = new Pool<number[]>((ids) => ids.join(' '));
  const requirements = patterns.map((p) =>
    p.slots.flatMap((slot) => {
      if (slot.kind !== 'alt' || slot.optional) return [];
      const firstWords = slot.options.map((id) => forms[phrases[id]![0]!]!);
      // A slot that everyday words satisfy ("help", "for") filters almost nothing: leave it out.
      if (firstWords.some((f) => f.some((w) => COMMON.has(w)))) return [];
      return [slots.add([...new Set(firstWords.map((f) => local.add(f)))].sort((a, b) => a - b))];
    }),
  );
  const words = [...new Set(patterns.flatMap((p) => p.anchor.flatMap((id) => forms[id]!)))].sort();
  return { words, detail: JSON.stringify({ forms: local.items, slots: slots.items, requirements }) };
}
