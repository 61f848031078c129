import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise/one';
import { describe, expect, test } from 'vitest';
import { termsOf, type Term } from '../../../src/engine/terms';

/** The fields the engine reads from compromise's terms. */
const fields = (docs: readonly (readonly Term[])[]) => docs.map((terms) => terms.map((t) => [t.text, t.normal, t.implicit, t.pre, t.post, t.offset.start, t.offset.length]));
const byNlp = (text: string) => fields((nlp(text).compute('offset') as unknown as { docs: Term[][] }).docs);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const sources = readdirSync(join(ROOT, 'claims/sources')).map((f) => readFileSync(join(ROOT, 'claims/sources', f), 'utf8'));

describe('engine/terms: the same as nlp()', () => {
  test.each([
    '',
    'Massage relieves back pain.',
    "It's said to help; doesn't it? They'd've known. Y'all can't say it ain't so!",
    'Plain first. I cannot go. Plain again. We gonna wanna, dunno. Dont do it. Plain last.',
    'Dr. Smith, M.D., said the F.B.I. and the c.e.o. met at 5 p.m. U.S. NASA. A. B.',
    'Björk’s café: naïve “smart quotes” — en–dash, em—dash… and ellipsis... done',
    'Costs $50-$60 (2,000 words), 4km, 5-9pm, 44-2, +1, (800) 555-1234, 500+, 10%.',
    "Over 500+ items, see 1) first; rock n' roll.",
    "Runners' legs, chillin' out, the '90s, rock 'n' roll, o'clock.",
    'Emoticons <3 :^P and :^3 too; #hashtag @handle _under_ 30° zero\u200bwidth\ufeff.',
    'well-known, co-operate, back-pain, self-massage, re-do, one/two, and/or, A/B.',
    '  Leading space. Trailing space.   \n\nNew block!\tTab\there?! "Quoted." (Parens.)',
    'MASSAGE RELIEVES BACK PAIN. NSAIDs help. IBS, GERD, etc. iPhone eBay.',
    'word: word; word, word! word? word. word.. word... word!!! word?!',
    'Numbers 1st 2nd 3rd 4th 1,000 1.5 3.14159 0.5mg 10x.',
    '\u00e9t\u00e9 \u00fcber stra\u00dfe \u0131 \u0130 \u03c0 \u4e2d\u6587 \ud83d\ude00 emoji.',
  ])('%j', (text) => {
    expect(fields(termsOf(text))).toEqual(byNlp(text));
  });

  test('the claim sources', () => {
    for (const text of sources) expect(fields(termsOf(text))).toEqual(byNlp(text));
  });

  test('the shortcut for plain words rests on compromise mapping ASCII to itself', () => {
    const unicode = (nlp.world() as { model: { one: { unicode: Record<string, string> } } }).model.one.unicode;
    for (let c = 0; c < 128; c++) expect(unicode[String.fromCharCode(c)] ?? String.fromCharCode(c)).toBe(String.fromCharCode(c));
  });

  test("compromise's shared hooks are left as they are", () => {
    const before = [...nlp.hooks()];
    termsOf('Massage helps.');
    expect(nlp.hooks()).toEqual(before);
  });
});
