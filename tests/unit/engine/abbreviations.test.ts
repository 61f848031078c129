import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { abbreviatedIn } from '../../../src/engine/abbreviations';
import { createScanner } from '../../../src/engine/scanner';

const scanner = createScanner(loadClaims().bundle);
const AS = 'massage-ankylosing-spondylitis';
const claimsOf = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);

describe('engine/abbreviations: "AS" in capitals is ankylosing spondylitis', () => {
  test.each([
    ['Some colleagues with AS tell us a massage eases their stiffness.', `${AS}:hedges`],
    ['With AS, a weekly massage eases my stiffness.', `${AS}:asserts`],
    ['Living with AS, I find a weekly massage keeps my spine from locking up.', `${AS}:asserts`],
    ['Massage has not been shown to help AS stiffness in any properly run trial.', `${AS}:disputes`],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toContain(expected);
  });

  test.each([
    // "as" in lower case, a sentence in capitals, names and exams
    'Massage eases stiffness as well as rest does.',
    'MASSAGE AS THERAPY: IT EASES STIFFNESS',
    "AS Roma's physio says massage eases stiffness in the hamstrings.",
    'Massage eases stiffness in Norsk AS staff.',
    'Massage helps my AS level revision stress, and it eases stiffness in my neck.',
  ])('not the condition: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.startsWith(AS))).toEqual([]);
  });

  test('the prefilter counts the name as present where the capitals may stand for it', () => {
    expect(abbreviatedIn('plenty of my AS patients')).toEqual(['spondylitis']);
    expect(abbreviatedIn('as good as it gets')).toEqual([]);
    expect(abbreviatedIn('MASSAGE AS THERAPY')).toEqual([]);
  });
});
