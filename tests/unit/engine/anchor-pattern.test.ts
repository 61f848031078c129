import { describe, expect, test } from 'vitest';
import { pageCorpus } from './page-corpus';
import { loadClaims } from '../../../src/claims/load';
import { createAnchorFinder } from '../../../src/engine/anchor-pattern';
import { createAnchorTest } from '../../../src/engine/prefilter';

const words = loadClaims().bundle.prefilter.words;
const find = createAnchorFinder(words);
/** The content script's stage 1 (word lookups), which the regular expression stands in for. */
const lookup = createAnchorTest(words);

const corpus = pageCorpus;

describe('engine/anchor-pattern', () => {
  test.each<[string, number[]]>([
    ['Massage helps.', [0]],
    ['A MASSAGE helps.', [2]],
    ['massage-based care', [0]],
    ['non-massage care', [4]],
    ["the massage's effect", [4]],
    ['the massage’s effect', [4]],
    ['_massage_ and __toxins__', [1, 16]],
    ['toxins and x_massage', [0, 13]],
    ['x_massage then toxins', [2, 15]],
    ['foo_bar-massage and massage_x', [8, 20]],
    ['snake_case_names only', []],
    ['54% of doctors', [0, 7]],
    ['54%.', [0]],
    ['anti-inflammatory', [0]],
    ['massages, massaged; massaging', [0, 10, 20]],
    ['massagex premassage 5massage', []],
    ['nothing to see here', []],
  ])('%j -> %j', (text, offsets) => {
    expect(find(text, false)).toEqual(offsets);
    expect(find(text, true)).toEqual(offsets.slice(0, 1));
  });

  test('finds an anchor in every word, and only where, the word lookups do', () => {
    let checked = 0;
    for (const text of corpus) {
      for (const token of text.match(/[A-Za-z0-9][A-Za-z0-9'’%-]*/g) ?? []) {
        expect(find(token, true).length > 0, token).toBe(lookup(token));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  test('text with underscores: the hits found with spaces in their place, and at most parts of those words', () => {
    let checked = 0;
    for (const text of corpus) {
      // Every third space an underscore: words of the corpus joined as identifiers are ("massage_therapy").
      let n = 0;
      const joined = text.replace(/ /g, (space) => (++n % 3 === 0 ? '_' : space));
      const spaced = joined.replace(/_/g, ' ');
      const hits = find(joined, false);
      const expected = find(spaced, false);
      expect(hits).toEqual(expect.arrayContaining(expected));
      // "do_x-rays": "rays" is found on its own too, after the hyphen: the same sentence, so the same window.
      const extra = hits.filter((at) => !expected.includes(at));
      expect(extra.filter((at) => !/['’-]/.test(joined[at - 1] ?? '')).map((at) => joined.slice(at - 10, at + 10))).toEqual([]);
      expect(find(joined, true).length).toBe(find(spaced, true).length);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('words that begin alike: each is found where it ends a word, none where it does not', () => {
    const alike = createAnchorFinder(['mass', 'massage', 'masseur', 'ma']);
    expect(alike('ma mass massage masseur', false)).toEqual([0, 3, 8, 16]);
    expect(alike('mas massa massag massages masseurs', false)).toEqual([]);
  });

  test('a list without words finds nothing', () => {
    expect(createAnchorFinder([])('massage', false)).toEqual([]);
    expect(createAnchorFinder(['%'])('massage %', false)).toEqual([]);
  });
});
