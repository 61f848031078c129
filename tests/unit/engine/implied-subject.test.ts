/**
 * Implied subjects: a sentence that takes massage as its subject from the page's structure (a card
 * or menu heading naming a massage above its description), and what must not take it.
 */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { massagePhraseEnd } from '../../../src/engine/massage-phrases';
import { isDetailLine, seriesHeading } from '../../../src/engine/sections';
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

  const article = (title: string, ...series: string[]) => [title, 'By Grace Okafor · 7 min read', 'Here are the ones our experts hear most.', ...series];
  const myths = [
    'Myth 1: Massage flushes toxins out of your body',
    'It is the most common promise on spa menus, and the shakiest.',
    'Myth 2: It has to be deep to do any good',
    'Many people believe a massage only counts if it hurts.',
    'Advertisement',
    'Myth 3: Massage breaks up scar tissue and knots',
    'Those knots your therapist finds are real sensations.',
    'Myth 4: It works by boosting your circulation',
  ];

  test.each([
    ['Myth 2: It has to be deep', { label: 'myth', n: 2 }],
    ['Misconception #3 - it is only for athletes', { label: 'misconception', n: 3 }],
    ['Myths 4. It hurts', { label: 'myth', n: 4 }],
  ])('%j is a series heading', (line, heading) => {
    expect(seriesHeading(line)).toEqual(heading);
  });
  test.each(['My 2 cents: it works', 'Myth: it works', 'Mythical 2: it works'])('%j is not', (line) => {
    expect(seriesHeading(line)).toBeUndefined();
  });

  test('"It" in a numbered myth heading is the massage the series is about, and the heading disputes it', () => {
    expect(found(...article('7 Myths About Massage You Probably Still Believe', ...myths))).toEqual([
      'massage-flushes-toxins:disputes',
      'only-deep-massage-works:disputes',
      'massage-breaks-scar-tissue:disputes',
      'massage-boosts-circulation:disputes',
    ]);
  });

  test('a series about something else, or with a gap in its numbers, lends nothing', () => {
    const other = ['Myth 1: Yoga is only for the flexible', 'Text about yoga.', 'Myth 2: It works by boosting your circulation'];
    expect(found(...article('7 Myths About Yoga', ...other))).toEqual([]);
    const gap = ['Myth 1: Massage flushes toxins out of your body', 'Text.', 'Myth 3: It works by boosting your circulation'];
    expect(found(...article('Long read: why we get things wrong', 'Massage myths are everywhere', ...gap))).toEqual(['massage-flushes-toxins:disputes']);
  });

  test('"she" or "he" right after a therapist who gives massage is that massage, for what the hands do', () => {
    expect(
      found('Alongside the classes, our therapist Nok offers traditional Thai yoga massage by appointment. She works along the body\'s energy lines to release blocked energy.'),
    ).toEqual(['energy-chakra-healing:asserts']);
    expect(found('Our therapist Anna offers deep tissue massage. She breaks down knots and scar tissue.')).toEqual(['massage-breaks-scar-tissue:asserts']);
  });

  test('"she" or "he" after anyone else, or doing something else, is not', () => {
    expect(found('My GP recommended massage. She prescribed painkillers that relieved my back pain.')).toEqual([]);
    expect(found('Anna loves massage. She breaks down knots and scar tissue.')).toEqual([]);
    expect(found('Our therapist Anna offers deep tissue massage. She also teaches yoga, which helps back pain.')).toEqual(['yoga-meditation-help:asserts']);
  });

  test('a phrase naming the massage later in the block under its heading is its subject', () => {
    expect(found('Hot Stone Massage', 'Smooth warm stones are placed along your spine. The treatment melts tension and boosts circulation.')).toEqual([
      'massage-boosts-circulation:asserts',
    ]);
    const blog = [
      '7 Ways Massage Can Help Your Aching Back',
      'By Hannah Birch, senior massage therapist · 12 March',
      'Back pain is the number one reason new clients walk through our door.',
      '1. Real relief, fast',
      "Let's start with the obvious. Tight muscles let go.",
      '2. Calmer mind, deeper sleep',
      'Pain and stress feed each other. An hour on the table lowers your stress levels and helps you sleep better.',
    ];
    expect(found(...blog)).toEqual(['massage-relieves-back-pain:asserts', 'massage-relieves-stress-sleep:asserts']);
    expect(marks(...blog).at(-1)).toBe('An hour on the table lowers your stress');
  });

  test('no phrase is the massage under a heading about something else, a section that moved on, or a myth', () => {
    expect(found('Infrared Sauna', 'Warm heat fills the cabin. The treatment melts tension and boosts circulation.')).toEqual([]);
    expect(found('Hot Stone Massage', 'Warm stones along your spine.', 'Our infrared sauna', 'The treatment boosts circulation.')).toEqual([]);
    const myths = ['Massage myths, busted', 'Myth 1: It has to hurt to work', 'Gentle pressure works as well as firm pressure in trials. The treatment boosts circulation only in the skin.'];
    expect(found(...myths)).toEqual(['only-deep-massage-works:disputes']);
  });

  test('after another treatment named in the block, a phrase may name that one: nothing is lent', () => {
    expect(found('Massage Therapy', 'We also offer acupuncture. The treatment reduces inflammation and relieves back pain.')).toEqual([]);
    expect(found('Our therapist Anna offers massage and acupuncture. She uses needles to release blocked energy.')).toEqual([]);
  });

  test('a claim that holds for something else on a massager card stays its own', () => {
    expect(found('Handheld Massager', '£39', 'Up to 8 hours of soothing heat to relieve back pain.')).toEqual(['heat-cold-relieve-back-pain:asserts']);
    expect(found('Percussion Massager', '£59', 'Heat function relieves back pain.')).not.toContain('massage-relieves-back-pain:asserts');
  });

  test('a nav menu naming massage lends nothing to the blocks after it', () => {
    expect(found('Home', 'Massage', 'Treatments', 'Contact', 'The treatment room has soft lighting. Slow strokes ease back pain, say our clients.')).toEqual([]);
  });
});
