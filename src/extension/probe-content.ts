/**
 * Wiring of the probe, the content script on every page (src/page/probe.ts): until the page holds
 * candidate words it touches neither the extension API nor storage (lazy-browser.ts), and the
 * popup reads its report from the API it publishes (page-api.ts). Once its first read finds some,
 * it sends the page's candidate text to the engine in the background for a first look; only if
 * the engine finds something (or a later change brings candidate words) does it ask the
 * background for the page checker (page-content.ts) and hand over. Stopped, with the checker,
 * when a newer copy of this script starts in the page (the extension was updated or reloaded).
 */
import { createQuickAnchorTest, type QuickAnchors } from '../engine/anchor-prefix';
import { BACK_PAIN_WORDS, candidateTest } from '../page/candidate-text';
import { loadEntry } from '../page/on-demand';
import { anchorChunks, readPageText } from '../page/page-chunks';
import { startProbe } from '../page/probe';
import { yieldToPage } from '../page/slicing';
import { CHECKER_GLOBAL, type StartPageChecker } from './checker-entry';
import { isFirstLookReply, MAX_FIRST_LOOK_CHARS, type PageReport, type ScanOutcome } from './messages';
import { watchForNewerCopy } from './newer-copy';
import { publishPageApi } from './page-api';
import { sendToBackground } from './runtime';

export function startProbeContent({ prefilter }: { prefilter: QuickAnchors }): void {
  const hasAnchor = createQuickAnchorTest(prefilter);
  let stopped = false;
  let checker: { stop(): void } | undefined;
  /** The checker could not be injected: the popup says the page was not checked. */
  let failed = false;

  /** What the first look found on a page it decided holds nothing to check. */
  let looked: { aboutBackPain: boolean; outcome: ScanOutcome } | undefined;

  /**
   * The second look (probe.ts confirm): the page's text, in the checker's chunks, to the engine in
   * the background. True (load the checker) when the engine found something or the look could not
   * be made; a page too large for one message goes straight to the checker.
   */
  const confirm = async (): Promise<boolean> => {
    const page = await readPageText(document.body, window, () => !stopped);
    if (!page) return false;
    const chunks = anchorChunks(page.text, hasAnchor).map(({ start, end }) => page.text.slice(start, end));
    if (chunks.reduce((n, c) => n + c.length, 0) > MAX_FIRST_LOOK_CHARS) return true;
    // Sent from a task of its own: the read's last slice may have filled this one, and the first
    // message also builds the extension API's bindings.
    const reply = chunks.length === 0 ? { check: false, outcome: 'no-candidates' as const } : await yieldToPage(window).then(() => sendToBackground({ type: 'first-look', chunks, url: location.href }));
    if (!isFirstLookReply(reply) || reply.check) return true;
    looked = { aboutBackPain: BACK_PAIN_WORDS.test(page.text), outcome: reply.outcome };
    return false;
  };

  const probe = startProbe({
    doc: document,
    isCandidate: candidateTest(hasAnchor),
    confirm,
    onCandidates: () => {
      loadEntry<StartPageChecker>(CHECKER_GLOBAL, () => sendToBackground({ type: 'load-checker' })).then(
        (start) => {
          if (!stopped) checker = start({ hasAnchor });
        },
        // The extension was updated or removed since this page loaded (an orphaned copy, which no
        // popup reads any more), or the frame cannot be scripted: nothing to check with.
        () => {
          failed = true;
        },
      );
    },
  });

  const report = (): PageReport => {
    const done = probe.state() === 'none';
    return {
      url: location.href,
      status: failed ? 'failed' : done ? 'done' : 'scanning',
      mentions: [],
      hidden: 0,
      aboutBackPain: done && !!looked?.aboutBackPain,
      ...(done ? { outcome: looked?.outcome ?? 'no-candidates' } : {}),
    };
  };
  publishPageApi({ report, showMark: () => false });

  watchForNewerCopy(document, () => {
    stopped = true;
    probe.stop();
    checker?.stop();
    publishPageApi(undefined);
  });
}
