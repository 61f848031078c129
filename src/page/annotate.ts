/**
 * Wraps matched text in mark elements and takes them out again, leaving the page's own text nodes
 * exactly as they were (same nodes, same text). Text nodes are split back to front with plain
 * offsets: holding live Ranges while mutating is many times slower on large pages.
 */
import { locate, type PageText } from './text-blocks';

export const MARK_TAG = 'claimcheck-mark';

export interface Span {
  start: number;
  end: number;
}

export interface Annotations {
  /** The mark elements of each span, in the order the spans were given; empty if it could not be marked. */
  marks: HTMLElement[][];
  remove(): void;
}

interface SplitRecord {
  node: Text;
  original: string;
  created: Text[];
}

/** The pieces of [start, end) in each text node it covers, with the node's text when it was collected. */
function piecesOf(page: PageText, span: Span): Array<{ node: Text; collected: string; from: number; to: number }> | undefined {
  const first = locate(page, span.start);
  const last = locate(page, span.end, true);
  if (!first || !last) return undefined;
  const firstIdx = first.index;
  const lastIdx = last.index;
  const pieces = [];
  for (let i = firstIdx; i <= lastIdx; i++) {
    const { node, data } = page.segments[i]!;
    const from = i === firstIdx ? first.offset : 0;
    const to = i === lastIdx ? last.offset : data.length;
    if (to > from && /\S/.test(node.data.slice(from, to))) pieces.push({ node, collected: data, from, to });
  }
  return pieces;
}

/**
 * Spans must not overlap. `makeMark(spanIndex, pieceIndex)` creates each mark element.
 * Text nodes changed since the text was collected are left alone.
 */
export function annotate(page: PageText, spans: readonly Span[], makeMark: (span: number, piece: number) => HTMLElement): Annotations {
  const records = new Map<Text, SplitRecord>();
  const allMarks: HTMLElement[] = [];
  const marks: HTMLElement[][] = spans.map(() => []);

  const order = spans.map((_, i) => i).sort((a, b) => spans[b]!.start - spans[a]!.start);
  for (const i of order) {
    const pieces = piecesOf(page, spans[i]!);
    if (!pieces || pieces.some((p) => !p.node.isConnected || p.node.parentNode === null)) continue;
    // Pieces back to front too, so earlier offsets in the same node stay valid.
    for (let k = pieces.length - 1; k >= 0; k--) {
      const { node, collected, from, to } = pieces[k]!;
      let record = records.get(node);
      if (!record) {
        if (collected !== node.data) continue;
        record = { node, original: node.data, created: [] };
        records.set(node, record);
      }
      if (to < node.data.length) record.created.push(node.splitText(to));
      let target = node;
      if (from > 0) {
        target = node.splitText(from);
        record.created.push(target);
      }
      const mark = makeMark(i, k);
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      marks[i]!.unshift(mark);
      allMarks.push(mark);
    }
  }

  return {
    marks,
    remove() {
      for (const mark of allMarks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
      for (const { node, original, created } of records.values()) {
        for (const piece of created) piece.remove();
        node.data = original;
      }
      records.clear();
      allMarks.length = 0;
    },
  };
}
