/** Question-answer claims ("Back pain? Try a massage."), through the scanner with the real claims. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { problemOf } from '../../../src/engine/question-lead';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);
const MENTIONS = new Set(['massage', 'massages']);

/** Claim:stance pairs found in a text. */
const found = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);

describe('engine/question-lead', () => {
  test.each<[string, string[]]>([
    ['Lower back pain? Try a massage.', ['massage-relieves-back-pain:asserts']],
    ['Want better circulation? Book a monthly massage.', ['massage-boosts-circulation:asserts']],
    ['Struggling to sleep? A massage before bed can help.', ['massage-relieves-stress-sleep:asserts']],
    ['Suffering from back pain? Our massage therapists can help.', ['massage-relieves-back-pain:asserts']],
    ['Got knots in your shoulders? A firm massage will work them out.', ['massage-breaks-scar-tissue:asserts']],
    ['Inflammation slowing your recovery? A massage can bring it down.', ['massage-reduces-inflammation:asserts']],
    ['Want to flush out toxins? Book a lymphatic drainage massage.', ['massage-flushes-toxins:asserts']],
    // The answer's own negation disputes, its hedge or attribution hedges.
    ['Back pain? Massage won’t help.', ['massage-relieves-back-pain:disputes']],
    ["Back pain? Massage won't fix it.", ['massage-cures-back-pain:disputes']],
    ['Struggling to sleep? Massage is unlikely to help.', ['massage-relieves-stress-sleep:disputes']],
    ['Back pain? Some say massage helps.', ['massage-relieves-back-pain:hedges']],
    ['Can’t sleep? A massage might help.', ['massage-relieves-stress-sleep:hedges']],
    ['Toxins building up? Spas claim a detox massage will flush them out.', ['massage-flushes-toxins:hedges']],
    // A list item's marker is no part of the question.
    ['- Back pain? Try a massage.', ['massage-relieves-back-pain:asserts']],
    // A question naming two problems is read on each; the first claim per part counts.
    ['Cold hands and poor circulation? Book a hot stone massage.', ['massage-boosts-circulation:asserts']],
    ['Stress, poor circulation? A weekly massage can help.', ['massage-relieves-stress-sleep:asserts', 'massage-boosts-circulation:asserts']],
    // "Let massage ..." offers it like "Try a massage".
    ['Achy, stiff back? Let a professional massage therapist take care of it.', ['massage-relieves-back-pain:asserts']],
  ])('%j -> %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    'Got a massage gift card? Book before it expires.',
    'Back pain? See your doctor first.',
    'Want a massage chair? Shop our sale.',
    'Questions about massage? Call us.',
    'Is massage safe during pregnancy? Ask your midwife.',
    'Sore after your workout? Stretching helps.',
    'Lower back pain?\nTry a massage.',
    'Back pain? Skip the massage and see a physio.',
    'Back pain? Book a physio appointment, not a massage.',
    'Back pain? Read our guide to massage.',
    'Back pain? Our massage prices start at $60.',
    'Back pain? Try a massage cushion for your car seat.',
    'Sore muscles? Massage guns can help.',
    'Neck pain? Try a massage.',
    'Cold hands and sore feet? Book a hot stone massage.',
    'Back pain? Let our massage chair take care of it.',
    'Cold hands and poor circulation? Our massage prices start at $60.',
    'Why does my back hurt so much? Our massage therapists explain the most common causes.',
    'Back pain? We offer massage, physio and chiropractic.',
    'Back pain? Massage works on muscles, not on the spine.',
    // The answer's own verb decides: no falling back to "massage helps".
    'Back pain? Massage can make it worse.',
    'Trying to ease back pain? Massage can make it worse.',
    // A disputing cue in the question is too unclear to read.
    'Tired of back pain myths? Book a massage.',
    // Only the sentence right after the question answers it.
    'Back pain? Try stretching. A massage can help too.',
  ])('%j: no question-answer claim', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('advice to see a doctor first is the cautionary claim, never that massage relieves', () => {
    expect(found('Back pain after a fall? See a doctor before any massage.')).toEqual(['massage-not-replacement-for-care:asserts']);
  });

  test("a claim either sentence makes on its own is not repeated for the pair", () => {
    expect(found('Stressed? Massage reduces stress.')).toEqual(['massage-relieves-stress-sleep:asserts']);
    expect(scanner.scan('Stressed? Massage reduces stress.').matches[0]!.text).toBe('Massage reduces stress');
  });

  test('the mark covers the question and the answer, within the reported sentence', () => {
    const text = 'Our clinic. Lower back pain? Try a massage. We are open daily.';
    const [m, ...rest] = scanner.scan(text).matches;
    expect(rest).toEqual([]);
    expect(m!.text).toBe('Lower back pain? Try a massage');
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m!.sentence).toBe('Lower back pain? Try a massage.');
    expect(text.slice(m!.sentenceStart, m!.sentenceStart + m!.sentence.length)).toBe(m!.sentence);
  });

  test('the answer clause bounds the mark, and a pair is less sure than a plain match', () => {
    const [pair] = scanner.scan('Back pain? Some say massage helps, but the evidence is weak.').matches;
    expect(pair!.text).toBe('Back pain? Some say massage helps');
    const [plain] = scanner.scan('Some say massage helps back pain.').matches;
    expect(pair!.confidence).toBeLessThan(plain!.confidence);
  });

  test('the prefilter lets the pair through, with the question in the window', () => {
    const text = 'Lower back pain? Try a massage.';
    const windows = [...scanner.prefilter.windows(text)];
    expect(windows.map((w) => text.slice(w.start, w.end))).toEqual([text]);
  });

  test.each<[string, string | undefined]>([
    ['Lower back pain?', 'lower back pain'],
    ['Struggling to sleep?', 'sleep'],
    ['Want better circulation?', 'better circulation'],
    ['Do you suffer from sciatica?', 'sciatica'],
    ["Can't sleep?", 'sleep'],
    ['Is massage safe during pregnancy?', undefined],
    ['Questions about massage?', undefined],
    ['Why does my back hurt?', undefined],
    ['Lower back pain.', undefined],
    ['Have you ever wondered why so many office workers end up with a stiff and painful lower back?', undefined],
  ])('problem of %j: %j', (question, problem) => {
    const s = sentencesOf(question)[0]!;
    expect(problemOf(s, MENTIONS)?.map((t) => t.norm).join(' ')).toBe(problem);
  });
});
