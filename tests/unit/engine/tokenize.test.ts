import { describe, expect, test } from 'vitest';
import { sentencesOf, withoutCitationMarks } from '../../../src/engine/tokenize';

const words = (text: string) => sentencesOf(text).flatMap((s) => s.tokens.map((t) => t.norm));

describe('engine/tokenize', () => {
  test.each([
    ["It's said to help.", ['it', 'is', 'said', 'to', 'help']],
    ['It’s known to help.', ['it', 'is', 'known', 'to', 'help']],
    ["It's been shown to help.", ['it', 'has', 'been', 'shown', 'to', 'help']],
    ["That's why it works.", ['that', 'is', 'why', 'it', 'works']],
    ["He's a therapist.", ['he', 'is', 'a', 'therapist']],
    // Possessives stay whole (the "'s" is stripped only as a matching key).
    ["The massage's effect.", ['the', "massage's", 'effect']],
    ["My therapist's hands.", ['my', "therapist's", 'hands']],
    ['Its benefits.', ['its', 'benefits']],
    // A closing quote at the end of a sentence is not part of the last word; nor is a plural possessive's.
    ["Myth: massage 'boosts circulation'", ['myth', 'massage', 'boosts', 'circulation']],
    ['The therapists’ hands.', ['the', 'therapists', 'hands']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('the split words keep the contraction\'s characters', () => {
    const [it, is] = sentencesOf("It's fine.")[0]!.tokens;
    expect([it!.start, it!.end, is!.start, is!.end]).toEqual([0, 4, 4, 4]);
  });

  test('a quotation after an earlier one is still split into its sentences, but not after an abbreviation', () => {
    const text = '"People feel better," said Dr. Marsh. "But massage is not a cure. There is nothing to suggest it fixes the problem."';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'People feel better," said Dr. Marsh.',
      'But massage is not a cure.',
      'There is nothing to suggest it fixes the problem."',
    ]);
    const [, second] = sentencesOf(text);
    expect(text.slice(second!.start, second!.end)).toBe(second!.text);
    expect(second!.tokens.map((t) => t.norm)).toEqual(['but', 'massage', 'is', 'not', 'a', 'cure']);
  });

  test('a comma after a word is recorded', () => {
    const tokens = sentencesOf('However, it is. However it is done.').flatMap((s) => s.tokens);
    expect(tokens.filter((t) => t.norm === 'however').map((t) => t.comma)).toEqual([true, false]);
  });

  test('a reference mark after a full stop does not hide the sentence break', () => {
    const text = 'Massage is said to release endorphins.[4] Trials found no rise.[5][6] Others disagree.[citation needed]';
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['Massage is said to release endorphins.', 'Trials found no rise.', 'Others disagree.']);
  });

  test('reference marks are blanked offset for offset; brackets that are not marks stay', () => {
    expect(withoutCitationMarks('pain[3] eases [12, 13] and [a]')).toBe('pain    eases          and    ');
    expect(words('Massage eases pain[3] in the short term.')).toEqual(['massage', 'eases', 'pain', 'in', 'the', 'short', 'term']);
    expect(withoutCitationMarks('[sic] and [2019 survey]')).toBe('[sic] and [2019 survey]');
  });
});
