/**
 * The complaint a page about back pain leaves unsaid ("Massage helps me, but it's maintenance"):
 * read as relief of back pain there, and nowhere else.
 */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { impliedReadings, isAboutBackPain, TOPIC_MENTIONS } from '../../../src/engine/implied-complaint';
import { PROBLEM_ALIAS } from '../../../src/engine/problem-pronouns';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);

/** A forum post about back pain: the opening names it TOPIC_MENTIONS times. */
const onBackPainPage = (sentence: string) =>
  `Ten years of lower back pain. Back pain on waking, back pain after the school run. I have tried everything.\n\n${sentence}\n\nAnyway, thanks for reading.`;

/** Stance and marked text of the relief claims found. */
const relief = (text: string) => scanner.scan(text).matches.filter((m) => m.claimId === 'massage-relieves-back-pain').map((m) => `${m.stance}: ${m.text}`);

describe('engine/implied-complaint', () => {
  test(`a text is about back pain from ${TOPIC_MENTIONS} mentions on`, () => {
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'My lower back hurts.' : 'Back pain again.')).join(' ');
    expect(isAboutBackPain(mentions(TOPIC_MENTIONS - 1))).toBe(false);
    expect(isAboutBackPain(mentions(TOPIC_MENTIONS))).toBe(true);
    expect(isAboutBackPain(mentions(TOPIC_MENTIONS))).toBe(true);
    expect(isAboutBackPain('back to back meetings, a back door, a backpack')).toBe(false);
  });

  test('the words are read where a relief word ends its clause, after a few fillers', () => {
    const read = (text: string) => impliedReadings(sentencesOf(text, 0)[0]!).map((r) => r.sentence.tokens.map((t) => t.norm).join(' '));
    expect(read('Massage helps me a lot, honestly.')).toEqual([`massage helps me a lot for ${PROBLEM_ALIAS} honestly`]);
    expect(read('Massage gave me some relief.')).toEqual([`massage gave me some relief for ${PROBLEM_ALIAS}`]);
    expect(read('Massage helps me sleep.')).toEqual([]);
    expect(read('Massage gives relief from stress.')).toEqual([]);
    expect(read('Massage for my neck helps a lot.')).toEqual([]);
  });

  test.each([
    ['Massage helps me, but it is maintenance, not a fix.', 'asserts: Massage helps me'],
    ['Massage: helpful for some, but not a cure.', 'asserts: Massage: helpful for some'],
    // After "but", "it" is the massage the sentence began with, not the back pain: the "not" is the cure's.
    ['Massage helps a lot, but it is not a cure.', 'asserts: Massage helps a lot'],
    ['Some people find a massage helps too.', 'hedges: massage helps too'],
    ['Massage gave me some relief.', 'asserts: Massage gave me some relief'],
    ["Honestly the massage didn't help at all.", "disputes: massage didn't help at all"],
  ])('on a page about back pain, %j is relief of back pain', (sentence, expected) => {
    expect(relief(onBackPainPage(sentence))).toEqual([expected]);
    // Alone, the sentence does not say what the relief is for.
    expect(relief(sentence)).toEqual([]);
  });

  test('a cure left unsaid is disputed or claimed as the sentence says', () => {
    const cures = (text: string) => scanner.scan(text).matches.filter((m) => m.claimId === 'massage-cures-back-pain').map((m) => m.stance);
    expect(cures(onBackPainPage('Massage is not a cure.'))).toEqual(['disputes']);
    expect(cures(onBackPainPage("Massage helps me, but it's maintenance, not a fix."))).toEqual(['disputes']);
    expect(cures(onBackPainPage('Massage helps my back, but it is not a cure.'))).toEqual(['disputes']);
    expect(cures('Massage is not a cure.')).toEqual([]);
  });

  test.each([
    'Massage helps me sleep.',
    'Massage gives relief from stress and nothing else.',
    "If a spasm won't let go under massage, it means inflammation, and massage can't help.",
    'Then massage can not help, please see doctor.',
    'Nobody knows exactly why massage helps.',
    "Americans are telling us that massage works.",
    'A massage chair helps me a lot.',
  ])('on a page about back pain, %j is not', (sentence) => {
    expect(relief(onBackPainPage(sentence))).toEqual([]);
  });
});
