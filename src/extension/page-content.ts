/**
 * Content-script side wiring: settings, messages, the engine (which runs in the background) and
 * the tooltip (loaded on demand) for the page checker, all torn down when the extension context
 * is invalidated (update, disable, uninstall).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { PrefilterData } from '../engine/types';
import { startChecker } from '../page/checker';
import { loadTooltip } from '../page/tooltip-handle';
import { normalizeSettings, siteOf, type Settings } from '../settings/model';
import { addMarkReport } from './mark-reports';
import { isScanReply, parseMessage, type PageReport } from './messages';
import { isOwnSender, sendToBackground } from './runtime';
import { getSettings, watchSettings } from './settings-store';

export async function startPageContent(ctx: ContentScriptContext, options: { prefilter: Pick<PrefilterData, 'words'> }): Promise<void> {
  let settings: Settings = normalizeSettings(undefined);
  try {
    settings = await getSettings();
  } catch {
    // Storage unavailable (e.g. context invalidated while loading): run with defaults.
  }

  const checker = startChecker({
    doc: document,
    url: () => location.href,
    prefilter: options.prefilter,
    settings: () => settings,
    scan: async (text) => {
      const reply = await sendToBackground({ type: 'scan-text', text });
      if (!isScanReply(reply)) throw new Error('the background did not answer the scan');
      return reply;
    },
    createTooltip: async (tooltipOptions) => (await loadTooltip(() => sendToBackground({ type: 'load-tooltip' })))(ctx, tooltipOptions),
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

  const unwatch = watchSettings((next) => {
    settings = next;
    void checker.rescan();
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
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
