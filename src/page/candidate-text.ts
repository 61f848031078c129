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
import { SKIP_TAGS } from './text-blocks';

/** Text nodes read between two looks at the clock (the clock costs more than a node). */
const NODES_PER_CHECK = 256;

export interface CandidateScan {
  /**
   * Reads on until `deadline` (a performance.now() time): true once an anchor word is found,
   * false when the whole text was read without one, undefined when the deadline came first.
   */
  step(deadline: number): boolean | undefined;
}

export function candidateScan(root: Node, hasAnchor: (text: string) => boolean): CandidateScan {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let result: boolean | undefined;
  return {
    step(deadline) {
      while (result === undefined) {
        // A slice's text is tested as one string; "\n" between nodes keeps their words apart.
        const parts: string[] = [];
        let node: Text | null = null;
        for (let n = 0; n < NODES_PER_CHECK && (node = walker.nextNode() as Text | null); n++) {
          if (!SKIP_TAGS.has(node.parentNode?.nodeName ?? '')) parts.push(node.data);
        }
        if (parts.length > 0 && hasAnchor(parts.join('\n'))) result = true;
        else if (node === null) result = false; // the walker ran out of nodes
        else if (performance.now() > deadline) return undefined;
      }
      return result;
    },
  };
}
