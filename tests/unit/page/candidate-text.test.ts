// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createPrefixAnchorTest } from '../../../src/engine/anchor-prefix';
import { candidateScan } from '../../../src/page/candidate-text';
import { collectText } from '../../../src/page/text-blocks';

const hasAnchor = createPrefixAnchorTest(['massage', 'toxins']);

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Runs the scan to its end in steps with a deadline already past: one slice per step. */
function scanInSlices(root: Node): { found: boolean; steps: number } {
  const scan = candidateScan(root, hasAnchor);
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
    expect(candidateScan(page('<p>A quiet <a href="#">Massage</a> day.</p>'), hasAnchor).step(Infinity)).toBe(true);
    expect(candidateScan(page('<p>A quiet day at the beach.</p>'), hasAnchor).step(Infinity)).toBe(false);
  });

  test('keeps the words of neighbouring text nodes apart', () => {
    // "mass" + "age" must not read as "massage"; "massage" between two nodes' words still counts.
    expect(candidateScan(page('<p>mass</p><p>age</p>'), hasAnchor).step(Infinity)).toBe(false);
    expect(candidateScan(page('<li>one</li><li>massage</li><li>two</li>'), hasAnchor).step(Infinity)).toBe(true);
  });

  test('skips text inside scripts, styles and text areas', () => {
    expect(candidateScan(page('<script>var massage = 1;</script><style>.toxins{}</style><textarea>massage</textarea><p>Nothing here.</p>'), hasAnchor).step(Infinity)).toBe(false);
  });

  test('skips long script text, and short script text beside an anchor word found elsewhere in the slice', () => {
    const long = 'var state = "quiet"; '.repeat(100);
    expect(candidateScan(page(`<script>${long} massage</script><p>Nothing here.</p>`), hasAnchor).step(Infinity)).toBe(false);
    expect(candidateScan(page(`<p>${long} massage</p>`), hasAnchor).step(Infinity)).toBe(true);
    expect(candidateScan(page('<script>var massage;</script><p>Toxins here.</p>'), hasAnchor).step(Infinity)).toBe(true);
  });

  test('reads hidden and editable text too: it may pass a page the full walk then finds empty, never the reverse', () => {
    for (const html of ['<p hidden>massage</p>', '<div aria-hidden="true">toxins</div>', '<div contenteditable>massage</div>']) {
      const root = page(html);
      expect(hasAnchor(collectText(root).text)).toBe(false);
      expect(candidateScan(root, hasAnchor).step(Infinity)).toBe(true);
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

  test('an empty page has no candidates', () => {
    expect(candidateScan(page(''), hasAnchor).step(Infinity)).toBe(false);
  });
});
