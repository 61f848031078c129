/**
 * The page checker, loaded where the probe (probe.ts) found candidate words: reads the page text,
 * runs the prefilter's first stage, sends the chunks with candidate words to the engine (in the
 * background), and only when there is something to mark loads the page marker (marks, tooltip).
 * It reports to the background when the badge would change, and keeps up with the page
 * (mutations, settings changes) until stopped. The settings come with the engine's replies: a page
 * whose candidate words go away (a rescan finds none) asks nothing of storage or the background.
 */
import type { ClaimInfo, ClaimMatch } from '../engine/types';
import { pageOutcome, type PageReport, type ScanOutcome, type ScanReply } from '../extension/messages';
import { normalizeSettings, shouldMark, type Settings } from '../settings/model';
import { MARK_TAG } from './annotate';
import { withoutOverlaps } from './overlaps';
import type { PageMarker, PageMarkerOptions } from './page-marker';
import { BACK_PAIN_WORDS, candidateTest, changeMayHoldClaim, readForCandidates } from './candidate-text';
import { slicer } from './slicing';
import { anchorChunks, readPageText } from './page-chunks';
import { OWN_ATTR } from './text-blocks';

export interface CheckerDeps {
  doc: Document;
  url: () => string;
  /** Stage 1 of the prefilter: does this text hold an anchor word? (anchor-prefix.ts) */
  hasAnchor: (text: string) => boolean;
  /** The page is known to hold candidate words (the probe found them): the first scan reads it in full at once. */
  candidatesKnown?: boolean;
  /**
   * The engine, run where it lives (the background) over a chunk of the page text: the rest of
   * the prefilter (stage 2), then NLP on the windows that pass.
   */
  scan: (text: string) => Promise<ScanReply>;
  /** Sends the report to the background (the badge). Called only when the badge would change. */
  report: (report: PageReport) => void;
  /** The page marker (its script is loaded on first use, so pages without marks never load it). */
  createMarker: (options: Omit<PageMarkerOptions, 'createTooltip'>) => Promise<PageMarker>;
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

/** A rescan waits this long after the first change of a burst; changes meanwhile are handled by it. */
const MUTATION_SETTLE_MS = 400;
/** At most one mutation-triggered rescan per this interval (pages that update constantly). */
const MIN_RESCAN_INTERVAL_MS = 2000;

/**
 * What the badge shows for a report (see badge.ts): a page's first report is sent only if it
 * differs from the blank badge every tab starts with after navigating.
 */
const badgeState = (r: PageReport) => (r.status === 'paused' || r.status === 'failed' ? r.status : `${r.mentions.length}:${r.mentions.map((m) => m.verdict).sort().join()}`);

export function startChecker(deps: CheckerDeps): Checker {
  const { doc } = deps;
  const win = doc.defaultView!;
  const { hasAnchor } = deps;
  let candidatesKnown = deps.candidatesKnown === true;
  let markerLoading: Promise<PageMarker> | undefined;
  /** The marker once loaded: marks are removed synchronously, before the text is read again. */
  let marker: PageMarker | undefined;
  let currentTrigger: Settings['tooltipTrigger'] = 'hover-focus';
  /** Every claim the engine has reported on this page, for marks and the tooltip. */
  const claims = new Map<string, ClaimInfo>();
  let generation = 0;
  let stopped = false;
  let report: PageReport = { url: deps.url(), status: 'scanning', mentions: [], hidden: 0, aboutBackPain: false };
  let sentBadge = badgeState({ ...report, status: 'done' });

  const publish = (next: PageReport) => {
    report = next;
    const badge = badgeState(next);
    if (badge === sentBadge || next.status === 'scanning') return;
    sentBadge = badge;
    deps.report(next);
  };

  function clearMarks() {
    marker?.clear();
    observer.takeRecords();
  }

  /** The page marker, loaded once per frame; a failed load is retried by the next scan. */
  const getMarker = () => {
    markerLoading ??= deps.createMarker({ doc, claim: (id) => claims.get(id), trigger: () => currentTrigger, onReport: deps.onMarkReport }).then(
      (m) => (marker = m),
      (err: unknown) => {
        markerLoading = undefined;
        throw err;
      },
    );
    return markerLoading;
  };

  async function scanPage() {
    if (stopped) return;
    const gen = ++generation;
    const current = () => gen === generation && !stopped;
    const url = deps.url();
    clearMarks();
    // Most pages hold no anchor word: a quick read of the text nodes settles that before the full
    // walk, which also records every node for marking. Words about back pain count too, so the
    // popup's red-flag guidance is offered wherever it was before. The probe has already read the
    // page once when it started this checker.
    const candidates = candidatesKnown || (await readForCandidates(doc.body, win, candidateTest(hasAnchor), current));
    candidatesKnown = false;
    if (candidates === undefined) return;
    if (!candidates) {
      publish({ url, status: 'done', mentions: [], hidden: 0, aboutBackPain: false, outcome: 'no-candidates' });
      return;
    }
    const pause = slicer(win);
    // Reading a large page's text is itself too long for one task: it is done in slices too.
    const page = await readPageText(doc.body, win, current);
    if (!page) return;
    const aboutBackPain = BACK_PAIN_WORDS.test(page.text);
    await pause();
    if (!current()) return;
    if (!hasAnchor(page.text)) {
      publish({ url, status: 'done', mentions: [], hidden: 0, aboutBackPain, outcome: 'no-candidates' });
      return;
    }
    publish({ url, status: 'scanning', mentions: [], hidden: 0, aboutBackPain });

    // The engine runs in the background, a chunk of whole blocks per message (no sentence window
    // crosses a block boundary, so the result is the same as one pass), so the page's main thread
    // never parses or runs the NLP code. Chunks without an anchor word are not sent at all.
    const found: ClaimMatch[] = [];
    let outcome: ScanOutcome = 'no-candidates';
    let settings: Settings | undefined;
    for (const { start, end } of anchorChunks(page.text, hasAnchor)) {
      const reply = await deps.scan(page.text.slice(start, end));
      if (!current()) return;
      if (reply.off) {
        publish({ url, status: reply.off, mentions: [], hidden: 0, aboutBackPain: false });
        return;
      }
      // The first reply's settings hold for the whole scan; a change starts a new one.
      settings ??= normalizeSettings(reply.settings);
      currentTrigger = settings.tooltipTrigger;
      for (const claim of reply.claims) claims.set(claim.id, claim);
      for (const m of reply.matches) found.push({ ...m, start: m.start + start, end: m.end + start, sentenceStart: m.sentenceStart + start });
      outcome = pageOutcome(outcome, reply.outcome);
      await pause();
      if (!current()) return;
    }
    // The page may have changed while we were scanning: the marker skips text nodes that did.
    const shown = withoutOverlaps(found.filter((m) => shouldMark(m, settings!) && claims.has(m.claimId)));
    let marked: boolean[] = [];
    if (shown.length > 0 && settings) {
      const m = await getMarker();
      if (!current()) return;
      const result = await m.mark({ page, matches: shown, settings, isCurrent: current, afterBatch: () => observer.takeRecords() });
      if (!result || !current()) return;
      marked = result;
    }
    const mentions = shown.filter((_, i) => marked[i]);
    publish({
      url,
      status: 'done',
      mentions: mentions.map(({ claimId, verdict, stance, text }) => ({ claimId, verdict, stance, text: text.slice(0, 2000) })),
      hidden: found.length - mentions.length,
      aboutBackPain,
      outcome,
    });
  }

  /**
   * A scan, and what the page reports if it fails (no answer from the background, a marker that
   * cannot load): the popup then says the page could not be checked instead of showing it as
   * being checked for ever. The next change, navigation or settings change tries again.
   */
  function run(): Promise<void> {
    const scan = scanPage();
    const gen = generation;
    return scan.catch(() => {
      if (gen === generation && !stopped) publish({ url: deps.url(), status: 'failed', mentions: [], hidden: 0, aboutBackPain: false });
    });
  }

  // Page changes: wait until they settle, then rescan; ignore our own elements.
  let settleTimer: number | undefined;
  let lastMutationRescan = 0;
  const isOwn = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el && (el.closest(MARK_TAG) !== null || el.closest(`[${OWN_ATTR}]`) !== null || el.tagName?.toLowerCase().startsWith('claimcheck-'));
  };
  /** Could a change to this node hold a claim? Stage 1 of the prefilter only. */
  const mayHoldClaim = (node: Node) => changeMayHoldClaim(node, doc.body, hasAnchor);
  const holdsMark = (n: Node) => n.nodeName.toLowerCase() === MARK_TAG || (n.nodeType === 1 && (n as Element).querySelector(MARK_TAG) !== null);
  /**
   * A change is worth a rescan if it took marks away, or changed text in a block that has an
   * anchor word: a clock or ticker updating elsewhere on the page costs one regular expression,
   * not a rescan (and does not close an open tooltip every few seconds).
   */
  const matters = (r: MutationRecord) => {
    if (r.type === 'characterData') return !isOwn(r.target) && mayHoldClaim(r.target);
    if ([...r.removedNodes].some(holdsMark)) return true;
    return [...r.addedNodes, ...r.removedNodes].some((n) => !isOwn(n)) && mayHoldClaim(r.target);
  };
  const observer = new win.MutationObserver((records) => {
    if (stopped || !records.some(matters)) return;
    // Scheduled once per burst, not pushed back by every change: a page that changes constantly
    // is still rescanned, at most once per MIN_RESCAN_INTERVAL_MS.
    if (settleTimer !== undefined) return;
    const wait = Math.max(MUTATION_SETTLE_MS, lastMutationRescan + MIN_RESCAN_INTERVAL_MS - Date.now());
    settleTimer = win.setTimeout(() => {
      settleTimer = undefined;
      lastMutationRescan = Date.now();
      void run();
    }, wait);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  // The first scan starts in a task of its own: compiling and starting this script is already one
  // task, and the first slice of the text walk on top of it would make it the page's longest.
  win.setTimeout(() => void run(), 0);

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
      observer.takeRecords();
      // A marker still loading is disposed when it arrives.
      if (marker) marker.dispose();
      else void markerLoading?.then((m) => m.dispose(), () => undefined);
    },
  };
}
