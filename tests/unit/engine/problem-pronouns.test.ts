/** "It", or nothing, for the back pain a testimonial names just before, through the scanner with the real claims. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createProblemResolver, PROBLEM_ALIAS, sentenceBefore } from '../../../src/engine/problem-pronouns';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);
const found = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);

describe('engine/problem-pronouns', () => {
  test.each<[string, string[]]>([
    ['I had terrible lower back pain for months. A weekly massage finally eased it.', ['massage-relieves-back-pain:asserts']],
    ["Massage won't make your back pain go away, but it can make it easier to live with.", ['massage-relieves-back-pain:asserts']],
    ['My back pain was awful. Massage did not ease it at all.', ['massage-relieves-back-pain:disputes']],
    // the sentence naming the back pain holds no candidate word: it is read as the window's context
    ['My lower back has been killing me for weeks. A massage on Tuesday really helped it.', ['massage-relieves-back-pain:asserts']],
    // a relief verb that ends its sentence acts on the back pain named just before
    ['My lower back has been killing me for weeks. A massage on Tuesday really helped.', ['massage-relieves-back-pain:asserts']],
    ['I have had back pain for years. I booked a massage but it did not help.', ['massage-relieves-back-pain:disputes']],
  ])('%j -> %j', (text, expected) => {
    expect(found(text)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    // No back pain named before the pronoun.
    'I had a stiff neck for months. A weekly massage finally eased it.',
    // "It" as the subject is massage's pronoun, not the problem's.
    'I had lower back pain for months. It eased after a week.',
    // Massage must act on it: named before the pronoun in its sentence.
    'I had lower back pain for months. Nothing eased it until I booked a massage.',
    // the verb has an object of its own, or nothing names back pain before
    'My back hurts. A massage helped me sleep.',
    'I love gardening. A massage really helped.',
  ])('no back-pain reading: %j', (text) => {
    expect(found(text)).not.toContain('massage-relieves-back-pain:asserts');
  });

  test.each<[string, boolean]>([
    // After a contrast, "it" goes on with the sentence's subject: massage, named before the back pain.
    ['Massage helps my back pain, but it is not a cure.', false],
    ['Massage eases a sore back, yet it will not fix it for good.', false],
    // The back pain named first is the subject the "it" goes on with.
    ['My back pain eased after massage, but it came back.', true],
    // Not after a contrast: massage acts on it.
    ['I have back pain and massage eases it.', true],
  ])('the first "it" after massage in %j stands for the back pain: %s', (text, problem) => {
    const sentences = sentencesOf(text, 0);
    createProblemResolver(new Set(['massage']))(sentences);
    const it = sentences[0]!.tokens.find((t) => t.norm === 'it')!;
    expect(it.keys.includes(PROBLEM_ALIAS)).toBe(problem);
  });

  test.each([
    // relief under a condition, or how it comes about, is no finding either way
    "My back pain is bad. If you stop the exercises, massage won't help.",
    'My back pain is bad. Nobody knows exactly why massage helps.',
  ])('no relief stated: %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('massage-relieves-back-pain'))).toEqual([]);
  });

  test.each([
    ['the sentence before, in the block', 'My back hurt. I slept badly! A massage helped.', 29, 'I slept badly!'],
    ['after closing quotes', 'She said "stop." Then it eased. Massage', 32, 'Then it eased.'],
    ['a heading, the block before', 'Lower back pain\nA massage helped.', 16, 'Lower back pain'],
    ['no break: from the start', 'Back pain for weeks', 19, 'Back pain for weeks'],
    ['a terminator without a space after it is no break', 'See e.g.this one and', 20, 'See e.g.this one and'],
  ])('sentenceBefore: %s', (_name, text, start, expected) => {
    expect(sentenceBefore(text, start)).toBe(expected);
  });

  test('sentenceBefore gives what its defining expression gives (last break by a global match)', () => {
    const reference = (text: string, start: number) => {
      const head = text.slice(Math.max(0, start - 300), start).trimEnd();
      const cut = Math.max(head.lastIndexOf('\n'), ...[...head.slice(0, -1).matchAll(/[.!?]["'”’)\]]*\s/g)].map((m) => m.index! + m[0].length - 1));
      return head.slice(cut + 1);
    };
    const pieces = ['word', ' ', '.', '!', '?', '"', '”', ')', ']', '\n', '\t', '\u00a0', 'x'.repeat(40)];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 30); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      const start = Math.floor(random() * (text.length + 1));
      expect(sentenceBefore(text, start)).toBe(reference(text, start));
    }
  });
});
