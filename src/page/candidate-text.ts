/**
 * The first look at a page: does any of its text hold an anchor word (stage 1 of the prefilter)?
 * Most pages do not, and for them this is all the extension does, so it costs little more than
 * reading the text: a TreeWalker over text nodes only (the browser steps through the elements),
 * tested a slice at a time, stopping at the first anchor word. It reads more than the full walk
 * (text-blocks.ts) does, since it skips only text directly inside the elements the full walk
 * never reads (scripts, styles, form fields ...), not text deeper inside them, nor hidden or
 * editable parts: it can send a page on to the full walk that then finds nothing, never the other
 * way round.
 */
import { SLICE_MS, yieldToPage } from './slicing';
import { isBlock, SKIP_TAGS } from './text-blocks';

/** Words about back pain: a page holding them is read in full too, so the popup can offer the red-flag guidance. */
export const BACK_PAIN_WORDS = /\b(back ?pain|backache|back ache|lumbago|sciatica|(lower|low|upper) back)\b/i;

/** What sends a page's text on to the full walk: an anchor word (stage 1 of the prefilter) or words about back pain. */
export const candidateTest = (hasAnchor: (text: string) => boolean) => (text: string) => hasAnchor(text) || BACK_PAIN_WORDS.test(text);

/** Blocks longer than this are not tested after a change: assumed to hold candidates. */
const LONG_BLOCK = 100_000;

/**
 * After a change to the page: the text of the block the changed node is in (where a sentence it
 * is part of ends), tested as the page's text was. A clock or ticker updating elsewhere on the
 * page costs one regular expression.
 */
export function changeMayHoldClaim(node: Node, body: Element, test: (text: string) => boolean): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== body && !isBlock(el)) el = el.parentElement;
  const text = (el ?? node).textContent ?? '';
  return text.length > LONG_BLOCK || test(text);
}

/** Text nodes read between two looks at the clock (the clock costs more than a node). */
const NODES_PER_CHECK = 256;
/**
 * Text nodes at least this long have their parent checked as they are read: a page's inline
 * scripts and styles (JSON state of several hundred kilobytes) are not worth testing. Shorter nodes
 * are checked only when their slice holds an anchor word, which spares most pages a parent
 * lookup per text node.
 */
const LONG_NODE = 1000;

export interface CandidateScan {
  /**
   * Reads on until `deadline` (a performance.now() time): true once an anchor word is found,
   * false when the whole text was read without one, undefined when the deadline came first.
   */
  step(deadline: number): boolean | undefined;
}

const readable = (node: Text) => !SKIP_TAGS.has(node.parentNode?.nodeName ?? '');

export function candidateScan(root: Node, hasAnchor: (text: string) => boolean): CandidateScan {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let result: boolean | undefined;
  /**
   * Does a slice hold an anchor word in text the full walk may read? The slice's text is tested as
   * one string ("\n" between nodes keeps their words apart), then, on a hit, without the nodes
   * inside scripts, styles and form fields.
   */
  const sliceHolds = (nodes: Text[], texts: string[]) => hasAnchor(texts.join('\n')) && hasAnchor(nodes.filter(readable).map((n) => n.data).join('\n'));
  return {
    step(deadline) {
      while (result === undefined) {
        const nodes: Text[] = [];
        const texts: string[] = [];
        let node: Text | null = null;
        for (let n = 0; n < NODES_PER_CHECK && (node = walker.nextNode() as Text | null); n++) {
          const data = node.data;
          if (data.length >= LONG_NODE && !readable(node)) continue;
          nodes.push(node);
          texts.push(data);
        }
        if (nodes.length > 0 && sliceHolds(nodes, texts)) result = true;
        else if (node === null) result = false; // the walker ran out of nodes
        else if (performance.now() > deadline) return undefined;
      }
      return result;
    },
  };
}

/**
 * The quick read from start to end, a slice per task: whether the text holds candidate words, or
 * undefined when `isCurrent` turned false between slices (a newer read, or the script stopped).
 */
export async function readForCandidates(root: Node, win: Window, isCandidate: (text: string) => boolean, isCurrent: () => boolean): Promise<boolean | undefined> {
  const quick = candidateScan(root, isCandidate);
  let candidates: boolean | undefined;
  while ((candidates = quick.step(performance.now() + SLICE_MS)) === undefined) {
    await yieldToPage(win);
    if (!isCurrent()) return undefined;
  }
  return candidates;
}
