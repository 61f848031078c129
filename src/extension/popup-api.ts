/** The popup's access to the browser: the tab it reports on, its content script, settings. */
import { browser } from 'wxt/browser';
import { downloadText } from './download';
import type { PopupApi } from '../ui/popup/Popup';
import { siteOf } from '../settings/model';
import { parsePageReport, reportUnderSettings } from './messages';
import { callPageApi, PAGE_API_GLOBAL, type PageApi } from './page-api';
import { getSettings, updateSettings } from './settings-store';

/** The tab to report on: `?tabId=N` (tests, or a popup opened in a tab), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param ? await browser.tabs.get(Number(param)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : undefined;
}

/** Calls the content script's API in the tab's top frame (see page-api.ts); null where there is none. */
async function callPage(tabId: number, method: keyof PageApi, args: unknown[] = []): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: callPageApi, args: [PAGE_API_GLOBAL, method, args] });
  return first?.result ?? null;
}

export async function createPopupApi(): Promise<PopupApi> {
  const tab = await targetTab();
  const site = tab ? siteOf(tab.url) : undefined;
  return {
    site,
    async loadReport() {
      if (!tab) return 'unavailable';
      try {
        const report = parsePageReport(await callPage(tab.id, 'report'));
        return report ? reportUnderSettings(report, await getSettings()) : 'unavailable';
      } catch {
        return 'unavailable';
      }
    },
    async isPaused() {
      return !!site && (await getSettings()).pausedSites.includes(site);
    },
    async setPaused(paused) {
      if (!site) return;
      await updateSettings((s) => ({ ...s, pausedSites: paused ? [...s.pausedSites, site] : s.pausedSites.filter((x) => x !== site) }));
    },
    async showMark(claimId) {
      if (!tab) return;
      await browser.tabs.update(tab.id, { active: true });
      await callPage(tab.id, 'showMark', [claimId, 0]);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
    download: downloadText,
  };
}
