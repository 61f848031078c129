/** Hostile and pathological input: the scanner returns, with a clear outcome, and offsets stay true. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner, type ScanOutcome, type ScanResult } from '../../../src/engine/scanner';
import { defuse, sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);
const OUTCOMES: ScanOutcome[] = ['complete', 'no-candidates', 'time-budget', 'size-limit'];

/** Deterministic pseudo-random generator (LCG). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

function junk(length: number, seed: number): string {
  const r = random(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(r() * 0x3000));
  return out;
}

const CLAIM = 'Massage flushes toxins from the body.';

const INPUTS: Array<[string, string]> = [
  ['1 MB without sentence breaks', 'massage flushes toxins and relieves back pain while boosting circulation '.repeat(14_000).slice(0, 1_000_000)],
  ['100k periods then a claim', '.'.repeat(100_000) + ' ' + CLAIM],
  ['a claim then 100k ". "', CLAIM + ' .'.repeat(100_000)],
  ['200k "!?" then a claim', '!?'.repeat(100_000) + ' ' + CLAIM],
  ['random binary junk around a claim', junk(200_000, 42) + ' ' + CLAIM + ' ' + junk(200_000, 7)],
  ['500 KB of "massage massage"', 'massage '.repeat(62_500)],
  ['massage words with long runs of punctuation', ('massage flushes toxins' + '-'.repeat(5_000) + ' ').repeat(50)],
];

function checkOffsets(text: string, result: ScanResult) {
  for (const m of result.matches) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
  }
}

describe('engine/guards', () => {
  test.each(INPUTS)('%s: returns with a known outcome and true offsets', (_name, text) => {
    const result = scanner.scan(text);
    expect(OUTCOMES).toContain(result.outcome);
    checkOffsets(text, result);
  });

  test.each(INPUTS.filter(([name]) => name.includes('then a claim') || name.includes('junk')))('%s: the claim is still found', (_name, text) => {
    const result = scanner.scan(text, { budgetMs: Infinity, maxCandidateChars: Infinity });
    expect(result.outcome).toBe('complete');
    const found = result.matches.find((m) => m.claimId === 'massage-flushes-toxins');
    expect(found?.text).toBe('Massage flushes toxins');
  });

  test('words that name built-in object properties ("constructor", "toString") are plain words', () => {
    // Tables looked up by a page's words once answered "constructor" with a function and crashed.
    const names = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name', 'call', 'apply', 'then'];
    const claims = ['Massage flushes toxins out of the muscles', 'Some therapists say massage boosts circulation', 'Massage can relieve back pain'];
    for (const name of names) {
      for (const claim of claims) {
        const words = claim.split(' ');
        for (let i = 0; i <= words.length; i++) {
          const text = `${[...words.slice(0, i), name, ...words.slice(i)].join(' ')}. ${name} ${name}'s ${name.toUpperCase()}.\n- ${name} circulation`;
          expect(OUTCOMES).toContain(scanner.scan(text).outcome);
        }
      }
    }
    expect(scanner.scan('The constructor says massage flushes toxins out of the muscles.').matches.map((m) => m.claimId)).toEqual(['massage-flushes-toxins']);
  });

  test('500 KB of "massage massage" holds no claim', () => {
    const result = scanner.scan('massage '.repeat(62_500), { budgetMs: Infinity, maxCandidateChars: Infinity });
    expect(result.matches).toEqual([]);
    expect(result.outcome).not.toBe('size-limit');
  });

  const big = INPUTS[0]![1];

  test('small caps stop a large claim-rich text early', () => {
    const result = scanner.scan(big, { maxCandidateChars: 10_000 });
    expect(['size-limit', 'time-budget']).toContain(result.outcome);
    checkOffsets(big, result);
  });

  test('with a stopped clock, the size cap is what stops the scan', () => {
    const result = scanner.scan(big, { maxCandidateChars: 10_000, now: () => 0 });
    expect(result.outcome).toBe('size-limit');
    expect(result.matches.length).toBeGreaterThan(0);
    // Windows are at most MAX_WINDOW long, so little more than the cap was parsed.
    expect(Math.max(...result.matches.map((m) => m.end))).toBeLessThan(20_000);
    checkOffsets(big, result);
  });

  test('with a fast clock, the time budget is what stops the scan', () => {
    let t = 0;
    const result = scanner.scan(big, { budgetMs: 100, maxCandidateChars: Infinity, now: () => (t += 1_000) });
    expect(result.outcome).toBe('time-budget');
    expect(result.sentences).toBeGreaterThan(0);
    checkOffsets(big, result);
  });

  test.each([
    ['an empty string', ''],
    ['text without candidate words', 'The river rose after three days of rain, and the town council met on Tuesday.'],
    ['whitespace only', ' \n\t '.repeat(1000)],
  ])('%s: outcome no-candidates, no sentences parsed', (_name, text) => {
    expect(scanner.scan(text)).toEqual({ matches: [], outcome: 'no-candidates', sentences: 0 });
  });

  test.each([
    ['punctuation runs', 'Massage!!!!!! flushes----- toxins.....'],
    ['control characters', 'Massage\u0000flushes\u0007toxins\u001f\ufffd.'],
    ['a very long "word"', 'Massage ' + 'x'.repeat(200) + ' toxins.'],
    ['ordinary text', 'Massage flushes toxins. Dr. Smith agrees!'],
    ['non-BMP characters', 'Massage 😀 flushes 𝔱oxins.'],
  ])('defuse keeps length and the offsets of ordinary characters: %s', (_name, text) => {
    const out = defuse(text);
    expect(out).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (/[\p{L}\p{N}\s]/u.test(ch) && !/[\u0000-\u001f]/.test(ch)) {
        const kept = out[i] === ch || out[i] === ' ';
        expect(kept).toBe(true);
      }
    }
  });

  test('defuse blanks long punctuation runs, control characters and absurd words', () => {
    expect(defuse('a!!!!b')).toBe('a    b');
    expect(defuse('a!!!b')).toBe('a!!!b');
    expect(defuse('a\u0000b\u0007c')).toBe('a b c');
    expect(defuse('a\nb\tc')).toBe('a\nb\tc');
    expect(defuse('x'.repeat(80))).toBe(' '.repeat(80));
    expect(defuse('x'.repeat(79))).toBe('x'.repeat(79));
  });

  test('defuse blanks runs of a symbol outside the BMP, and long words after other white space', () => {
    expect(defuse('a😀😀😀😀b')).toBe(`a${' '.repeat(8)}b`);
    expect(defuse('a😀😀😀b')).toBe('a😀😀😀b');
    expect(defuse(`a\u00a0${'x'.repeat(80)}`)).toBe(`a\u00a0${' '.repeat(80)}`);
    expect(defuse(`${'x'.repeat(40)}\u3000${'x'.repeat(40)}`)).toBe(`${'x'.repeat(40)}\u3000${'x'.repeat(40)}`);
  });

  test('defuse gives what its three expressions give, run in turn (its shortcuts only skip work)', () => {
    const reference = (text: string) =>
      text
        .replace(/([^\p{L}\p{N}\s])\1{3,}/gu, (m) => ' '.repeat(m.length))
        .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g, ' ')
        .replace(/\S{80,}/g, (m) => ' '.repeat(m.length));
    // Seeded: pieces that make runs, long words, white space of every kind, surrogates (paired and lone).
    const pieces = ['a', 'é', '1', '!', '-', '.', '—', '😀', '\ud83d', '\ude00', ' ', '\n', '\t', '\u00a0', '\u2003', '\u0001', '\ufffd', 'x'.repeat(30)];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 40); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)]!.repeat(1 + Math.floor(random() * 5));
      expect(defuse(text)).toBe(reference(text));
    }
  });

  test('tokens from defused text carry offsets into the original', () => {
    const text = 'Intro!!!!!!!! Massage flushes toxins.';
    const tokens = sentencesOf(text, 100).flatMap((s) => s.tokens);
    const massage = tokens.find((t) => t.norm === 'massage')!;
    expect(massage.start).toBe(100 + text.indexOf('Massage'));
    expect(text.slice(massage.start - 100, massage.end - 100)).toBe('Massage');
  });
});
