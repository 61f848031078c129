/**
 * The page's text as the engine gets it: read in slices (the page runs between them), then cut
 * into chunks of whole blocks, of which only those with an anchor word are sent. Shared by the
 * probe's first look (probe-content.ts) and the page checker, so both send the same text.
 */
import { SLICE_MS, yieldToPage } from './slicing';
import { textCollector, type PageText } from './text-blocks';

/** Characters of page text the prefilter and engine take per slice (ending at a block boundary). */
const CHUNK_CHARS = 50_000;

/** [start, end) ranges covering the text, each ending just after a "\n" (a block boundary) or at the end. */
export function blockChunks(text: string, size = CHUNK_CHARS): Array<{ start: number; end: number }> {
  const chunks = [];
  for (let start = 0; start < text.length; ) {
    const cut = start + size >= text.length ? -1 : text.indexOf('\n', start + size);
    const end = cut === -1 ? text.length : cut + 1;
    chunks.push({ start, end });
    start = end;
  }
  return chunks.length ? chunks : [{ start: 0, end: 0 }];
}

/** The chunks worth the engine's time: those holding an anchor word (no sentence window crosses a block boundary, so the result is the same as one pass). */
export function anchorChunks(text: string, hasAnchor: (text: string) => boolean): Array<{ start: number; end: number }> {
  return blockChunks(text).filter(({ start, end }) => hasAnchor(text.slice(start, end)));
}

/** The page's visible text, read a slice at a time; undefined when `isCurrent()` turned false between slices. */
export async function readPageText(root: Node, win: Window, isCurrent: () => boolean): Promise<PageText | undefined> {
  const collector = textCollector(root);
  let page: PageText | undefined;
  while (!(page = collector.step(performance.now() + SLICE_MS))) {
    await yieldToPage(win);
    if (!isCurrent()) return undefined;
  }
  return page;
}
