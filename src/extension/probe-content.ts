/**
 * Wiring of the probe, the content script on every page (src/page/probe.ts): until the page holds
 * candidate words it touches neither the extension API nor storage (lazy-browser.ts), and the
 * popup reads its report from the API it publishes (page-api.ts). Once it finds some, it asks the
 * background for the page checker (page-content.ts) and hands over. Stopped, with the checker,
 * when a newer copy of this script starts in the page (the extension was updated or reloaded).
 */
import { createQuickAnchorTest, type QuickAnchors } from '../engine/anchor-prefix';
import { candidateTest } from '../page/candidate-text';
import { loadEntry } from '../page/on-demand';
import { startProbe } from '../page/probe';
import { CHECKER_GLOBAL, type StartPageChecker } from './checker-entry';
import type { PageReport } from './messages';
import { watchForNewerCopy } from './newer-copy';
import { publishPageApi } from './page-api';
import { sendToBackground } from './runtime';

export function startProbeContent({ prefilter }: { prefilter: QuickAnchors }): void {
  const hasAnchor = createQuickAnchorTest(prefilter);
  let stopped = false;
  let checker: { stop(): void } | undefined;
  /** The checker could not be injected: the popup says the page was not checked. */
  let failed = false;

  const probe = startProbe({
    doc: document,
    isCandidate: candidateTest(hasAnchor),
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

  const report = (): PageReport => ({
    url: location.href,
    status: failed ? 'failed' : probe.state() === 'none' ? 'done' : 'scanning',
    mentions: [],
    hidden: 0,
    aboutBackPain: false,
    ...(probe.state() === 'none' ? { outcome: 'no-candidates' as const } : {}),
  });
  publishPageApi({ report, showMark: () => false });

  watchForNewerCopy(document, () => {
    stopped = true;
    probe.stop();
    checker?.stop();
    publishPageApi(undefined);
  });
}
