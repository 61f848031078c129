/**
 * Content-script side wiring: settings, messages, the tooltip's shadow root and the page checker,
 * all torn down when the extension context is invalidated (update, disable, uninstall).
 */
import { createShadowRootUi } from '#imports';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { PrefilterData } from '../engine/types';
import { startChecker } from '../page/checker';
import { loadScanner } from '../page/engine-handle';
import { OWN_ATTR } from '../page/text-blocks';
import { normalizeSettings, siteOf, type Settings } from '../settings/model';
import { addMarkReport } from './mark-reports';
import { parseMessage, type PageReport } from './messages';
import { isOwnSender, sendToBackground } from './runtime';
import { getSettings, watchSettings } from './settings-store';

export async function startPageContent(ctx: ContentScriptContext, options: { prefilter: Pick<PrefilterData, 'words'>; tooltipCss: string }): Promise<void> {
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
    checkWindows: async (windows) => {
      const first = await sendToBackground({ type: 'check-windows', windows });
      if (typeof first !== 'number') throw new Error('the background did not answer the prefilter check');
      return first;
    },
    settings: () => settings,
    loadScanner: () => loadScanner(() => sendToBackground({ type: 'load-engine' })),
    report: (report: PageReport) => {
      if (ctx.isValid) sendToBackground({ type: 'page-report', report }).catch(() => undefined);
    },
    mountTooltip: async () => {
      const ui = await createShadowRootUi(ctx, {
        name: 'claimcheck-tooltip',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: options.tooltipCss,
        onMount: (container, _shadow, host) => {
          host.setAttribute(OWN_ATTR, '');
          return { host, container };
        },
      });
      ui.mount();
      return ui.mounted!;
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

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'get-report') return Promise.resolve(checker.getReport());
    if (message?.type === 'show-mark') return Promise.resolve(checker.showMark(message.claimId, message.index));
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
