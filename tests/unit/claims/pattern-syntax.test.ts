import { describe, expect, test } from 'vitest';
import { expandAlternatives, MAX_GAP, parsePattern, parsePhrase, PatternSyntaxError, type PatternSlot } from '../../../src/claims/pattern-syntax';

const w = (text: string, exact = false) => ({ text, exact });
const words = (...ws: Array<{ text: string; exact: boolean }>) => ({ kind: 'words' as const, words: ws });

describe('claims/pattern-syntax', () => {
  test.each<[string, PatternSlot[]]>([
    ['cure', [{ kind: 'alt', optional: false, options: [words(w('cure'))] }]],
    ['=back', [{ kind: 'alt', optional: false, options: [words(w('back', true))] }]],
    ['Massage', [{ kind: 'alt', optional: false, options: [words(w('massage'))] }]],
    [
      '(relieve|ease|get rid of)',
      [{ kind: 'alt', optional: false, options: [words(w('relieve')), words(w('ease')), words(w('get'), w('rid'), w('of'))] }],
    ],
    ['@massage', [{ kind: 'alt', optional: false, options: [{ kind: 'concept', name: 'massage' }] }]],
    [
      '@massage ..3 cure',
      [
        { kind: 'alt', optional: false, options: [{ kind: 'concept', name: 'massage' }] },
        { kind: 'gap', max: 3 },
        { kind: 'alt', optional: false, options: [words(w('cure'))] },
      ],
    ],
    [
      'deep? (a|@b)? @c? cure',
      [
        { kind: 'alt', optional: true, options: [words(w('deep'))] },
        { kind: 'alt', optional: true, options: [words(w('a')), { kind: 'concept', name: 'b' }] },
        { kind: 'alt', optional: true, options: [{ kind: 'concept', name: 'c' }] },
        { kind: 'alt', optional: false, options: [words(w('cure'))] },
      ],
    ],
    ["don’t ..1 54%", [{ kind: 'alt', optional: false, options: [words(w("don't"))] }, { kind: 'gap', max: 1 }, { kind: 'alt', optional: false, options: [words(w('54%'))] }]],
    ['x-ray ..8 y', [{ kind: 'alt', optional: false, options: [words(w('x-ray'))] }, { kind: 'gap', max: 8 }, { kind: 'alt', optional: false, options: [words(w('y'))] }]],
    ['  spaced    out  ', [{ kind: 'alt', optional: false, options: [words(w('spaced'))] }, { kind: 'alt', optional: false, options: [words(w('out'))] }]],
  ])('parses %j', (pattern, expected) => {
    expect(parsePattern(pattern)).toEqual(expected);
  });

  test.each([
    ['(flush|clear', /unbalanced "\("/],
    ['flush|clear)', /unbalanced "\)"/],
    ['a ..9 b', /gap "\.\.9" must be \.\.1 to \.\.8/],
    ['a ..0 b', /gap "\.\.0" must be \.\.1/],
    ['..3', /needs at least one required word/],
    ['a? b?', /needs at least one required word/],
    ['..2 cure', /cannot start or end with a gap/],
    ['cure ..2', /cannot start or end with a gap/],
    ['(a|b)c', /has text after its closing "\)"/],
    ['(a|(b))', /nested|unbalanced/],
    ['@Bad!', /not a concept name/],
    ['cure!', /is not a word/],
    ['(a||b)', /empty phrase/],
    ['', /needs at least one required word/],
  ])('rejects %j', (pattern, message) => {
    expect(() => parsePattern(pattern)).toThrow(PatternSyntaxError);
    expect(() => parsePattern(pattern)).toThrow(message);
  });

  test('errors quote the pattern', () => {
    expect(() => parsePattern('cure ..12 x')).toThrow('pattern "cure ..12 x"');
  });

  test('MAX_GAP is the largest accepted gap', () => {
    expect(parsePattern(`a ..${MAX_GAP} b`)[1]).toEqual({ kind: 'gap', max: MAX_GAP });
    expect(() => parsePattern(`a ..${MAX_GAP + 1} b`)).toThrow(PatternSyntaxError);
  });

  test.each([
    ['get rid of', [w('get'), w('rid'), w('of')]],
    ['=back pain', [w('back', true), w('pain')]],
    ['Lactic   Acid', [w('lactic'), w('acid')]],
  ])('parsePhrase(%j)', (phrase, expected) => {
    expect(parsePhrase(phrase, 'here')).toEqual(expected);
  });

  test('parsePhrase rejects empty phrases and non-words with the given location', () => {
    expect(() => parsePhrase('   ', 'concept "@x"')).toThrow('concept "@x": empty phrase');
    expect(() => parsePhrase('a (b', 'veto "a (b"')).toThrow(/veto "a \(b": "\(b" is not a word/);
  });
});

describe('claims/pattern-syntax expandAlternatives (lexicon vetoes)', () => {
  const words = (phrases: ReturnType<typeof expandAlternatives>) => phrases.map((p) => p.map((w) => (w.exact ? `=${w.text}` : w.text)).join(' '));

  test('a phrase with groups stands for every combination, the last group varying fastest', () => {
    expect(words(expandAlternatives('=pain =in (=my|=the) (=knee|lower leg)', 'veto'))).toEqual([
      '=pain =in =my =knee',
      '=pain =in =my lower leg',
      '=pain =in =the =knee',
      '=pain =in =the lower leg',
    ]);
    expect(words(expandAlternatives('massage chair', 'veto'))).toEqual(['massage chair']);
  });

  test('groups hold words only', () => {
    expect(() => expandAlternatives('(@massage|rub) chair', 'veto')).toThrow(PatternSyntaxError);
    expect(() => expandAlternatives('massage ..2 chair', 'veto')).toThrow(PatternSyntaxError);
    expect(() => expandAlternatives('(massage|rub)? chair', 'veto')).toThrow(PatternSyntaxError);
    expect(() => expandAlternatives('(massage|rub chair', 'veto')).toThrow(PatternSyntaxError);
  });
});
