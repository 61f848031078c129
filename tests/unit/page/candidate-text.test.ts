// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createPrefixAnchorTest } from '../../../src/engine/anchor-prefix';
import { candidateScan, candidateTest, TOPIC_WORDS } from '../../../src/page/candidate-text';
import { collectText } from '../../../src/page/text-blocks';

const hasAnchor = createPrefixAnchorTest(['massage', 'toxins']);
/** A fresh test per scan: it remembers what the page held. */
const candidates = () => candidateTest(hasAnchor);

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Runs the scan to its end in steps with a deadline already past: one slice per step. */
function scanInSlices(root: Node): { found: boolean; steps: number } {
  const scan = candidateScan(root, candidates());
  for (let steps = 1; ; steps++) {
    const found = scan.step(0);
    if (found !== undefined) return { found, steps };
  }
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('page/candidate-text', () => {
  test('finds an anchor word in any text node, across inline elements', () => {
    expect(candidateScan(page('<p>A quiet <a href="#">Massage</a> day.</p>'), candidates()).step(Infinity)).toBe(true);
    expect(candidateScan(page('<p>A quiet day at the beach.</p>'), candidates()).step(Infinity)).toBe(false);
  });

  test('keeps the words of neighbouring text nodes apart', () => {
    // "mass" + "age" must not read as "massage"; "massage" between two nodes' words still counts.
    expect(candidateScan(page('<p>mass</p><p>age</p>'), candidates()).step(Infinity)).toBe(false);
    expect(candidateScan(page('<li>one</li><li>massage</li><li>two</li>'), candidates()).step(Infinity)).toBe(true);
  });

  test('skips text inside scripts, styles and text areas', () => {
    expect(candidateScan(page('<script>var massage = 1;</script><style>.toxins{}</style><textarea>massage</textarea><p>Nothing here.</p>'), candidates()).step(Infinity)).toBe(false);
  });

  test('skips long script text, and short script text beside an anchor word found elsewhere in the slice', () => {
    const long = 'var state = "quiet"; '.repeat(100);
    expect(candidateScan(page(`<script>${long} massage</script><p>Nothing here.</p>`), candidates()).step(Infinity)).toBe(false);
    expect(candidateScan(page(`<p>${long} massage</p>`), candidates()).step(Infinity)).toBe(true);
    expect(candidateScan(page('<script>var massage;</script><p>Toxins here, the therapist says.</p>'), candidates()).step(Infinity)).toBe(true);
  });

  test('reads hidden and editable text too: it may pass a page the full walk then finds empty, never the reverse', () => {
    for (const html of ['<p hidden>massage</p>', '<div aria-hidden="true">toxins, the therapist says</div>', '<div contenteditable>massage</div>']) {
      const root = page(html);
      expect(hasAnchor(collectText(root).text)).toBe(false);
      expect(candidateScan(root, candidates()).step(Infinity)).toBe(true);
    }
  });

  test('in slices: stops at a past deadline, and reads the same in the end', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} about nothing.</p>`).join('');
    const without = scanInSlices(page(many));
    expect(without).toEqual({ found: false, steps: expect.any(Number) });
    expect(without.steps).toBeGreaterThan(1);
    const withAnchor = scanInSlices(page(`${many}<p>Then a massage.</p>`));
    expect(withAnchor.found).toBe(true);
  });

  test('stops at the first slice with an anchor word, without reading the rest', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    expect(scanInSlices(page(`<p>massage</p>${many}`)).steps).toBe(1);
  });

  test('an anchor word counts on a page that names the topic, anywhere on it', () => {
    const many = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    expect(candidateScan(page('<p>Toxins in the river.</p>'), candidates()).step(Infinity)).toBe(false);
    expect(scanInSlices(page(`<p>Toxins in the river.</p>${many}<p>Ask a physio.</p>`))).toEqual({ found: true, steps: expect.any(Number) });
    expect(scanInSlices(page(`<p>Ask a physio.</p>${many}<p>Toxins in the river.</p>`)).found).toBe(true);
    // Not a word inside a script.
    expect(candidateScan(page('<script>var physio;</script><p>Toxins in the river.</p>'), candidates()).step(Infinity)).toBe(false);
  });

  test('a page that names no topic word never runs the anchor test; held text is tested once a topic word turns up', () => {
    const texts: string[] = [];
    const counting = candidateTest((text) => (texts.push(text), hasAnchor(text)));
    const many = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i}, toxins in the river.</p>`).join('');
    expect(candidateScan(page(many), counting).step(Infinity)).toBe(false);
    expect(texts).toEqual([]);
    // The topic word comes in a later piece: the held text is tested then, in one go.
    expect(counting.add('Ask a physio.')).toBe(true);
    expect(texts.length).toBe(2);
    expect(texts[0]).toContain('Paragraph 599, toxins');
  });

  test('text held without a topic word is tested once it grows large, and not kept', () => {
    const texts: string[] = [];
    const counting = candidateTest((text) => (texts.push(text), hasAnchor(text)));
    const feed = 'Another quiet update from the newsroom. '.repeat(2000);
    for (let i = 0; i < 5; i++) expect(counting.add(feed)).toBe(false);
    // About 80 KB a piece: the fourth passes the limit, and the four are tested together.
    expect(texts.length).toBe(1);
    expect(texts[0]!.length).toBeGreaterThan(4 * feed.length);
    expect(counting.add('Ask a physio.')).toBe(false);
    expect(texts.length).toBe(3);
    expect(counting.add('A massage, then.')).toBe(true);
  });

  test('words about back pain count on their own (the popup offers the red-flag guidance)', () => {
    expect(candidateScan(page('<p>My lower back hurts.</p>'), candidates()).step(Infinity)).toBe(true);
  });

  test('after the read, a piece brings candidates only with a new anchor word or topic word', () => {
    const test = candidates();
    expect(test.add('Toxins in the river.')).toBe(false);
    expect(test.add('A quiet day.')).toBe(false);
    expect(test.add('Ask a physio.')).toBe(true);
    expect(test.add('Beans in rows.')).toBe(false);
    expect(test.add('More toxins.')).toBe(true);
    expect(test.add('Sciatica, again.')).toBe(true);
  });

  test('topic words: the topic in many words, not its look-alikes', () => {
    for (const named of ['a deep tissue massage', 'My back is wrecked', 'see a chiropractor', 'long-term painkillers', 'pressure points', 'her lower back', 'the masseuse'])
      expect(TOPIC_WORDS.test(named), named).toBe(true);
    for (const plain of ['back in 2019', 'the back of the oven', 'flush the cache', 'pressure on margins', 'the core team', 'general release'])
      expect(TOPIC_WORDS.test(plain), plain).toBe(false);
  });

  test('an empty page has no candidates', () => {
    expect(candidateScan(page(''), candidates()).step(Infinity)).toBe(false);
  });
});
