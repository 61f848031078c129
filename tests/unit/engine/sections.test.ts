import { describe, expect, test } from 'vitest';
import { blockAt, blockStartAt, introBefore, isRemedyHeading, isServiceHeading, isWarningHeading, itemsAfter, MAX_ITEMS_BETWEEN, MAX_REACH_BACK } from '../../../src/engine/sections';

/** A stand-in for the scanner's cheap intro test: the subject is mentioned. */
const introduces = (line: string) => /\bmassages?\b/i.test(line);

/** The intro line found for the block holding `item`, as text. */
function introOf(text: string, item: string): string | undefined {
  const b = introBefore(text, text.indexOf(item), introduces);
  return b && text.slice(b.start, b.end);
}

describe('engine/sections', () => {
  test.each<[string, boolean]>([
    ['Detox Body Wrap & Lymphatic Massage', true],
    ['Deep Sleep Massage — 60 min', true],
    ['Hot Stone Massage (90 minutes)', true],
    ['Sports Massage | $80', true],
    ['Massage', true],
    ['Before your massage', false],
    ['Book a massage', false],
    ['Massage prices', false],
    ['Gift voucher for a massage', false],
    ['Why massage?', false],
    ['Our therapists offer deep tissue massage.', false],
  ])('menu heading %j: %s', (line, expected) => {
    expect(isServiceHeading(line, new Set(['massage', 'massages']))).toBe(expected);
  });

  test.each<[string, boolean]>([
    ['When NOT to book a massage', true],
    ['Who should avoid massage?', true],
    ["When you shouldn't get a massage:", true],
    ['Avoid massage if you have:', true],
    ['Postpone your massage', true],
    ['When to book a massage', false],
    ['Who can benefit from massage?', false],
    ['Before your massage', false],
    ['Avoid these mistakes when lifting:', false],
  ])('warning heading %j: %s', (line, expected) => {
    expect(isWarningHeading(line)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ['4 drug-free ways to tame chronic back pain', true],
    ['Natural remedies for lower back pain:', true],
    ['Things that help sciatica', true],
    ['5 habits that cause back pain', false],
    ['Mistakes that make back pain worse', false],
    ['Ways to save money this winter', false],
    ['Tips for choosing a massage therapist', false],
  ])('remedies heading %j: %s', (line, expected) => {
    expect(isRemedyHeading(line)).toBe(expected);
  });

  test('a menu heading test returns promptly on long runs of digits (no backtracking blow-up)', () => {
    const t0 = performance.now();
    expect(isServiceHeading(`Massage ${'1'.repeat(300)}x`, new Set(['massage']))).toBe(false);
    expect(isServiceHeading(`Massage ${'1.'.repeat(150)}x`, new Set(['massage']))).toBe(false);
    // Generous bound: the blow-up this guards against takes minutes, not milliseconds.
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test.each<[string, string, string]>([
    ['colon intro, marked items', 'Benefits of massage include:\n- Better sleep\n- Less stress', 'Less stress'],
    ['blank lines between', 'Massage can:\n\nEase pain. More text.\n\nLower stress. More.', 'Lower stress'],
    ['numbered items', 'Massage can:\n1. Ease pain\n2. Lower stress', 'Lower stress'],
    ['heading without colon', 'The Benefits of Massage\nLess stress. People feel calm.', 'Less stress'],
    ['plain-line items (an HTML list)', 'Massage benefits:\nBetter sleep\nLess stress', 'Less stress'],
  ])('finds the intro: %s', (_name, text, item) => {
    expect(introOf(text, item)).toBe(text.slice(0, text.indexOf('\n')));
  });

  test.each<[string, string, string]>([
    ['an intro about something else is nearer', 'Benefits of massage:\n- Less stress\nBenefits of cycling:\n- Better sleep', 'Better sleep'],
    ['a heading without the subject in between', 'Massage benefits:\n- Less stress\nCycling\n- Better sleep', 'Better sleep'],
    ['a section heading among plain-line items', 'Massage benefits:\nLess stress\nCycling benefits\nBetter sleep', 'Better sleep'],
    ['plain paragraph after list items', 'Massage can:\n- Ease pain\nBetter sleep. Text.', 'Better sleep'],
    ['list item after plain paragraphs', 'Massage can:\nEase pain. Text.\n- Better sleep', 'Better sleep'],
    ['a long paragraph in between', `Massage can:\n${'word '.repeat(100)}\nBetter sleep. Text.`, 'Better sleep'],
    ['no intro at all', 'Some text about massage.\n- Better sleep', 'Better sleep'],
    ['the block is an intro itself', 'Massage benefits:\nMassage can also:', 'Massage can also:'],
    ['blank lines up to the start of the text', '\n\n- Better sleep', 'Better sleep'],
  ])('finds none: %s', (_name, text, item) => {
    expect(introOf(text, item)).toBeUndefined();
  });

  test('reaches at most MAX_ITEMS_BETWEEN siblings back, and MAX_REACH_BACK characters', () => {
    const items = Array.from({ length: MAX_ITEMS_BETWEEN + 1 }, (_, i) => `- Item ${i}`);
    const near = `Massage can:\n${items.slice(0, MAX_ITEMS_BETWEEN).join('\n')}\n- Last`;
    const far = `Massage can:\n${items.join('\n')}\n- Last`;
    expect(introOf(near, 'Last')).toBe('Massage can:');
    expect(introOf(far, 'Last')).toBeUndefined();
    const long = `Massage can:\n- ${'x'.repeat(390)}\n- ${'y'.repeat(390)}\n- ${'z'.repeat(390)}\n- ${'w'.repeat(390)}\n- Last`;
    expect(long.indexOf('Last')).toBeGreaterThan(MAX_REACH_BACK);
    expect(introOf(long, 'Last')).toBeUndefined();
  });

  test('items after an intro skip markers and blank lines, and stop at the next intro', () => {
    const text = 'Massage can:\n- Ease pain\n\n  Lower stress\nOther things:\n- Sleep';
    const items = itemsAfter(text, blockAt(text, 0));
    expect(items.map((i) => text.slice(i.content, i.content + 4))).toEqual(['Ease', 'Lowe']);
    expect(items.map((i) => text[i.block - 1])).toEqual(['\n', '\n']);
  });

  test.each<[string, number, number | null]>([
    ['- Ease pain', 0, 0],
    ['1. Ease pain', 2, 0], // a sentence window starts after "1." as after a full stop
    ['Ease pain', 2, null],
    ['x\n• Ease', 3, 2],
    ['x\n• Ease', 5, null],
    [`${'x'.repeat(100)}. Ease`, 102, null],
  ])('blockStartAt(%j, %d) = %s', (text, at, expected) => {
    expect(blockStartAt(text, at)).toBe(expected);
  });
});
