/**
 * Prefilter stage 2: does a window's vocabulary meet every required slot of at least one pattern?
 *
 * Works forwards from the words present rather than checking each of the ~300 patterns: each word
 * completes phrases, a complete phrase meets slots, a met slot counts towards the patterns that need
 * it, and the first pattern with all its slots met ends the check. The cost follows the window's
 * words and what they take part in, not the size of the claims file. Counters are reset by a
 * generation stamp, not reallocated, so a page with thousands of windows allocates nothing per window.
 */
import type { PrefilterDetail } from './types';

export interface RequirementCheck {
  /** True if the words (visited in any order, repeats allowed) meet some pattern's requirements. */
  met(visitWords: (visit: (word: string) => boolean) => void): boolean;
}

/** Inverts a list of lists: for each member id, the lists (indices) it appears in, once each. */
function invert(lists: readonly (readonly number[])[], size: number): number[][] {
  const out = Array.from({ length: size }, () => [] as number[]);
  lists.forEach((list, index) => {
    for (const id of new Set(list)) out[id]!.push(index);
  });
  return out;
}

export function createRequirementCheck(detail: PrefilterDetail): RequirementCheck {
  const formsOfWord = new Map<string, number[]>();
  detail.forms.forEach((words, formId) => {
    for (const w of words) (formsOfWord.get(w) ?? formsOfWord.set(w, []).get(w)!).push(formId);
  });
  const requirements = detail.requirements.map((slots) => [...new Set(slots)]);
  // A pattern without required words could match anywhere: every window passes.
  const always = requirements.some((slots) => slots.length === 0);
  const phrasesOfForm = invert(detail.phrases, detail.forms.length);
  const slotsOfPhrase = invert(detail.slots, detail.phrases.length);
  const requirementsOfSlot = invert(requirements, detail.slots.length);
  const phraseSize = detail.phrases.map((forms) => new Set(forms).size);
  const requirementSize = requirements.map((slots) => slots.length);

  // Per-window state: a cell counts only while its stamp equals the current generation.
  let generation = 0;
  const formSeen = new Uint32Array(detail.forms.length);
  const slotSeen = new Uint32Array(detail.slots.length);
  const phraseStamp = new Uint32Array(detail.phrases.length);
  const phraseCount = new Uint16Array(detail.phrases.length);
  const requirementStamp = new Uint32Array(requirements.length);
  const requirementCount = new Uint16Array(requirements.length);

  /** Counts one more present member towards a threshold; true when the threshold is reached. */
  const bump = (stamp: Uint32Array, count: Uint16Array, id: number, size: number) => {
    if (stamp[id] !== generation) {
      stamp[id] = generation;
      count[id] = 0;
    }
    return ++count[id]! === size;
  };

  const addForm = (formId: number): boolean => {
    if (formSeen[formId] === generation) return false;
    formSeen[formId] = generation;
    for (const phrase of phrasesOfForm[formId]!) {
      if (!bump(phraseStamp, phraseCount, phrase, phraseSize[phrase]!)) continue;
      for (const slot of slotsOfPhrase[phrase]!) {
        if (slotSeen[slot] === generation) continue;
        slotSeen[slot] = generation;
        for (const req of requirementsOfSlot[slot]!) if (bump(requirementStamp, requirementCount, req, requirementSize[req]!)) return true;
      }
    }
    return false;
  };

  return {
    met(visitWords) {
      if (always) return true;
      // Wrapping around after 2^32 windows would let stale stamps count: start the tables afresh.
      if (++generation === 0xffffffff) {
        for (const table of [formSeen, slotSeen, phraseStamp, requirementStamp]) table.fill(0);
        generation = 1;
      }
      let found = false;
      visitWords((word) => {
        for (const formId of formsOfWord.get(word) ?? []) if (addForm(formId)) return (found = true);
        return false;
      });
      return found;
    },
  };
}
