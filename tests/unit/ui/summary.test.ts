import { describe, expect, test } from 'vitest';
import type { ClaimInfo, Stance, Verdict } from '../../../src/engine/types';
import type { Mention } from '../../../src/extension/messages';
import { summarize } from '../../../src/ui/summary';

const info = (id: string, verdict: Verdict, title = id): ClaimInfo => ({
  id,
  title,
  statement: 's',
  verdict,
  certainty: 'low',
  evidence: 'e',
  notes: { asserts: `${id} asserts note`, disputes: `${id} disputes note` },
  citations: [{ authors: 'A', title: 'T', year: 2020, url: 'https://example.org/t' }],
  reviewed: '2026-11-23',
});

const claims = new Map(
  [info('supported-one', 'supported'), info('mixed-one', 'mixed'), info('unsupported-a', 'unsupported', 'Alpha'), info('unsupported-b', 'unsupported', 'Beta'), info('contra', 'contradicted')].map(
    (c) => [c.id, c],
  ),
);
const m = (claimId: string, stance: Stance = 'asserts'): Mention => ({ claimId, verdict: claims.get(claimId)?.verdict ?? 'mixed', stance, text: claimId });

describe('ui/summary', () => {
  test('no mentions, no groups', () => {
    expect(summarize([], claims)).toEqual([]);
  });

  test('groups are ordered most serious first, with counts', () => {
    const groups = summarize([m('supported-one'), m('mixed-one'), m('unsupported-a'), m('contra'), m('contra'), m('unsupported-b')], claims);
    expect(groups.map((g) => [g.verdict, g.count])).toEqual([
      ['contradicted', 2],
      ['unsupported', 2],
      ['mixed', 1],
      ['supported', 1],
    ]);
  });

  test('within a group, claims by count then title', () => {
    const groups = summarize([m('unsupported-b'), m('unsupported-a'), m('unsupported-b'), m('unsupported-a'), m('unsupported-a')], claims);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims.map((c) => [c.claim.title, c.count])).toEqual([
      ['Alpha', 3],
      ['Beta', 2],
    ]);
    const tie = summarize([m('unsupported-b'), m('unsupported-a')], claims);
    expect(tie[0]!.claims.map((c) => c.claim.title)).toEqual(['Alpha', 'Beta']);
  });

  test('stances in order of first appearance; the main stance is the most frequent', () => {
    const [group] = summarize([m('contra', 'hedges'), m('contra', 'disputes'), m('contra', 'disputes'), m('contra', 'asserts')], claims);
    const s = group!.claims[0]!;
    expect(s.stances).toEqual(['hedges', 'disputes', 'asserts']);
    expect(s.mainStance).toBe('disputes');
    expect(s.count).toBe(4);
  });

  test('on a stance tie, a stance the page takes beats a hedge; between the two others, the first seen', () => {
    const main = (...stances: Stance[]) => summarize(stances.map((st) => m('contra', st)), claims)[0]!.claims[0]!.mainStance;
    // "Does massage flush toxins?" (hedges) / "There is no evidence massage flushes toxins." (disputes)
    expect(main('hedges', 'disputes')).toBe('disputes');
    expect(main('hedges', 'asserts')).toBe('asserts');
    expect(main('asserts', 'disputes')).toBe('asserts');
    expect(main('disputes', 'asserts')).toBe('disputes');
    // more hedges still win
    expect(main('hedges', 'hedges', 'disputes')).toBe('hedges');
  });

  test('mentions of unknown claims are ignored', () => {
    const groups = summarize([m('no-such-claim'), m('contra')], claims);
    expect(groups.map((g) => g.count)).toEqual([1]);
  });
});
