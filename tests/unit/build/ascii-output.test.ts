import { describe, expect, test } from 'vitest';
import { escapeNonAscii } from '../../../src/build/ascii-output';

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);
const evaluate = (code: string): unknown => new Function(`return ${code}`)();

describe('build/ascii-output', () => {
  test.each([
    ['a string with en dash, curly quote and BOM', JSON.stringify('a – b ’ c \ufeff d')],
    ['a string with accents and emoji', JSON.stringify('café naïve 😀 中文')],
    ['a single-quoted string', "'don’t – stop'"],
    ['a template literal', '`x – ${1 + 1} ’`'],
    ['an array of strings', JSON.stringify(['–', '’', '\ufeff', '\u00a0'])],
  ])('%s: ASCII output with the same value', (_name, code) => {
    const escaped = escapeNonAscii(code);
    expect(isAscii(escaped)).toBe(true);
    expect(evaluate(escaped)).toEqual(evaluate(code));
  });

  test.each([
    ['/[–—]/', ['a–b', 'a—b', 'a-b']],
    ['/^[\\s\ufeff\u00a0]+|[\\s\ufeff\u00a0]+$/g', ['\ufeff x \u00a0', 'plain', '\u00a0']],
    ['/don’t/i', ['DON’T', "don't"]],
    ['/😀/u', ['😀', 'x']],
  ])('regex literal %s matches the same strings after escaping', (literal, inputs) => {
    const escaped = escapeNonAscii(literal);
    expect(isAscii(escaped)).toBe(true);
    const before = evaluate(literal) as RegExp;
    const after = evaluate(escaped) as RegExp;
    expect(after.flags).toBe(before.flags);
    for (const s of inputs) expect(s.replace(after, '#')).toBe(s.replace(before, '#'));
  });

  test('identifiers with non-ASCII letters keep working', () => {
    const code = '(() => { const café = 3; return café * 2; })()';
    const escaped = escapeNonAscii(code);
    expect(isAscii(escaped)).toBe(true);
    expect(evaluate(escaped)).toBe(6);
  });

  test('ASCII code is unchanged', () => {
    const code = 'const a = "x\\u2013y"; /[\\n]/.test(a);';
    expect(escapeNonAscii(code)).toBe(code);
  });

  test('escapes are lower-case four-digit \\u sequences', () => {
    expect(escapeNonAscii('–’\ufeff\u00e9')).toBe('\\u2013\\u2019\\ufeff\\u00e9');
  });
});
