/**
 * Everything a page with marks needs and a page without them never loads: wrapping matches in
 * mark elements (in batches, between which the page runs) and the tooltip. It lives in its own
 * script (entrypoints/marker.ts), injected into a frame only once the engine has found something
 * there to mark; the content script that reads every page stays small.
 */
import type { ClaimInfo, ClaimMatch } from '../engine/types';
import type { Settings } from '../settings/model';
import { annotate, type Annotations, type Span } from './annotate';
import { createMarkFactory } from './marks';
import { slicer } from './slicing';
import { locate, type PageText } from './text-blocks';
import type { TooltipController, TooltipOptions } from './tooltip-controller';

export interface MarkRequest {
  page: PageText;
  /** What to mark, sorted by start, not overlapping. */
  matches: readonly ClaimMatch[];
  settings: Pick<Settings, 'markStyle' | 'palette'>;
  /** False once a newer scan has started or the checker stopped: the marking stops. */
  isCurrent: () => boolean;
  /** Called after each batch of DOM changes (the checker's observer drops its own mutations). */
  afterBatch: () => void;
}

export interface PageMarker {
  /** Marks the matches; per match whether it got a mark, or undefined if the request was superseded. */
  mark(request: MarkRequest): Promise<boolean[] | undefined>;
  /** Removes every mark and their hidden descriptions (restoring the page's text nodes), closes the tooltip. */
  clear(): void;
  /** clear(), and removes the tooltip. */
  dispose(): void;
}

export interface PageMarkerOptions {
  doc: Document;
  claim: (id: string) => ClaimInfo | undefined;
  /** Creates the page's one tooltip (shadow root, Preact), the first time there are marks. */
  createTooltip: (options: Omit<TooltipOptions, 'mount'>) => Promise<TooltipController>;
  trigger: () => Settings['tooltipTrigger'];
  onReport?: (mark: HTMLElement) => Promise<void>;
}

/** Marks wrapped per slice at most (about 15 ms of DOM work on a mid-range machine). */
const MARKS_PER_BATCH = 200;

/**
 * [from, to) index ranges of the spans (sorted by start), each at most about MARKS_PER_BATCH long,
 * cut only between spans that lie in different text nodes: annotate() leaves alone text nodes
 * changed since the text was collected, its own splits included.
 */
export function markBatches(page: PageText, spans: readonly Span[], size = MARKS_PER_BATCH): Array<[number, number]> {
  const batches: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i < spans.length; i++) {
    if (i - from < size) continue;
    const before = locate(page, spans[i - 1]!.end, true)?.index ?? -1;
    const after = locate(page, spans[i]!.start)?.index ?? Number.POSITIVE_INFINITY;
    if (before < after) {
      batches.push([from, i]);
      from = i;
    }
  }
  if (from < spans.length) batches.push([from, spans.length]);
  return batches;
}

export function createPageMarker(options: PageMarkerOptions): PageMarker {
  const { doc } = options;
  const win = doc.defaultView!;
  const factory = createMarkFactory(doc);
  const parts: Annotations[] = [];
  let tooltip: Promise<TooltipController> | undefined;
  /** The tooltip once created: closed and removed synchronously. */
  let tooltipReady: TooltipController | undefined;
  let disposed = false;

  const clear = () => {
    tooltipReady?.close();
    parts.splice(0).reverse().forEach((a) => a.remove());
    factory.dispose();
  };

  return {
    async mark({ page, matches, settings, isCurrent, afterBatch }) {
      const pause = slicer(win);
      const marked = matches.map(() => false);
      for (const [from, to] of markBatches(page, matches)) {
        const part = annotate(page, matches.slice(from, to), (i, piece) => {
          const m = matches[from + i]!;
          const mark = factory.create(options.claim(m.claimId)!, m.stance, from + i, piece);
          mark.setAttribute('data-style', settings.markStyle);
          mark.setAttribute('data-palette', settings.palette);
          return mark;
        });
        parts.push(part);
        part.marks.forEach((pieces, i) => (marked[from + i] = pieces.length > 0));
        afterBatch();
        await pause();
        if (!isCurrent() || disposed) return undefined;
      }
      if (marked.includes(true)) {
        // One tooltip per page, however many scans get here while it is being created.
        tooltip ??= options.createTooltip({ doc, claim: options.claim, trigger: options.trigger, onReport: options.onReport }).then(
          (t) => (tooltipReady = t),
          (err: unknown) => {
            tooltip = undefined; // the next scan tries again
            throw err;
          },
        );
        await tooltip;
        if (!isCurrent() || disposed) return undefined;
      }
      return marked;
    },
    clear,
    dispose() {
      disposed = true;
      clear();
      // A tooltip still being created is removed when it arrives.
      if (tooltipReady) tooltipReady.dispose();
      else void tooltip?.then((t) => t.dispose());
    },
  };
}
