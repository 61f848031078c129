// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { collectText, locate, OWN_ATTR, textCollector } from '../../../src/page/text-blocks';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(root);
  return root;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('page/text-blocks', () => {
  test('textCollector in slices reads exactly what collectText reads in one go', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i} with <strong>bold ${i}</strong> and <a href="#">a link</a>.</p><ul><li>item ${i}</li></ul>`).join('');
    const whole = collectText(page(html));
    const collector = textCollector(document.body.firstElementChild!);
    let steps = 0;
    let sliced;
    // A deadline already past: each step stops at its first clock check (every 256 nodes).
    while (!(sliced = collector.step(0))) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.start, s.data])).toEqual(whole.segments.map((s) => [s.start, s.data]));
  });

  test.each([
    ['<p>Hello <strong>bold</strong> world</p>', 'Hello bold world'],
    ['<p>a <a href="#">link</a> and <em>em</em> and <span>span</span>.</p>', 'a link and em and span.'],
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<h1>Title</h1>Body text', 'Title\nBody text'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['line one<br>line two', 'line one\nline two'],
    ['<p>keep</p><script>var massage = 1;</script><style>p{}</style><p>this</p>', 'keep\nthis'],
    ['<p>a</p><textarea>typed massage</textarea><input value="x"><select><option>opt</option></select><p>b</p>', 'a\nb'],
    ['<p>a</p><div contenteditable="true">edit me</div><div contenteditable="">edit too</div><p>b</p>', 'a\nb'],
    ['<p>a</p><div contenteditable="false">readonly</div>', 'a\nreadonly'],
    ['<p>a</p><div hidden>hidden</div><div aria-hidden="true">aria</div><p>b</p>', 'a\nb'],
    [`<p>a</p><div ${OWN_ATTR}>own ui</div><p>b</p>`, 'a\nb'],
    ['<div><div><p>deep</p></div></div><p>next</p>', 'deep\nnext'],
    // A block that is not read still ends the text before it, also as the last child of an inline element.
    ['<em>Massage helps<div aria-hidden="true">x</div></em>back pain', 'Massage helps\nback pain'],
    ['<span>a<div hidden>x</div></span>b', 'a\nb'],
  ])('%s -> %j', (html, expected) => {
    const { text } = collectText(page(html));
    // Closing the last block may leave one trailing break; never two breaks in a row.
    expect(text.replace(/\n$/, '')).toBe(expected);
    expect(text).not.toMatch(/\n\n/);
    expect(text).not.toMatch(/^\n/);
  });

  test('newlines and tabs inside a text node become spaces of the same length', () => {
    const root = page('<p>Massage\nflushes\r\n\ttoxins</p>');
    const { text, segments } = collectText(root);
    expect(text).toBe('Massage flushes   toxins\n');
    expect(segments[0]!.node.data).toBe('Massage\nflushes\r\n\ttoxins');
    expect(segments[0]!.start).toBe(0);
    expect(text.indexOf('\n')).toBe(segments[0]!.node.data.length);
  });

  test('segments map text offsets to the text nodes', () => {
    const root = page('<p>Hello <strong>bold</strong> world</p><p>Next</p>');
    const { text, segments } = collectText(root);
    expect(segments.map((s) => [s.node.data, s.start])).toEqual([
      ['Hello ', 0],
      ['bold', 6],
      [' world', 10],
      ['Next', 17],
    ]);
    for (const s of segments) expect(text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data.replace(/\n/g, ' '));
  });

  test('collecting from the document reads the body', () => {
    page('<p>In the body</p>');
    const head = document.createElement('title');
    head.textContent = 'Page title';
    document.head.append(head);
    expect(collectText(document).text).toBe('In the body\n');
  });

  test('a very deep tree does not overflow the stack', () => {
    let el: HTMLElement = document.createElement('div');
    const root = el;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement('span');
      el.append(child);
      el = child;
    }
    el.append(document.createTextNode('deep text'));
    document.body.replaceChildren(root);
    expect(collectText(root).text).toBe('deep text\n');
  });

  describe('locate', () => {
    const html = '<p>Hello <strong>bold</strong> world</p>';

    test.each<[number, boolean, string, number]>([
      [0, false, 'Hello ', 0],
      [3, false, 'Hello ', 3],
      [6, false, 'bold', 0], // a start at a node boundary belongs to the node it begins
      [6, true, 'Hello ', 6], // an end at a node boundary belongs to the node it closes
      [10, false, ' world', 0],
      [10, true, 'bold', 4],
      [16, true, ' world', 6],
      [8, true, 'bold', 2],
    ])('offset %i (asEnd %s) -> %j at %i', (offset, asEnd, data, inNode) => {
      const pageText = collectText(page(html));
      const found = locate(pageText, offset, asEnd);
      expect(found?.node.data).toBe(data);
      expect(found?.offset).toBe(inNode);
    });

    test('offsets past the end or inside a block break are not located as starts', () => {
      const pageText = collectText(page('<p>ab</p><p>cd</p>'));
      expect(pageText.text).toBe('ab\ncd\n');
      expect(locate(pageText, 5)).toBeUndefined();
      expect(locate(pageText, 2)).toBeUndefined(); // the "\n" belongs to no node
      expect(locate(pageText, 3)?.node.data).toBe('cd');
      expect(locate(pageText, 2, true)?.node.data).toBe('ab');
    });

    test('empty page text', () => {
      expect(locate({ text: '', segments: [] }, 0)).toBeUndefined();
    });
  });
});
