import { describe, expect, test } from 'vitest';
import { compileClaims, type ClaimsInput } from '../../../src/claims/compile';
import { ClaimsDataError } from '../../../src/claims/errors';
import { createScanner } from '../../../src/engine/scanner';
import { claimFile, validClaim, validInput } from '../claims/fixture';

/** The fixture's claim, whose pattern wants "massage flushes toxins" word for word, with concept rules that take the three in any order. */
function input(concepts: string[]): ClaimsInput {
  const base = validInput();
  const claim = { ...validClaim(), patterns: ['@massage flush @toxin'], concepts };
  return {
    ...base,
    claims: [claimFile(claim)],
    // "it" stands for massage, so a test can check that a pronoun does not take part in a rule.
    lexicons: [{ file: 'claims/lexicon/core.yaml', data: { concepts: { massage: ['massage'], toxin: ['toxin', 'lactic acid'] }, vetoes: [], anaphora: { antecedent: 'massage', pronouns: ['it'] } }, text: 'core' }],
  };
}

const scanner = createScanner(compileClaims(input(['@massage flush @toxin'])).bundle);
const found = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId} ${m.stance} "${m.text}"`);

describe('engine/concepts', () => {
  test('a rule finds its claim in any order, marked from its first word to its last', () => {
    expect(found('Toxins are what a good massage flushes.')).toEqual(['massage-flushes-toxins asserts "Toxins are what a good massage flushes"']);
    expect(found('Lactic acid gets flushed during a massage.')).toEqual(['massage-flushes-toxins asserts "Lactic acid gets flushed during a massage"']);
  });

  test('the stance is read as for a pattern', () => {
    expect(found('No toxins are flushed by massage.')).toEqual(['massage-flushes-toxins disputes "toxins are flushed by massage"']);
    expect(found('Some say toxins get flushed during a massage.')).toEqual(['massage-flushes-toxins hedges "toxins get flushed during a massage"']);
  });

  test('a sentence a pattern matches keeps the pattern match; a concept match is less sure', () => {
    expect(scanner.scan('Massage flushes toxins.').matches.map((m) => m.confidence)).toEqual([1]);
    expect(scanner.scan('Toxins are what a good massage flushes.').matches[0]!.confidence).toBeLessThan(0.8);
  });

  test('rules that share elements each find their claim (places are looked for once per sentence)', () => {
    const shared = createScanner(compileClaims(input(['@massage flush @toxin', '@massage remove @toxin'])).bundle);
    const says = (text: string) => shared.scan(text).matches.map((m) => m.text);
    expect(says('Toxins are what a good massage removes.')).toEqual(['Toxins are what a good massage removes']);
    expect(says('Toxins are what a good massage flushes.')).toEqual(['Toxins are what a good massage flushes']);
    expect(says('Toxins are what a good massage hides.')).toEqual([]);
  });

  test.each([
    ['too far apart', 'Toxins are something people worry about, and a lot of people who get a massage flush red.'],
    ['another clause after ", and"', 'Massage relaxes you, and water flushes toxins out.'],
    ['another clause after "but"', 'Toxins build up in the body but massage relaxes you and water flushes them.'],
    ['a comparison', 'Water flushes toxins better than massage.'],
    ['a pronoun standing in for massage', 'I love massage. Toxins are what it flushes.'],
    ['massage naming a kind of thing', 'Toxins are flushed from the massage room by the air filter.'],
  ])('no match: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  test.each([
    ['a gap', '@massage ..2 flush @toxin', /has a gap/],
    ['an optional element', '@massage flush? @toxin', /optional element/],
    ['one element', '@massage', /needs 2 to 4 elements, has 1/],
    ['five elements', '@massage flush @toxin out body', /needs 2 to 4 elements, has 5/],
    ['an unknown concept', '@massage flush @nope', /unknown concept "@nope"/],
  ])('a rule with %s is reported with its field', (_, rule, message) => {
    let error: unknown;
    try {
      compileClaims(input([rule]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimsDataError);
    const problem = (error as ClaimsDataError).problems.find((p) => p.field === 'concepts.0');
    expect(problem?.message).toMatch(message);
  });
});
