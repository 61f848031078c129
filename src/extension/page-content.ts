/**
 * Content-script side wiring: messages, the engine (which runs in the background and answers
 * with the settings), settings changes, and the page marker (marks and tooltip, loaded on demand)
 * for the page checker, all torn down when the extension context is invalidated (update, disable,
 * uninstall).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { QuickAnchors } from '../engine/anchor-prefix';
import { startChecker } from '../page/checker';
import { loadMarker } from '../page/marker-handle';
import { siteOf } from '../settings/model';
import { addMarkReport } from './mark-reports';
import { isScanReply, parseMessage, type PageReport } from './messages';
import { isOwnSender, sendToBackground } from './runtime';
import { watchSettings } from './settings-store';

export function startPageContent(ctx: ContentScriptContext, options: { prefilter: QuickAnchors }): void {
  /** Settings changes rescan the page; watched once the engine found something here (or the page is switched off). */
  let unwatch: (() => void) | undefined;

  const checker = startChecker({
    doc: document,
    url: () => location.href,
    prefilter: options.prefilter,
    scan: async (text) => {
      const reply = await sendToBackground({ type: 'scan-text', text, url: location.href });
      if (!isScanReply(reply)) throw new Error('the background did not answer the scan');
      // Settings only filter and style what the engine found, or switch the page off: a page
      // without matches has nothing a change could show.
      if (reply.off || reply.matches.length > 0) unwatch ??= watchSettings(() => void checker.rescan());
      return reply;
    },
    createMarker: async (markerOptions) => (await loadMarker(() => sendToBackground({ type: 'load-marker' })))(ctx, markerOptions),
    report: (report: PageReport) => {
      if (ctx.isValid) sendToBackground({ type: 'page-report', report }).catch(() => undefined);
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

  // Replies through sendResponse, synchronously: it works the same in every browser without the
  // webextension-polyfill, which the content script does without (see wxt.config.ts).
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'get-report') sendResponse(checker.getReport());
    if (message?.type === 'show-mark') sendResponse(checker.showMark(message.claimId, message.index));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.addEventListener(window, 'wxt:locationchange', () => void checker.rescan());
  ctx.onInvalidated(() => {
    checker.stop();
    unwatch?.();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
