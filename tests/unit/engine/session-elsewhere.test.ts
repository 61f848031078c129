/** A session placed with someone or somewhere else than a massage giver (pronouns.ts), which keeps the claim model off the sentence. */
import { describe, expect, test } from 'vitest';
import { namesSessionElsewhere } from '../../../src/engine/pronouns';
import { sentencesOf, type Token } from '../../../src/engine/tokenize';

const isMention = (t: Token) => t.norm.startsWith('massag');
const elsewhere = (text: string) => namesSessionElsewhere(sentencesOf(text)[0]!, isMention);

describe('engine/pronouns: sessions elsewhere', () => {
  test.each([
    'Skip your appointment with the dentist if you have a fever.',
    'Skip your appointment at the gym if you have a fever.',
    'Sessions with a physiotherapist boost circulation.',
  ])('another giver or place: %s', (text) => {
    expect(elsewhere(text)).toBe(true);
  });

  test.each([
    'Skip your appointment if you have a fever.',
    'Three sessions with Anna and my back pain was gone.',
    'Two sessions with a remedial therapist and my back stopped nagging me.',
    'Six sessions at £55 each and it did nothing for my back.',
    'Book a session at the massage studio.',
    'Had six sessions of ultrasound at the physio.',
    'Will my health insurance pay for sessions with you?',
    'Cancel your appointment with us if you have a fever.',
  ])('none: %s', (text) => {
    expect(elsewhere(text)).toBe(false);
  });
});
