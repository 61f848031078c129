/**
 * Prefilter stage 2: does a window's vocabulary meet every required slot of at least one pattern?
 *
 * Works forwards from the words present rather than checking each of the ~600 patterns: each word
 * completes phrases, and a complete phrase meets slots. A pattern is looked at only once its key
 * slot is met, the one of its slots the fewest patterns share: a window of topical text meets the
 * shared subject slot (@massage, needed by most patterns) but rarely a pattern's own words, so it
 * looks at few patterns (counting towards every pattern of each met slot cost twice as much on the
 * unrelated fixtures). The cost follows the window's words and what they take part in, not the
 * size of the claims file. Stamps are reset by a generation counter, not reallocated, so a page
 * with thousands of windows allocates nothing per window.
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
  const keyOf = (slots: readonly number[]) => slots.reduce((a, b) => (requirementsOfSlot[b]!.length < requirementsOfSlot[a]!.length ? b : a));
  const keyedBy = invert(
    requirements.map((slots) => (slots.length > 0 ? [keyOf(slots)] : [])),
    detail.slots.length,
  );

  // Per-window state: a cell counts only while its stamp equals the current generation.
  let generation = 0;
  const formSeen = new Uint32Array(detail.forms.length);
  const slotSeen = new Uint32Array(detail.slots.length);
  const phraseStamp = new Uint32Array(detail.phrases.length);
  const phraseCount = new Uint16Array(detail.phrases.length);
  /** Patterns whose key slot the window meets, to be checked again once all its words are in. */
  const keyed: number[] = [];
  /** A pattern's requirements are all met: the window passes, no need to visit more words. */
  let met = false;
  // Each pattern's slots, flat: checked for every pattern keyed by a slot the window meets.
  const slotsAt = Int32Array.from([0, ...requirements.map((slots) => slots.length)], ((sum) => (n: number) => (sum += n))(0));
  const slotsOf = Int32Array.from(requirements.flat());
  const allSeen = (req: number) => {
    for (let k = slotsAt[req]!; k < slotsAt[req + 1]!; k++) if (slotSeen[slotsOf[k]!] !== generation) return false;
    return true;
  };

  const addForm = (formId: number): void => {
    if (formSeen[formId] === generation) return;
    formSeen[formId] = generation;
    for (const phrase of phrasesOfForm[formId]!) {
      if (phraseStamp[phrase] !== generation) {
        phraseStamp[phrase] = generation;
        phraseCount[phrase] = 0;
      }
      if (++phraseCount[phrase]! !== phraseSize[phrase]) continue;
      for (const slot of slotsOfPhrase[phrase]!) {
        if (slotSeen[slot] === generation) continue;
        slotSeen[slot] = generation;
        for (const req of keyedBy[slot]!) {
          // Met already (its other slots came first): claim-rich windows end here, early.
          if (allSeen(req)) {
            met = true;
            return;
          }
          keyed.push(req);
        }
      }
    }
  };

  return {
    met(visitWords) {
      if (always) return true;
      // Wrapping around after 2^32 windows would let stale stamps count: start the tables afresh.
      if (++generation === 0xffffffff) {
        for (const table of [formSeen, slotSeen, phraseStamp]) table.fill(0);
        generation = 1;
      }
      keyed.length = 0;
      met = false;
      visitWords((word) => {
        if (met) return true;
        const forms = formsOfWord.get(word);
        if (forms) for (let f = 0; f < forms.length && !met; f++) addForm(forms[f]!);
        return met;
      });
      return met || keyed.some(allSeen);
    },
  };
}
