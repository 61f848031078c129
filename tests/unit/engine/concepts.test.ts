import { describe, expect, test } from 'vitest';
import { compileClaims, type ClaimsInput } from '../../../src/claims/compile';
import { ClaimsDataError } from '../../../src/claims/errors';
import { createScanner } from '../../../src/engine/scanner';

const SOURCE = 'Massage helps the body flush out toxins from the tissues.';

/** One claim whose pattern wants "massage flushes toxins" word for word, and whose concept rule takes the three in any order. */
function input(concepts: string[]): ClaimsInput {
  const claim = {
    id: 'massage-flushes-toxins',
    title: 'Massage flushes out toxins',
    statement: 'Massage removes toxins from the tissues.',
    verdict: 'unsupported',
    certainty: 'low',
    evidence: 'No study has named a toxin that massage removes.',
    notes: { asserts: 'No good evidence supports this.', disputes: 'This passage agrees with the evidence.' },
    citations: [{ authors: 'Wiltshire EV, et al.', title: 'Massage impairs lactic acid removal', year: 2010, doi: '10.1249/MSS.0b013e3181c9214f' }],
    provenance: [{ source: 'doc.txt', quote: SOURCE }],
    patterns: ['@massage flush @toxin'],
    concepts,
    examples: ['Massage flushes toxins.'],
    reviewed: '2026-11-23',
  };
  return {
    claims: [{ file: 'claims/claims/massage-flushes-toxins.yaml', data: claim, text: JSON.stringify(claim) }],
    lexicons: [{ file: 'claims/lexicon/core.yaml', data: { concepts: { massage: ['massage'], toxin: ['toxin', 'lactic acid'] }, vetoes: [], anaphora: { antecedent: 'massage', pronouns: ['it'] } }, text: 'core' }],
    redFlags: {
      file: 'claims/red-flags.yaml',
      text: 'red flags',
      data: {
        intro: 'Some symptoms need care.',
        reviewed: '2026-11-23',
        source: [{ authors: 'NHS', title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' }],
        groups: [{ level: 'emergency', heading: 'Get emergency help', items: ['Numbness around the genitals'] }],
      },
    },
    sources: { 'doc.txt': SOURCE },
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
