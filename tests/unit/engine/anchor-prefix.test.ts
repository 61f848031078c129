import { describe, expect, test } from 'vitest';
import { pageCorpus } from './page-corpus';
import { loadClaims } from '../../../src/claims/load';
import { createPrefixAnchorTest, createQuickAnchorTest, quickAnchors, type QuickAnchors } from '../../../src/engine/anchor-prefix';
import { createAnchorTest } from '../../../src/engine/prefilter';

const words = loadClaims().bundle.prefilter.words;
const quick = createPrefixAnchorTest(words);
/** The word lookups the quick test stands in for. */
const lookup = createAnchorTest(words);

const corpus = pageCorpus;

describe('engine/anchor-prefix', () => {
  test.each<[string, boolean]>([
    ['Massage helps.', true],
    ['A MASSAGE helps.', true],
    ['massage-based care', true],
    ['non-massage care', true],
    ['the massage’s effect', true],
    ['_massage_', true],
    ['54% of doctors', true],
    ['anti-inflammatory', true],
    // the prefix alone is no anchor: "massa" starts "massage" but also "Massachusetts"
    ['Massachusetts and massacres', false],
    ['massagex premassage 5massage 54%massage', false],
    ['nothing to see here', false],
  ])('%j -> %s, as the lookups say', (text, expected) => {
    expect(quick(text)).toBe(expected);
    expect(lookup(text)).toBe(expected);
  });

  test('agrees with the word lookups on every word and every paragraph of the fixtures and sources', () => {
    let checked = 0;
    for (const text of corpus) {
      for (const token of text.match(/[A-Za-z0-9][A-Za-z0-9'’%-]*/g) ?? []) {
        expect(quick(token), token).toBe(lookup(token));
        checked++;
      }
      for (const para of text.split(/\n+/)) expect(quick(para), para).toBe(lookup(para));
    }
    expect(checked).toBeGreaterThan(5000);
  });

  test('a list without words finds nothing', () => {
    expect(createPrefixAnchorTest([])('massage')).toBe(false);
  });
});

describe('engine/anchor-prefix: what the build prepares for the content script', () => {
  test('the prepared data gives the same answers as the words', () => {
    const prepared = createQuickAnchorTest(JSON.parse(JSON.stringify(quickAnchors(words))) as QuickAnchors);
    for (const text of corpus) for (const para of text.split(/\n+/)) expect(prepared(para), para).toBe(quick(para));
  });

  test('answers the same before and after it has looked up enough words to build a set of them', () => {
    const fresh = createQuickAnchorTest(quickAnchors(words));
    const tokens = corpus.join(' ').match(/[A-Za-z0-9][A-Za-z0-9'’%-]*/g)!.slice(0, 3000);
    for (const token of tokens) expect(fresh(token), token).toBe(lookup(token));
    expect(tokens.filter((t) => lookup(t)).length).toBeGreaterThan(40);
  });

  test('a word is looked up whole: a part of an anchor is none', () => {
    const test = createQuickAnchorTest(quickAnchors(['massage', 'back-pain']));
    expect(test('massag')).toBe(false);
    expect(test('back')).toBe(false);
    expect(test('back-pain')).toBe(true);
    expect(test('Massage')).toBe(true);
  });

  test('anchor words with spaces are refused at build time', () => {
    expect(() => quickAnchors(['back pain'])).toThrow(/single words: "back pain"/);
  });
});
