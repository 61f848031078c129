import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createPrefilter, visitLooseWords } from '../../../src/engine/prefilter';
import { isAboutBackPain } from '../../../src/engine/implied-complaint';
import { createScanner } from '../../../src/engine/scanner';

const bundle = loadClaims().bundle;
const prefilter = createPrefilter(bundle.prefilter);
const scanner = createScanner(bundle);

const UNRELATED = join(process.cwd(), 'tests/fixtures/unrelated');
const unrelated = readdirSync(UNRELATED)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(join(UNRELATED, f), 'utf8')] as const);

/** The words visitLooseWords visits, as a set (stage 2 needs only their presence). */
function looseWords(text: string): Set<string> {
  const words = new Set<string>();
  visitLooseWords(text, (w) => {
    words.add(w);
    return false;
  });
  return words;
}

describe('engine/prefilter', () => {
  test.each<[string, string[], string[]]>([
    ["shouldn't", ["shouldn't", 'should', 'not', 'shouldn', 't'], []],
    ['shouldn’t', ["shouldn't", 'should', 'not'], ['shouldn’t']],
    ["doesn't", ["doesn't", 'does', 'not'], []],
    ["can't", ["can't", 'can', 'not'], []],
    ["won't", ["won't", 'will', 'not'], []],
    ['cannot', ['cannot', 'can', 'not'], []],
    ['deep-tissue', ['deep-tissue', 'deep', 'tissue'], []],
    ['X-Ray', ['x-ray', 'x', 'ray'], ['X-Ray']],
    ["body's", ["body's", 'body'], []],
    ['body’s', ["body's", 'body'], []],
    ['MASSAGE, Toxins!', ['massage', 'toxins'], ['MASSAGE', 'massage,']],
    ['54% of', ['54%', 'of'], []],
    ['', [], ['not']],
  ])('looseWords(%j)', (text, present, absent) => {
    const words = looseWords(text);
    for (const w of present) expect(words).toContain(w);
    for (const w of absent) expect(words).not.toContain(w);
  });

  test('looseWords finds the same words on its ASCII fast path as with the Unicode-aware pattern', () => {
    // The reference: the Unicode pattern on every text, the way the fast path must behave.
    const reference = (text: string) => {
      const words = new Set<string>();
      for (const [raw] of text.toLowerCase().replace(/’/g, "'").matchAll(/[\p{L}\p{N}][\p{L}\p{N}'%-]*/gu)) {
        words.add(raw);
        for (const part of raw.split(/[-']/)) if (part) words.add(part);
        if (raw.endsWith("n't") || raw === 'cannot') words.add('not').add(raw === "won't" ? 'will' : raw === "can't" || raw === 'cannot' ? 'can' : raw.slice(0, -3));
        if (raw.endsWith("'s")) words.add(raw.slice(0, -2));
      }
      return words;
    };
    const texts = [
      ...unrelated.map(([, text]) => text),
      'Massage “flushes” toxins — they say… Isn’t it 54% — or 60%? 3×, 1½',
      'Naïve café-goers say Über-massage in Zürich doesn’t detoxify ΑΒΓ.',
    ];
    for (const text of texts) expect([...looseWords(text)].sort()).toEqual([...reference(text)].sort());
  });

  test('looseWords does not invent "not" for words merely ending in t', () => {
    expect(looseWords('it is a treatment that meant a lot')).not.toContain('not');
  });

  test('no anchor words: test() is false and windows() empty', () => {
    const text = 'The river rose after three days of rain.';
    expect(prefilter.test(text)).toBe(false);
    expect([...prefilter.windows(text)]).toEqual([]);
  });

  test('an empty vocabulary never passes', () => {
    const empty = createPrefilter({ words: [], detail: '{}' });
    expect(empty.test('massage flushes toxins')).toBe(false);
    expect([...empty.windows('massage flushes toxins')]).toEqual([]);
  });

  test.each([
    ['Massage flushes toxins.'],
    ['MASSAGE FLUSHES TOXINS.'],
    ['Massages flush toxins.'],
  ])('anchor words are found case-insensitively in any form: %s', (text) => {
    expect(prefilter.test(text)).toBe(true);
    expect([...prefilter.windows(text)]).toHaveLength(1);
  });

  test.each([['Massage-based care flushes toxins.'], ['MASSAGE’S job is to flush toxins.'], ["the massage's toxin flushing"]])(
    'stage 1 finds anchors as parts of hyphenated and possessive words: %s',
    (text) => {
      expect([...prefilter.windows(text)]).toHaveLength(1);
    },
  );

  test('a stage-1-only prefilter (the content script\'s) refuses stage 2 clearly', () => {
    const stageOne = createPrefilter({ words: bundle.prefilter.words });
    expect(stageOne.test('Massage flushes toxins.')).toBe(true);
    expect(() => [...stageOne.windows('Massage flushes toxins.')]).toThrow(/stage-2 tables/);
  });

  test('an intro needs no anchor of its own only if its subject is not an anchor word', () => {
    // Items under "Why we love shiatsu:" get windows through the intro's mention. With the
    // mention as an anchor, text without anchors skips the intro search (the common case).
    const items = 'Why we love shiatsu:\n- Improves blood flow\n';
    const carry = { words: ['shiatsu'], mentions: new Set(['shiatsu']), cues: new Set(['love']) };
    const withAnchor = createPrefilter({ words: ['shiatsu', 'flow'], detail: bundle.prefilter.detail }, carry);
    const withoutAnchor = createPrefilter({ words: ['zzzz'], detail: bundle.prefilter.detail }, carry);
    expect(withAnchor.test('Improves blood circulation')).toBe(false);
    expect([...withAnchor.windows('Plain prose about gardening.')]).toEqual([]);
    // Mention not an anchor, no anchor in the text at all: the item still gets its window through the intro.
    const found = [...withoutAnchor.windows(items)];
    expect(found.some((w) => w.item !== undefined)).toBe(true);
  });

  test('anchors are whole words only', () => {
    // "massage" inside a longer word is not a hit.
    expect(prefilter.test('premassageless')).toBe(false);
  });

  test('stage 2: an anchor word alone, without the other required words, yields no window', () => {
    const text = 'We booked a massage for Saturday.';
    expect(prefilter.test(text)).toBe(true);
    expect([...prefilter.windows(text)]).toEqual([]);
  });

  test('windows cover the claim sentence and the next one, not the text before', () => {
    const text = 'The weather was fine. Massage flushes toxins from the body. We went home. Then it rained.';
    const windows = [...prefilter.windows(text)];
    expect(windows).toHaveLength(1);
    expect(text.slice(windows[0]!.start, windows[0]!.end).trim()).toBe('Massage flushes toxins from the body. We went home.');
  });

  test('curly apostrophes reach the same windows as straight ones', () => {
    const straight = "Massage doesn't flush toxins.";
    const curly = 'Massage doesn’t flush toxins.';
    expect([...prefilter.windows(curly)]).toEqual([...prefilter.windows(straight)]);
    expect([...prefilter.windows(curly)]).toHaveLength(1);
  });

  test('unrelated fixtures are present', () => {
    expect(unrelated).toHaveLength(6);
  });

  test.each(unrelated)('%s: ordinary page, zero matches', (_file, text) => {
    const result = scanner.scan(text, { budgetMs: Infinity, maxCandidateChars: Infinity });
    expect(result.matches).toEqual([]);
    expect(['complete', 'no-candidates']).toContain(result.outcome);
  });
});

describe('engine/prefilter: topic windows (for the claim model)', () => {
  // The scanner's test also counts massage therapy and text length; back pain alone shows the mechanism.
  const withTopic = createPrefilter(bundle.prefilter, undefined, undefined, (text) => isAboutBackPain(text));
  // "massage" is an anchor word; nothing here meets every required word of any pattern.
  const sentence = 'Each massage bought me about three days of peace.';
  const windowsOf = (p: typeof prefilter, text: string) => [...p.windows(text)].map((w) => text.slice(w.start, w.end).trim());

  test('on a text the topic test holds for, every window with an anchor word passes, marked', () => {
    const text = `Back pain again. My back pain is worse at night. Back pain, always.\n\n${sentence}`;
    expect(windowsOf(prefilter, text)).not.toContain(sentence);
    expect(windowsOf(withTopic, text)).toContain(sentence);
    expect([...withTopic.windows(text)].every((w) => w.modelTopic)).toBe(true);
  });

  test('on such a text, a sentence without any anchor word gets a window too', () => {
    const unanchored = 'Slept like a log every time afterwards.';
    expect(prefilter.test(unanchored)).toBe(false);
    const text = `Back pain again. My back pain is worse at night. Back pain, always.\n\n${unanchored}`;
    expect(windowsOf(prefilter, text).join('\n')).not.toContain(unanchored);
    expect(windowsOf(withTopic, text).join('\n')).toContain(unanchored);
  });

  test('elsewhere stage 2 still decides', () => {
    expect(windowsOf(withTopic, sentence)).toEqual([]);
    // and a sentence without an anchor word is never read
    expect(windowsOf(withTopic, `${sentence}\n\nSlept like a log every time afterwards.`)).toEqual([]);
  });
});
