/**
 * Picks, for each pattern, one required slot whose words every match must contain: its anchor.
 * A sentence holding no anchor word of a pattern cannot match it, so the union of anchors is the
 * prefilter vocabulary. Choices are made greedily across all patterns so that they share anchors
 * (most patterns can anchor on @massage), keeping the vocabulary small, and frequent words
 * ("back", "help") are avoided so the prefilter stays selective on ordinary pages.
 */
import type { Slot } from '../engine/types';

/**
 * Words so frequent on ordinary pages that they make poor prefilter anchors: function words and
 * everyday verbs, adjectives and nouns that appear in claim patterns.
 */
export const COMMON = new Set(
  (
    'a an the of to in on at for with by from and or but as than that this these those it its your you my our their ' +
    'is are was were be been being have has had do does did can could will would may might should must shall ' +
    'i me we us he she him her they them his hers who whom whose which what when where why how there here then now ' +
    'not no nor only just also too very so such more most less least much many few fewer lot lots all any some each ' +
    'every both either neither other another same own enough about above across after against along among around ' +
    'before behind below beneath beside between beyond during except inside into near off onto out outside over past ' +
    'since through throughout till toward towards under until up upon via within without while whilst because though ' +
    'although if unless whether once still yet already always never often sometimes usually again ever even well ' +
    'back help get make take use good way time work people person body come part keep give need want go say see know ' +
    'day week month year new old high low great big small long short first last next early late best better worse ' +
    'bad right left top side place area level point number kind type form thing things case fact lead cut set put ' +
    'find show look feel try call ask turn start stop run move live hold bring happen change play stay let mean ' +
    'improve increase reduce lower raise support treat treatment care health healthy life general overall regular ' +
    'natural normal common real sure certain whole able free full hot cold warm problem problems issue source sign ' +
    'term risk relief result results effect effects benefit benefits reason cause way ways mention discuss prior ' +
    'bag bags chair chairs desk desks office offices process processes stress fluid fluids compression retention wheat anti ' +
    // Common outside health pages too (technical, shopping, news): each was the anchor of a few
    // patterns that have a rarer slot. Measured on the dependencies' READMEs (bench/engine.ts):
    // with these, 116 of 191 hold an anchor word, against 164 before.
    'one ones key keys important x block blocks safe book books booking ' +
    // The twenty-first round's patterns made these the anchors of "deep tissue" (in @massage) and of
    // "manual therapy"; each such pattern has a rarer slot.
    'deep deeper manual ' +
    // Session 20's patterns made these anchors (an emphasis slot, "strengthening ... strong", "firm strokes", a
    // stomach or kidney harmed once brand names made the painkiller slot longer): each such pattern has a rarer slot.
    'really actually definitely genuinely honestly stuff strong hard firm intense touch stroke hand hands ' +
    'sting knock worst bone bones trunk gut stomach kidney liver build building built ' +
    // Session 26's patterns made these anchors ("nothing beats ... for a back", a cause more likely once the slot of
    // postures grew, heat that eases or settles a back; "ease of use"): each such pattern has a rarer slot.
    'nothing likely ease eases eased easing soothe loosen settle calm'
  ).split(' '),
);

/** Words nearly every page has: an anchor on one of these wakes stage 2 everywhere. */
const VERY_COMMON = new Set(
  (
    'a an the of to in on at for with by from and or but as than that this these those it its your you my our their ' +
    'is are was were be been being have has had do does did can could will would may might should must ' +
    'i me we us he she him her they them his who which what when where why how there here then now not no ' +
    'so more most all some any up out off over into about after before back help helps helped get gets got ' +
    'make makes made take takes took use used way time work people come part keep give need want go say see know ' +
    'day year new good great best better first last long well also just even only very many much'
  ).split(' '),
);

const PENALTY = { veryCommon: 1000, common: 100 };

/**
 * Picks each pattern's anchor: word forms of which every match must contain at least one.
 * Either one required slot (the best word position of each of its alternatives), or a pair:
 * slot A's alternatives that have a distinctive word, plus every alternative of slot B, which
 * covers the matches that use A's everyday alternatives ("bad back"). Greedy across patterns so
 * they share anchors.
 */
export function chooseAnchors(patterns: readonly Slot[][], phrases: readonly number[][], forms: readonly string[][]): number[][] {
  const penalty = forms.map((list) =>
    list.some((f) => VERY_COMMON.has(f)) ? PENALTY.veryCommon : list.some((f) => COMMON.has(f)) ? PENALTY.common : 0,
  );
  // How many pattern alternatives each word serves: shared words ("massage") make cheap anchors.
  const usage = new Array<number>(forms.length).fill(0);
  for (const slots of patterns) for (const slot of slots) if (slot.kind === 'alt') for (const p of slot.options) for (const id of new Set(phrases[p])) usage[id]!++;
  const chosen = new Set<number>();
  // An everyday word stays expensive even once chosen: every pattern that uses it weakens the prefilter.
  const cost = (formId: number) => penalty[formId]! + (chosen.has(formId) ? 0 : forms[formId]!.length / usage[formId]!);
  const bestWord = (phrase: number) => phrases[phrase]!.reduce((a, b) => (cost(b) < cost(a) ? b : a));
  const total = (ids: Iterable<number>) => [...new Set(ids)].reduce((sum, id) => sum + cost(id), 0);

  /** The cheapest anchor of one pattern under the current choices. */
  const best = (slots: readonly Slot[]) => {
    const required = slots.filter((s): s is Extract<Slot, { kind: 'alt' }> => s.kind === 'alt' && !s.optional);
    let result: { ids: number[]; cost: number } = { ids: [], cost: Infinity };
    const consider = (ids: number[]) => {
      const c = total(ids);
      if (c < result.cost) result = { ids: [...new Set(ids)], cost: c };
    };
    const picks = required.map((slot) => slot.options.map(bestWord));
    picks.forEach((ids) => consider(ids));
    picks.forEach((a, i) => {
      const distinctive = a.filter((id) => penalty[id] === 0);
      if (distinctive.length === a.length || distinctive.length === 0) return;
      picks.forEach((b, j) => i !== j && consider([...distinctive, ...b]));
    });
    return result;
  };

  // Cheapest patterns first: their anchors become free for the patterns that follow.
  const order = patterns.map((slots, i) => ({ i, c: best(slots).cost })).sort((a, b) => a.c - b.c);
  const anchors: number[][] = new Array(patterns.length);
  for (const { i } of order) {
    const { ids } = best(patterns[i]!);
    ids.forEach((id) => chosen.add(id));
    anchors[i] = ids;
  }
  return anchors;
}
