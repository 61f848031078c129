/**
 * Wiring of the page checker, which the probe (probe-content.ts) has injected because the page
 * holds candidate words: the checker with the engine (which runs in the background and answers
 * with the settings), settings changes, navigation in single-page apps, the page marker (marks and
 * tooltip, loaded on demand) and the API the popup calls (page-api.ts). Torn down when the
 * extension context goes (update, disable, uninstall) or by the probe (a newer copy started).
 */
import { browser } from 'wxt/browser';
import { startChecker } from '../page/checker';
import { loadMarker } from '../page/marker-handle';
import { watchUrl } from '../page/url-watch';
import { siteOf } from '../settings/model';
import type { StartPageChecker } from './checker-entry';
import { addMarkReport } from './mark-reports';
import { isScanReply, type PageReport, type ScanReply } from './messages';
import { publishPageApi } from './page-api';
import { sendToBackground } from './runtime';
import { watchSettings } from './settings-store';

/** False once the extension was updated, disabled or removed: this copy is orphaned. */
function contextIsValid(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

export const startPageContent: StartPageChecker = ({ hasAnchor }) => {
  /** What a page with candidate words set up, undone by teardown. */
  const undo: Array<() => void> = [];
  let connected = false;
  /** Settings changes rescan the page; watched once the engine found something here (or the page is switched off). */
  let watchingSettings = false;

  /** The first scan that reaches the engine connects the rest: navigation is watched from then on. */
  const connect = () => {
    if (connected) return;
    connected = true;
    undo.push(watchUrl(window, () => window.setTimeout(() => void checker.rescan(), 0)));
  };

  const teardown = () => {
    checker.stop();
    publishPageApi(undefined);
    for (const stop of undo.splice(0)) stop();
  };

  const checker = startChecker({
    doc: document,
    url: () => location.href,
    hasAnchor,
    candidatesKnown: true,
    scan: async (text) => {
      connect();
      let reply: unknown;
      try {
        reply = await sendToBackground({ type: 'scan-text', text, url: location.href });
      } catch (err) {
        if (contextIsValid()) throw err;
        // Orphaned: marks come off, and the scan that asked waits for nothing (it was stopped).
        teardown();
        return new Promise<ScanReply>(() => undefined);
      }
      if (!isScanReply(reply)) throw new Error('the background did not answer the scan');
      // Settings only filter and style what the engine found, or switch the page off: a page
      // without matches has nothing a change could show.
      if (!watchingSettings && (reply.off || reply.matches.length > 0)) {
        watchingSettings = true;
        undo.push(watchSettings(() => void checker.rescan()));
      }
      return reply;
    },
    createMarker: async (markerOptions) => (await loadMarker(() => sendToBackground({ type: 'load-marker' })))(markerOptions),
    report: (report: PageReport) => {
      if (contextIsValid()) sendToBackground({ type: 'page-report', report }).catch(() => undefined);
    },
    onMarkReport: (mark) =>
      addMarkReport({
        claimId: mark.dataset.claimId ?? '',
        stance: mark.dataset.stance ?? '',
        text: (mark.textContent ?? '').slice(0, 500),
        site: siteOf(location.href) ?? '',
        at: new Date().toISOString(),
      }),
  });

  publishPageApi({ report: () => checker.getReport(), showMark: (claimId, index) => checker.showMark(claimId, index) });
  return { stop: teardown };
};
