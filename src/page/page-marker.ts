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
import { yieldToPage } from './slicing';
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

/**
 * Marks wrapped per batch: the first batch's size, and the bounds of later ones, which are sized
 * from the time per mark measured so far to take about MARK_BATCH_MS. A fixed count does not fit
 * every machine and page: 200 marks took 15 ms on one page and over 100 ms on a long page with
 * many inline elements (bench/page.ts, claims-large, 2 cores).
 */
const FIRST_BATCH = 10;
const MIN_BATCH = 5;
const MAX_BATCH = 400;
/** Time a batch is sized for: well under 50 ms even when one takes several times its estimate. */
export const MARK_BATCH_MS = 10;

/**
 * End (exclusive) of the batch of spans (sorted by start) that starts at `from` and holds at least
 * `size` of them where it can: a batch ends only between spans that lie in different text nodes,
 * because annotate() leaves alone text nodes changed since the text was collected, its own splits
 * included.
 */
export function batchEnd(page: PageText, spans: readonly Span[], from: number, size: number): number {
  for (let i = from + Math.max(1, size); i < spans.length; i++) {
    const before = locate(page, spans[i - 1]!.end, true)?.index ?? -1;
    const after = locate(page, spans[i]!.start)?.index ?? Number.POSITIVE_INFINITY;
    if (before < after) return i;
  }
  return spans.length;
}

/** Size of the next batch, from the time the last one took per mark. */
export function nextBatchSize(marks: number, ms: number): number {
  const perMark = ms / Math.max(1, marks);
  if (!(perMark > 0)) return MAX_BATCH;
  return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.floor(MARK_BATCH_MS / perMark)));
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
      const marked = matches.map(() => false);
      let size = FIRST_BATCH;
      for (let from = 0, to = 0; from < matches.length; from = to) {
        to = batchEnd(page, matches, from, size);
        const started = performance.now();
        const part = annotate(page, matches.slice(from, to), (i, piece) => {
          const m = matches[from + i]!;
          const mark = factory.create(options.claim(m.claimId)!, m.stance, from + i, piece);
          mark.setAttribute('data-style', settings.markStyle);
          mark.setAttribute('data-palette', settings.palette);
          return mark;
        });
        parts.push(part);
        part.marks.forEach((pieces, i) => (marked[from + i] = pieces.length > 0));
        afterBatch(); // the observer's records of this batch are part of its cost
        size = nextBatchSize(to - from, performance.now() - started);
        // Each batch in a task of its own: per-batch times vary (GC, JIT), and two in one task
        // could add up past 50 ms.
        await yieldToPage(win);
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
