import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';

const scanner = createScanner(loadClaims().bundle);

describe('engine/scanner', () => {
  test.each([
    ['Massage helps your body flush out toxins.', 'massage-flushes-toxins', 'asserts'],
    ["Massage doesn't flush toxins.", 'massage-flushes-toxins', 'disputes'],
    ['There is no evidence that massage flushes toxins.', 'massage-flushes-toxins', 'disputes'],
    ['Some therapists believe massage may flush toxins.', 'massage-flushes-toxins', 'hedges'],
  ])('%s -> %s %s', (text, claim, stance) => {
    const found = scanner.scan(text).matches.find((m) => m.claimId === claim);
    expect(found?.stance).toBe(stance);
  });

  test.each<[string, string, string, number]>([
    ['no anchor word', 'The river rose after three days of rain.', 'no-candidates', 0],
    ['an anchor word, but no window passing stage 2', 'We booked a massage for Saturday.', 'no-candidates', 0],
    ['a candidate sentence', 'Massage flushes toxins.', 'complete', 1],
  ])('outcome with %s: %s', (_name, text, outcome, sentences) => {
    const result = scanner.scan(text);
    expect(result.outcome).toBe(outcome);
    expect(result.sentences).toBe(sentences);
  });
});
