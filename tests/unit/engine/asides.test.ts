/** Claims split by an aside, through the scanner with the real claims; and where no aside is read. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { withoutAsides } from '../../../src/engine/asides';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);
const found = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);
const readings = (text: string) => withoutAsides(sentencesOf(text)[0]!).map((v) => v.tokens.map((t) => t.norm).join(' '));

describe('engine/asides', () => {
  test('each aside after a short subject is left out in turn', () => {
    expect(readings('Heat wraps, according to a Cochrane review, give real relief.')).toEqual(['heat wraps give real relief']);
    expect(readings('Massage (at least once a month) can ease back pain.')).toEqual(['massage can ease back pain']);
    expect(readings('Massage — and I was a sceptic — helps.')).toEqual(['massage helps']);
  });

  test('no aside after a phrase that is no subject, or a long one', () => {
    expect(readings('After a massage, use a rich moisturiser for softer, healthier skin.')).toEqual([]);
    // Only the first: the later ones sit more than a short subject away from the clause's start.
    expect(readings('My physio, who trained in Leeds, and my GP, who did not, disagree.')).toEqual(['my physio and my gp who did not disagree']);
    expect(readings('A weekly massage at the clinic near my house, cheap, helps.')).toEqual([]);
  });

  test.each<[string, string[]]>([
    ['Heat wraps, according to a Cochrane review, give small but real short-term reductions in back pain.', ['heat-cold-relieve-back-pain:asserts']],
    // The aside's own cue still counts: "some claim" hedges, "contrary to popular belief" does not assert.
    ['Massage, some claim, flushes toxins from the muscles.', ['massage-flushes-toxins:hedges']],
    ['Regular massage (at least once a month) can ease chronic back pain.', ['massage-relieves-back-pain:asserts']],
  ])('%j -> %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a reading without an aside never reaches back past its subject', () => {
    expect(found('Massage may improve circulation; ice, meanwhile, helps reduce swelling after a sprain.')).toEqual([
      'massage-boosts-circulation:hedges',
    ]);
    expect(found('After a massage, use a rich moisturiser for softer, healthier skin.')).toEqual([]);
  });
});
