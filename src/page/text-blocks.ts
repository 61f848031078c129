/**
 * Reads the visible text of a page once, the way the engine needs it: text nodes in document
 * order, a "\n" between blocks (so sentences never run from a heading into a paragraph), and the
 * map from text offsets back to the text nodes. Used by the content script and by the CLI for
 * .html files (on a happy-dom document), so both scan exactly the same text.
 */

/** Never read: not text a reader sees, or text the reader is typing. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'CODE', 'PRE', 'HEAD', 'TITLE']);

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Attribute that marks the extension's own elements; they are never read. */
export const OWN_ATTR = 'data-claimcheck-own';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
  /** The node's text when collected: marks are placed only where it is unchanged. */
  data: string;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

/**
 * An element's tag name in upper case. HTML elements of an HTML document report it so already;
 * SVG and MathML elements ("svg", "clipPath") and XHTML pages report it starting in lower case, and
 * only those pay for the conversion (a new string per call, on every element of every page).
 */
function upperTag(el: Element): string {
  const tag = el.tagName;
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
}

/** An element that starts and ends a block of text (a paragraph, heading, list item, cell ...). */
export const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has(upperTag(node as Element));

function skipElement(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // Most elements of an article (p, a, strong, li) carry no attribute at all: one call instead of four.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_ATTR) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Newlines, tabs and returns inside a text node are layout, not structure: same-length spaces. */
const LAYOUT = /[\n\r\t\f\v]/;
const LAYOUT_ALL = /[\n\r\t\f\v]/g;
const flatten = (s: string) => (LAYOUT.test(s) ? s.replace(LAYOUT_ALL, ' ') : s);

export function collectText(root: Node): PageText {
  return textCollector(root).step(Number.POSITIVE_INFINITY)!;
}

/**
 * collectText in slices: each step() walks until `deadline` (a performance.now() time) and returns
 * the text once the walk is complete, else undefined. A page may change between steps; the walk
 * then reads what is there, and the checker's MutationObserver rescans.
 */
export function textCollector(root: Node): { step(deadline: number): PageText | undefined } {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastWasBreak = true;
  const pushBreak = () => {
    if (lastWasBreak) return;
    parts.push('\n');
    length += 1;
    lastWasBreak = true;
  };

  // Iterative walk: deep pages must not overflow the stack.
  let node: Node | null = root.nodeType === 9 ? (root as Document).body ?? (root as Document).documentElement : root;
  const stop = node;
  let done = false;
  /**
   * For each element the walk is inside, whether it is a block: known when it is entered, so
   * climbing out asks the DOM nothing more (each property a content script reads crosses into the
   * browser's bindings, and climbing is half of all moves). Should the page change between slices,
   * a break may land one block off: the checker rescans after changes anyway.
   */
  const blockStack: boolean[] = [];

  /** One node: reads it, then moves to the next; false when the walk is over. */
  const visit = (): boolean => {
    if (!node) return false;
    const type = node.nodeType;
    let block = false;
    let child: Node | null = null;
    if (type === 3) {
      const data = (node as Text).data;
      // Whitespace-only nodes count between inline content: "<a>massage</a> <b>works</b>" has a space.
      if (data.length > 0 && (!lastWasBreak || /\S/.test(data))) {
        segments.push({ node: node as Text, start: length, data });
        parts.push(flatten(data));
        length += data.length;
        lastWasBreak = false;
      }
    } else if (type === 1) {
      const el = node as Element;
      const tag = upperTag(el);
      // A block closes even when it is not read (a hidden <div> between two paragraphs' text).
      block = BLOCK_TAGS.has(tag);
      if (!skipElement(el, tag)) {
        if (block) pushBreak();
        child = el.firstChild;
      }
    }
    if (child) {
      blockStack.push(block);
      node = child;
      return true;
    }
    if (node === stop) return false;
    // A leaf (or skipped element) closes itself if it is a block (<br>, <hr>, an empty <p>).
    if (block) pushBreak();
    // Climb until a next sibling exists, closing blocks on the way up.
    let next = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node) return false;
      if (blockStack.pop()) pushBreak();
      if (node === stop) return false;
      next = node.nextSibling;
    }
    node = next;
    return true;
  };

  return {
    step(deadline) {
      if (!done) {
        // The clock is read every 64 nodes: reading it per node would cost more than the walk, and
        // 256 let a slice run 10 ms or more past its deadline on a slow machine under the profiler.
        for (let n = 1; (done = !visit()) === false; n++) if ((n & 63) === 0 && performance.now() > deadline) return undefined;
      }
      return { text: parts.join(''), segments };
    },
  };
}

/**
 * The text node and offset within it for a text offset (binary search over the segments).
 * A start offset belongs to the node it begins; an end offset (`asEnd`) to the node it closes.
 */
export function locate(page: PageText, offset: number, asEnd = false): { node: Text; offset: number; index: number } | undefined {
  const { segments } = page;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    const end = seg.start + seg.data.length;
    if (asEnd ? offset <= seg.start : offset < seg.start) hi = mid - 1;
    else if (asEnd ? offset > end : offset >= end) lo = mid + 1;
    else return { node: seg.node, offset: offset - seg.start, index: mid };
  }
  return undefined;
}

