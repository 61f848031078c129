/** Later items of a list inside a sentence, read right after the list's lead. */
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { listReadings } from '../../../src/engine/lists';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf } from '../../../src/engine/tokenize';

const scanner = createScanner(loadClaims().bundle);
const found = (text: string) => scanner.scan(text).matches.map((m) => `${m.claimId}:${m.stance}`);
const readings = (text: string) => listReadings(sentencesOf(text)[0]!).map((r) => r.tokens.map((t) => t.norm).join(' '));

describe('engine/lists', () => {
  test('each later item follows the lead; the first item is taken as long as the second', () => {
    expect(readings('Benefits include reduced stress, better sleep, improved circulation and a release of endorphins.')).toEqual([
      'benefits include improved circulation and a release of endorphins',
      'benefits include a release of endorphins',
    ]);
    // With a comma before the last "and".
    expect(readings('Massage can improve blood flow, flush out toxins, and release endorphins.')).toEqual(['massage can release endorphins']);
  });

  test('stretches between commas that are clauses are no list', () => {
    expect(readings("If your back doesn't loosen up, that's a sign of inflammation, and massage won't help.")).toEqual([]);
    expect(readings('We met on Friday, went for a long walk along the river, and ate.')).toEqual([]);
    expect(readings('Massage helps, and so does heat.')).toEqual([]);
    expect(readings('The table went to the charity shop, the bed went upstairs, and sleep like a log is what I do now.')).toEqual([]);
  });

  test.each<[string, string]>([
    ['Benefits of massage include reduced stress, better sleep, improved circulation and a natural release of endorphins.', 'massage-releases-endorphins:asserts'],
    ['Regular massage can improve blood flow, flush out toxins, and release endorphins.', 'massage-releases-endorphins:asserts'],
    ["Massage doesn't ease tension, improve sleep, or release endorphins.", 'massage-releases-endorphins:disputes'],
  ])('%j holds %s', (text, claim) => {
    expect(found(text)).toContain(claim);
  });
});
