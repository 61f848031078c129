/**
 * The page checker: reads the page text, runs the prefilter, loads the engine only if there are
 * candidate words, marks the mentions the settings ask for, reports to the background, and
 * keeps up with the page (mutations, settings changes) until stopped.
 */
import type { Scanner } from '../engine/scanner';
import type { ClaimMatch, PrefilterData } from '../engine/types';
import type { PageReport } from '../extension/messages';
import { isPaused, shouldMark, type Settings } from '../settings/model';
import { annotate, MARK_TAG, type Annotations } from './annotate';
import { createMarkFactory } from './marks';
import { withoutOverlaps } from './overlaps';
import { createPrefilter } from '../engine/prefilter';
import { slicer } from './slicing';
import { collectText, OWN_ATTR } from './text-blocks';
import { createTooltipController, type TooltipController, type TooltipMount } from './tooltip-controller';

export interface CheckerDeps {
  doc: Document;
  url: () => string;
  prefilter: PrefilterData;
  loadScanner: () => Promise<Scanner>;
  settings: () => Settings;
  report: (report: PageReport) => void;
  mountTooltip: () => Promise<TooltipMount>;
  onMarkReport?: (mark: HTMLElement) => Promise<void>;
}

export interface Checker {
  /** Removes marks and scans again (settings change, navigation, page change). */
  rescan(): Promise<void>;
  getReport(): PageReport;
  /** Scrolls to and focuses the index-th mark of a claim; false if there is none. */
  showMark(claimId: string, index: number): boolean;
  stop(): void;
}

const BACK_PAIN = /\b(back ?pain|backache|back ache|lumbago|sciatica|(lower|low|upper) back)\b/i;
/** Mutations arriving closer together than this are handled in one rescan. */
const MUTATION_SETTLE_MS = 400;
/** At most one mutation-triggered rescan per this interval (pages that update constantly). */
const MIN_RESCAN_INTERVAL_MS = 2000;

export function startChecker(deps: CheckerDeps): Checker {
  const { doc } = deps;
  const win = doc.defaultView!;
  const prefilter = createPrefilter(deps.prefilter);
  const marks = createMarkFactory(doc);
  let annotations: Annotations | undefined;
  let tooltip: TooltipController | undefined;
  let scanner: Scanner | undefined;
  let generation = 0;
  let stopped = false;
  let report: PageReport = { url: deps.url(), status: 'scanning', mentions: [], hidden: 0, aboutBackPain: false };

  const publish = (next: PageReport) => {
    report = next;
    deps.report(next);
  };

  function clearMarks() {
    tooltip?.close();
    annotations?.remove();
    annotations = undefined;
    marks.dispose();
    observer.takeRecords();
  }

  async function run() {
    const gen = ++generation;
    const settings = deps.settings();
    const url = deps.url();
    clearMarks();
    if (!settings.enabled || isPaused(settings, url)) {
      publish({ url, status: settings.enabled ? 'paused' : 'disabled', mentions: [], hidden: 0, aboutBackPain: false });
      return;
    }
    const page = collectText(doc.body);
    const aboutBackPain = BACK_PAIN.test(page.text);
    if (!prefilter.hasCandidates(page.text)) {
      publish({ url, status: 'done', mentions: [], hidden: 0, aboutBackPain, outcome: 'no-candidates' });
      return;
    }
    publish({ url, status: 'scanning', mentions: [], hidden: 0, aboutBackPain });
    scanner = await deps.loadScanner();
    if (gen !== generation || stopped) return;

    const found: ClaimMatch[] = [];
    const pause = slicer(win);
    for (const step of scanner.steps(page.text)) {
      found.push(...step.matches);
      await pause();
      if (gen !== generation || stopped) return;
    }
    // The page may have changed while we were scanning: annotate() skips text nodes that did.
    const shown = withoutOverlaps(found.filter((m) => shouldMark(m, settings)));
    const claims = scanner.claims;
    annotations = annotate(page, shown, (i, piece) => {
      const m = shown[i]!;
      const mark = marks.create(claims.get(m.claimId)!, m.stance, i, piece);
      mark.setAttribute('data-style', settings.markStyle);
      mark.setAttribute('data-palette', settings.palette);
      return mark;
    });
    observer.takeRecords(); // our own wrapping is not a page change
    if (!tooltip) {
      const mount = await deps.mountTooltip();
      if (gen !== generation || stopped) return;
      tooltip ??= createTooltipController({
        doc,
        mount,
        claim: (id) => scanner?.claims.get(id),
        trigger: () => deps.settings().tooltipTrigger,
        onReport: deps.onMarkReport,
      });
    }
    const marked = shown.filter((_, i) => annotations!.marks[i]!.length > 0);
    publish({
      url,
      status: 'done',
      mentions: marked.map(({ claimId, verdict, stance, text }) => ({ claimId, verdict, stance, text: text.slice(0, 2000) })),
      hidden: found.length - marked.length,
      aboutBackPain,
      outcome: 'complete',
    });
  }

  // Page changes: wait until they settle, then rescan; ignore our own elements.
  let settleTimer: number | undefined;
  let lastMutationRescan = 0;
  const isOwn = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el && (el.closest(MARK_TAG) !== null || el.closest(`[${OWN_ATTR}]`) !== null || el.tagName?.toLowerCase().startsWith('claimcheck-'));
  };
  const observer = new win.MutationObserver((records) => {
    const relevant = records.some((r) =>
      r.type === 'characterData' ? !isOwn(r.target) : [...r.addedNodes, ...r.removedNodes].some((n) => !isOwn(n) || n.nodeName.toLowerCase() === MARK_TAG),
    );
    if (!relevant || stopped) return;
    if (settleTimer !== undefined) win.clearTimeout(settleTimer);
    const wait = Math.max(MUTATION_SETTLE_MS, lastMutationRescan + MIN_RESCAN_INTERVAL_MS - Date.now());
    settleTimer = win.setTimeout(() => {
      settleTimer = undefined;
      lastMutationRescan = Date.now();
      void run();
    }, wait);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  void run();

  return {
    rescan: run,
    getReport: () => report,
    showMark(claimId, index) {
      const heads = [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-claim-id="${CSS.escape(claimId)}"]:not([data-continued])`)];
      const mark = heads[index] ?? heads[0];
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      mark.focus();
      return true;
    },
    stop() {
      stopped = true;
      generation++;
      observer.disconnect();
      if (settleTimer !== undefined) win.clearTimeout(settleTimer);
      clearMarks();
      tooltip?.dispose();
      tooltip = undefined;
    },
  };
}
