import { describe, expect, test } from 'vitest';
import { blockChunks } from '../../../src/page/page-chunks';

describe('page/page-chunks blockChunks', () => {
  test.each<[string, number, string[]]>([
    ['', 10, ['']],
    ['short', 10, ['short']],
    ['aaaa\nbbbb\ncccc\n', 3, ['aaaa\n', 'bbbb\n', 'cccc\n']],
    ['aaaa\nbbbb\ncccc', 6, ['aaaa\nbbbb\n', 'cccc']],
    ['one very long block without breaks', 5, ['one very long block without breaks']],
  ])('%j in chunks of %i', (text, size, expected) => {
    const chunks = blockChunks(text, size);
    expect(chunks.map(({ start, end }) => text.slice(start, end))).toEqual(expected);
    // Contiguous, covering, and every cut is just after a block boundary.
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    for (const c of chunks.slice(0, -1)) expect(text[c.end - 1]).toBe('\n');
  });
});
