/**
 * Implied subjects: a sentence that takes massage as its subject from the page's structure (a card
 * or menu heading naming a massage above its description), and what must not take it.
 */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { massagePhraseEnd } from '../../../src/engine/massage-phrases';
import { isDetailLine } from '../../../src/engine/sections';
import { sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);

/** Claim:stance pairs found in a snippet written one block per array item. */
const found = (...lines: string[]) => scanner.scan(lines.join('\n')).matches.map((m) => `${m.claimId}:${m.stance}`);
/** The marked text of each match. */
const marks = (...lines: string[]) => scanner.scan(lines.join('\n')).matches.map((m) => m.text);

describe('engine: implied subjects from cards and headings', () => {
  test.each(['39.99', '£45', '$80 | 60 min', '75 minutes, now 76 pounds', '(90 minutes)'])('%j is a price or duration line', (line) => {
    expect(isDetailLine(line)).toBe(true);
  });
  test.each(['Warming Muscle Rub (100ml)', 'Six speeds, USB-C charging.', '7 ways to ease back pain', 'Book now'])('%j is not', (line) => {
    expect(isDetailLine(line)).toBe(false);
  });

  test('a card naming a massage or a massager lends it to the description under its price', () => {
    expect(found('Handheld Percussion Massager', '39.99', 'Breaks up knots and flushes out lactic acid after exercise. Six speeds, USB-C charging.')).toEqual([
      'massage-breaks-scar-tissue:asserts',
      'massage-flushes-toxins:asserts',
    ]);
    expect(found('Deep Tissue Massage', '60 min | £55', 'Breaks up knots in tight muscles.')).toEqual(['massage-breaks-scar-tissue:asserts']);
    expect(marks('Deep Tissue Massage', '60 min', 'Breaks up knots in tight muscles.')).toEqual(['Breaks up knots']);
  });

  test('cards that are not a massage lend nothing', () => {
    expect(found('Ibuprofen 5% Gel (100g)', '5.99', 'Reduces pain and inflammation.')).toEqual([]);
    expect(found('ThermaWrap Lower Back Heat Patches (2)', '6.99', 'Up to 8 hours of soothing heat to relieve back pain.')).toEqual(['heat-cold-relieve-back-pain:asserts']);
    expect(found('Massage Chairs', '499.00', 'Improves circulation and eases back pain.')).toEqual([]);
    expect(found('Deep Tissue Massager', '49.99', 'Improves circulation and eases back pain.')).toEqual([]);
    expect(found('Massage oil', '12.99', 'Improves circulation and eases back pain.')).toEqual([]);
  });

  test('in a predicate a word of time is no other agent; after an effect it is', () => {
    expect(found('Sports Massage', 'Flushes out lactic acid after a hard session.')).toEqual(['massage-flushes-toxins:asserts']);
    expect(found('Benefits of massage:', '- Better circulation after a workout')).toEqual([]);
  });

  /** The words of the phrase naming the massage the sentence opens with, or undefined. */
  const phraseOf = (text: string) => {
    const { tokens } = sentencesOf(text)[0]!;
    const end = massagePhraseEnd(tokens, 0);
    return end === undefined ? undefined : tokens.slice(0, end).map((t) => t.norm).join(' ');
  };
  test.each([
    ['Ninety minutes of slow, rhythmic strokes lowers your stress.', 'ninety minutes of slow rhythmic strokes'],
    ['An hour on the table lowers your stress.', 'an hour on the table'],
    ['Slow, firm pressure that breaks down adhesions.', 'slow firm pressure that'],
    ['Hands-on work that corrects muscle imbalances.', 'hands on work that'],
    ['The treatment eases back pain.', 'the treatment'],
    ['Your session ends with hot towels.', 'your session'],
  ])('%j opens with a phrase naming the massage', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
  test.each([
    'Gentle exercise eases back pain.',
    'The heat relaxes tight muscles.',
    'Your posture matters.',
    'Work eases stress.',
    'Treatment eases back pain.',
    'A full assessment followed by hands-on work that corrects muscle imbalances.',
    'Ninety minutes is all it takes.',
    'Firm pressure, applied slowly, eases pain.',
  ])('%j does not', (text) => {
    expect(phraseOf(text)).toBeUndefined();
  });

  test('under a heading naming a massage, a phrase naming it is its subject; the mark starts on the phrase', () => {
    const card = ['Deep Sleep Massage', 'Ninety minutes of slow, rhythmic strokes lowers your stress hormones and sends you into the best sleep of your week.'];
    expect(found(...card)).toEqual(['massage-relieves-stress-sleep:asserts']);
    expect(marks(...card)).toEqual(['Ninety minutes of slow, rhythmic strokes lowers your stress']);
    expect(found('Hot Stone Massage', '60 min', 'The treatment eases back pain.')).toEqual(['massage-relieves-back-pain:asserts']);
    expect(found('Sports Massage', 'Hands-on work that corrects the muscle imbalances behind your back pain.')).toEqual(['massage-corrects-imbalances:asserts']);
  });

  test('a phrase naming something else, or under another heading, takes nothing', () => {
    expect(found('Infrared Heat Therapy', 'The treatment eases back pain.')).toEqual([]);
    expect(found('Deep Tissue Massage', 'Gentle exercise eases back pain.')).toEqual(['exercise-helps-back-pain:asserts']);
    expect(found('Massage Chairs', 'Slow, rhythmic strokes ease back pain.')).toEqual([]);
    expect(found('Sports Massage', 'A full assessment followed by hands-on work that corrects the muscle imbalances.')).toEqual([]);
  });
});
