// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { annotate, MARK_TAG, type Span } from '../../../src/page/annotate';
import { collectText } from '../../../src/page/text-blocks';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(root);
  return root;
}

/** Every node under root, as [nodeName, text data or ''] in document order, plus the node objects. */
function snapshot(root: Node): { nodes: Node[]; shape: Array<[string, string, number]> } {
  const nodes: Node[] = [];
  const walk = (n: Node) => {
    nodes.push(n);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return { nodes, shape: nodes.map((n) => [n.nodeName, n.nodeType === 3 ? (n as Text).data : '', n.childNodes.length]) };
}

const spanOf = (text: string, phrase: string): Span => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length };
};

function markFactory() {
  const calls: Array<[number, number]> = [];
  const make = (span: number, piece: number) => {
    calls.push([span, piece]);
    const el = document.createElement(MARK_TAG);
    el.setAttribute('data-span', String(span));
    el.setAttribute('data-piece', String(piece));
    return el;
  };
  return { calls, make };
}

beforeEach(() => document.body.replaceChildren());

describe('page/annotate', () => {
  test('a span across <strong> and <a> gets one mark per piece', () => {
    const root = page('<p>Yes: Massage <strong>flushes</strong><a href="#"> toxins</a> out.</p>');
    const pageText = collectText(root);
    const { calls, make } = markFactory();
    const { marks } = annotate(pageText, [spanOf(pageText.text, 'Massage flushes toxins')], make);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.map((m) => m.textContent)).toEqual(['Massage ', 'flushes', ' toxins']);
    expect(marks[0]!.map((m) => m.parentElement?.tagName)).toEqual(['P', 'STRONG', 'A']);
    expect(calls.map(([s, p]) => `${s}:${p}`).sort()).toEqual(['0:0', '0:1', '0:2']);
    expect(marks[0]!.map((m) => m.getAttribute('data-piece'))).toEqual(['0', '1', '2']);
    // The visible text is unchanged.
    expect(root.textContent).toBe('Yes: Massage flushes toxins out.');
  });

  test('several spans in one text node, marks in span order', () => {
    const root = page('<p>Massage helps. Then massage heals. Done.</p>');
    const pageText = collectText(root);
    const spans = [spanOf(pageText.text, 'Massage helps'), spanOf(pageText.text, 'massage heals')];
    const { make, calls } = markFactory();
    const { marks } = annotate(pageText, spans, make);
    expect(marks.map((m) => m.map((x) => x.textContent))).toEqual([['Massage helps'], ['massage heals']]);
    expect(calls.map(([s]) => s).sort()).toEqual([0, 1]);
    expect(root.textContent).toBe('Massage helps. Then massage heals. Done.');
  });

  test('remove() restores the exact original text nodes', () => {
    const root = page('<p>Intro. Massage <strong>flushes</strong><a href="#"> toxins</a> out.</p><p>Second massage helps.</p>');
    const before = snapshot(root);
    const pageText = collectText(root);
    const spans = [spanOf(pageText.text, 'Massage flushes toxins'), spanOf(pageText.text, 'massage helps')];
    const annotations = annotate(pageText, spans, markFactory().make);
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(4);
    annotations.remove();
    const after = snapshot(root);
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(after.shape).toEqual(before.shape);
    // Same node objects, not look-alikes.
    expect(after.nodes).toHaveLength(before.nodes.length);
    after.nodes.forEach((n, i) => expect(n).toBe(before.nodes[i]));
    // Removing twice is harmless.
    annotations.remove();
    expect(snapshot(root).shape).toEqual(before.shape);
  });

  test('a saved text node reference is the one left in the page after remove()', () => {
    const root = page('<p>Massage flushes toxins from the body.</p>');
    const p = root.querySelector('p')!;
    const textNode = p.firstChild as Text;
    const original = textNode.data;
    const pageText = collectText(root);
    const annotations = annotate(pageText, [spanOf(pageText.text, 'flushes toxins')], markFactory().make);
    expect(p.childNodes.length).toBe(3);
    expect(textNode.data).toBe('Massage ');
    annotations.remove();
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(textNode);
    expect(textNode.data).toBe(original);
  });

  test('spans in nodes removed from the page are skipped', () => {
    const root = page('<p>Massage flushes toxins.</p><p>Massage helps.</p>');
    const pageText = collectText(root);
    root.querySelector('p')!.remove();
    const { marks } = annotate(pageText, [spanOf(pageText.text, 'Massage flushes'), spanOf(pageText.text, 'Massage helps')], markFactory().make);
    expect(marks[0]).toEqual([]);
    expect(marks[1]).toHaveLength(1);
  });

  test('spans outside the text get no marks', () => {
    const root = page('<p>Massage helps.</p>');
    const pageText = collectText(root);
    const { marks } = annotate(pageText, [{ start: 100, end: 120 }], markFactory().make);
    expect(marks).toEqual([[]]);
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });
});
