/** Subject carry-over: intros, fragments and stance, through the scanner with the real claims. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { carriedStance, introStance } from '../../../src/engine/carryover';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';
import type { Stance } from '../../../src/engine/types';

const { bundle } = loadClaims();
const scanner = createScanner(bundle);
const withoutModel = createScanner({ ...bundle, model: undefined });
const MENTIONS = new Set(['massage', 'massages']);

/** Claim:stance pairs found in a snippet written one block per array item. */
const found = (...lines: string[]) => scanner.scan(lines.join('\n')).matches.map((m) => `${m.claimId}:${m.stance}`);

function introOf(line: string): Stance | undefined {
  const s = sentencesOf(line).at(-1)!;
  return introStance(s, s.tokens.map(() => false), MENTIONS);
}

describe('engine/carryover', () => {
  test.each<[string, Stance | undefined]>([
    ['Benefits of massage include:', 'asserts'],
    ['The benefits of regular massage therapy:', 'asserts'],
    ['Massage therapy benefits', 'asserts'],
    ['What are the benefits of massage?', 'asserts'],
    ['What can massage do for your back?', 'asserts'],
    ['How does massage help?', 'asserts'],
    ['Benefits of remedial massage for back pain', 'asserts'],
    ['Benefits of lymphatic drainage massage:', 'asserts'],
    ['Benefits of our Signature Body Massage', 'asserts'],
    ['Massage can also:', 'asserts'],
    ['Research confirms that massage delivers many perks, such as:', 'asserts'],
    ['Massage may help with:', 'hedges'],
    ['Some therapists claim massage can:', 'hedges'],
    ['Ask your therapist whether massage can:', 'hedges'],
    ['Massage does not:', 'disputes'],
    ["What massage can't do:", 'disputes'],
    ['Common massage myths:', 'disputes'],
    ['Myths about massage', 'disputes'],
    // claims about massage are said by others: hedged, unless the intro disputes them
    ['Common claims about massage:', 'hedges'],
    ['Massage claims you will hear:', 'hedges'],
    ["Claims about massage that aren't backed by good evidence:", 'disputes'],
    ['7 reasons to book a massage this month', 'asserts'],
    ['Benefits of a monthly massage:', 'asserts'],
    ['Why athletes love sports massage:', 'asserts'],
    ['Why you should avoid massage with a fever:', undefined],
    ['Reasons massage is overrated', undefined],
    // not massage as the actor, or unclear
    ['Before your massage:', undefined],
    ['Alternatives to massage:', undefined],
    ['Benefits of exercise over massage:', undefined],
    ['Benefits of massage oil:', undefined],
    ['Massage therapists can:', undefined],
    ['Massage oils can:', undefined],
    ['Can massage help your back?', undefined],
    ['Why does massage help?', undefined],
    ["What can't massage do?", undefined],
    ['Benefits of exercise or massage chairs:', undefined],
    ["Don't miss these massage benefits:", undefined],
    ['Massage myths and facts:', undefined],
    ['Myths about the benefits of massage:', undefined],
  ])('intro %j lends %s', (line, stance) => {
    expect(introOf(line)).toBe(stance);
  });

  test('items answer a question heading that asks what massage does', () => {
    expect(found('What can massage do for you?', '- Improve circulation')).toEqual(['massage-boosts-circulation:asserts']);
    expect(found('Benefits of remedial massage', '1. Releases endorphins')).toEqual(['massage-releases-endorphins:asserts']);
    expect(found('Can massage help?', '- Improve circulation')).toEqual([]);
  });

  test('a menu heading naming a massage is the subject of the description under it', () => {
    expect(found('Detox Massage — 60 min', 'Flushes out toxins and leaves you refreshed.')).toEqual(['massage-flushes-toxins:asserts']);
    expect(found('Hot Stone Massage (90 minutes)', 'Relieves back pain and tension.')).toEqual(['massage-relieves-back-pain:asserts']);
    expect(found('Before your massage', 'Drink plenty of water to flush out toxins.')).toEqual([]);
    expect(found('Massage Chair', 'Improves circulation.')).toEqual([]);
    expect(found('Book a massage', 'Improves circulation.')).toEqual([]);
  });

  test('items under a warning heading are read as the conditions to avoid massage with', () => {
    expect(found('When NOT to book a massage', '- You have a fever or the flu')).toEqual(['massage-contraindications:asserts']);
    expect(found('Who should avoid massage?', '- People on blood thinners')).toEqual(['massage-contraindications:asserts']);
    expect(found('When to book a massage', '- You have a fever or the flu')).toEqual([]);
    expect(found('When NOT to book a massage', '- Arrive ten minutes early')).toEqual([]);
  });

  test('short items under a remedies heading are read as easing back pain', () => {
    expect(found('4 drug-free ways to tame chronic back pain', '- Yoga', '- Heat packs')).toEqual([
      'yoga-meditation-help:asserts',
      'heat-cold-relieve-back-pain:asserts',
    ]);
    expect(found('5 habits that cause back pain', '- Yoga on a hard floor')).toEqual([]);
    // An item that names the pain itself is a heading or link of its own.
    expect(found('Natural Treatments For Back Pain', 'Massage Therapy for Back Pain')).toEqual([]);
  });

  test('a vetoed mention is no intro ("massage chair")', () => {
    expect(found('Our massage chairs offer:', '- Improved blood flow')).toEqual([]);
    expect(found('Benefits of a massage gun:', '- Flushing out lactic acid')).toEqual([]);
  });

  test.each<[Stance, Stance, Stance | undefined]>([
    ['asserts', 'asserts', 'asserts'],
    ['asserts', 'hedges', 'hedges'],
    ['hedges', 'asserts', 'hedges'],
    ['disputes', 'asserts', 'disputes'],
    ['disputes', 'hedges', 'disputes'],
    ['asserts', 'disputes', undefined],
    ['disputes', 'disputes', undefined],
  ])('intro %s + fragment %s -> %s', (intro, fragment, stance) => {
    expect(carriedStance(intro, fragment)).toBe(stance);
  });

  test.each<[string, string[], string[]]>([
    ['noun-phrase items', ['Benefits of massage include:', '- Better circulation', '- Reduced stress'], ['massage-boosts-circulation:asserts', 'massage-relieves-stress-sleep:asserts']],
    ['predicate items', ['Massage can:', '1. Flush toxins', '2. Release endorphins'], ['massage-flushes-toxins:asserts', 'massage-releases-endorphins:asserts']],
    ['a lead-in fragment', ['The Benefits of Massage', 'Boosted endorphin levels. People feel good afterwards.'], ['massage-releases-endorphins:asserts']],
    ['a hedge in the item', ['Massage benefits:', '- May improve circulation'], ['massage-boosts-circulation:hedges']],
    ['a disputing intro', ['Massage does not:', '- Flush toxins'], ['massage-flushes-toxins:disputes']],
    ['items opening with "it"', ['Why athletes love massage:', '- It boosts circulation'], ['massage-boosts-circulation:asserts']],
    ['emoji bullets', ['Benefits of massage:', '✨ Better circulation', '✔️ Less stress'], ['massage-boosts-circulation:asserts', 'massage-relieves-stress-sleep:asserts']],
    ['a relative clause after the claim', ['Massage offers:', 'Improvement in blood flow, which helps sore muscles after exercise.'], ['massage-boosts-circulation:asserts']],
    ['a reasons intro that never skips massage', ['5 reasons I never skip my weekly massage', '1. my lower back pain eases off straight away', '2. my skin is glowing'], ['massage-relieves-back-pain:asserts', 'massage-improves-skin:asserts']],
    ['later verb phrases of an item', ['Deep Tissue Massage – 60 min', 'Eases back pain, improves circulation and helps you sleep better.'], ['massage-relieves-back-pain:asserts', 'massage-boosts-circulation:asserts', 'massage-relieves-stress-sleep:asserts']],
    ['an opening modal holds for later phrases', ['Deep Tissue Massage', 'May ease back pain, improve circulation and flush toxins.'], ['massage-relieves-back-pain:hedges', 'massage-boosts-circulation:hedges', 'massage-flushes-toxins:hedges']],
  ])('carries the subject: %s', (_name, lines, expected) => {
    expect(found(...lines)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['the fragment has its own subject', ['Benefits of massage', 'Exercise improves blood flow too.']],
    ['the effect has a verb of its own', ['Benefits of massage', 'Better blood flow is why runners warm up.']],
    ['another agent in the fragment', ['Benefits of massage:', '- Improved circulation through daily exercise']],
    ['another agent after a comma', ['Benefits of massage:', '- Better circulation, thanks to regular yoga']],
    ['the claim is not where the fragment starts', ['Benefits of massage:', '- Walking daily for better circulation']],
    ['a negated fragment', ['Benefits of massage:', '- No more back pain']],
    ['a second sentence of the block', ['Benefits of massage:', 'We hear this a lot. Better circulation.']],
    ['an intro about exercise', ['Benefits of regular exercise:', '- Better circulation']],
    ['not massage as the actor', ['Before your massage:', '- Improve circulation with a short walk']],
    ['a denial may reach over the whole list', ['Deep Tissue Massage', "Won't cure back pain, and won't flush toxins or boost circulation."]],
  ])('carries nothing: %s', (_name, lines) => {
    expect(found(...lines)).toEqual([]);
  });

  test('marks only the fragment\'s own words, never the marker or the intro', () => {
    const text = 'Benefits of massage include:\n- Flushing out toxins from the muscles';
    const [m] = scanner.scan(text).matches;
    expect(m).toMatchObject({ claimId: 'massage-flushes-toxins', text: 'Flushing out toxins' });
    expect(m!.start).toBe(text.indexOf('Flushing'));
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m!.confidence).toBeLessThan(1);
  });

  test('items without an anchor word get a window from their intro', () => {
    expect(found('Benefits of massage:', '- Reduced inflammation')).toEqual(['massage-reduces-inflammation:asserts']);
  });

  test('items under a disputed claims intro dispute what they state; "It" is massage', () => {
    expect(found("Claims about massage that aren't backed by good evidence:", 'It flushes toxins out of your muscles.', 'It breaks down scar tissue.')).toEqual([
      'massage-flushes-toxins:disputes',
      'massage-breaks-scar-tissue:disputes',
    ]);
    expect(found('Claims about massage chairs:', '- It boosts circulation.')).toEqual([]);
  });

  test('items under a myths intro dispute what they state, unless they set the record straight', () => {
    expect(found('Three massage myths, busted', 'Massage flushes toxins out of your muscles.', 'Massage releases a flood of endorphins.')).toEqual([
      'massage-flushes-toxins:disputes',
      'massage-releases-endorphins:disputes',
    ]);
    expect(found('Massage myths:', '- Myth: it is only a luxury. Fact: massage relieves back pain.')).toEqual(['massage-relieves-back-pain:asserts']);
    expect(found('Benefits of massage:', '- Massage flushes toxins')).toEqual(['massage-flushes-toxins:asserts']);
    // the item's first sentence states the myth; the sentences after it correct it
    const corrected = ['Three massage myths we still hear', 'Myth: it has to hurt to work. A gentle Swedish massage helped chronic back pain in a large trial.', 'Myth: massage squeezes out toxins.'];
    const expected = ['only-deep-massage-works:disputes', 'massage-relieves-back-pain:asserts', 'massage-flushes-toxins:disputes'];
    expect(withoutModel.scan(corrected.join('\n')).matches.map((m) => `${m.claimId}:${m.stance}`)).toEqual(expected);
    // The claim model may also read the correction as disputing the myth (some of its trainings do):
    // the same marks, nothing else.
    expect(found(...corrected)).toEqual(expect.arrayContaining(expected));
    expect(found(...corrected).filter((m) => !expected.includes(m))).toEqual([]);
  });

  test('an item\'s "It" is the intro\'s subject, and a hedged intro hedges what the item states', () => {
    expect(found('Why sports massage belongs in your plan', 'It speeds up recovery by boosting blood flow.')).toEqual(['massage-boosts-circulation:asserts']);
    expect(found('Some therapists claim massage can:', '- Massage flushes toxins', '- It boosts circulation')).toEqual([
      'massage-flushes-toxins:hedges',
      'massage-boosts-circulation:hedges',
    ]);
    // no intro that makes massage the actor: "It" stays unresolved
    expect(found('Before your massage:', '- It boosts circulation to walk first')).toEqual([]);
  });

  test.each<[string, string[], string[]]>([
    ['a condition list', ['Avoid massage if you have:', '- a fever', '- an infection'], ['massage-contraindications:asserts', 'massage-contraindications:asserts']],
    ['an open verb', ['Please do not book a massage if you:', '- have a fever'], ['massage-contraindications:asserts']],
    ['causes, without massage', ['Back pain is often caused by:', '- poor posture', '- heavy lifting'], ['posture-lifting-sitting-cause:asserts', 'posture-lifting-sitting-cause:asserts']],
  ])('a lead-in and its item read as one sentence: %s', (_name, lines, expected) => {
    expect(found(...lines)).toEqual(expected);
  });

  test('a lead-in that names massage and ends on a noun heads a list of other things', () => {
    expect(found('Before your massage:', '- Improve circulation with a short walk')).toEqual([]);
    expect(found('Our massage menu:', '- Detox wrap, 60 minutes')).toEqual([]);
  });

  test('a lead-in mark covers the item\'s words only', () => {
    const text = 'Avoid massage if you have:\n- a fever';
    const [m] = scanner.scan(text).matches;
    expect(m).toMatchObject({ claimId: 'massage-contraindications', text: 'a fever' });
  });

  test('a claim the fragment holds on its own is not reported twice', () => {
    expect(found('Benefits of massage:', '- Massage flushes toxins')).toEqual(['massage-flushes-toxins:asserts']);
  });
});
