/** "It", or nothing, for the back pain a testimonial names just before, through the scanner with the real claims. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';

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
});
