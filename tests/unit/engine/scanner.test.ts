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
});
