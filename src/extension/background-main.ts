/**
 * Background wiring: the badge per tab from the content scripts' reports, the engine for the
 * content scripts, checker and marker script injection on request, and the "Check selected text" context-menu item (see selection-check.ts).
 */
import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { scanText } from './background-engine';
import { firstLook } from './first-look';
import { injectChecker, injectMarker } from './inject-scripts';
import { parseMessage } from './messages';
import { createScanCache } from './scan-cache';
import { isOwnSender } from './runtime';
import { offStatus } from '../settings/model';
import { getSettings } from './settings-store';
import { checkSelection, onSelectionMenuClick, registerSelectionMenu } from './selection-check';

/**
 * A page of this extension (options, popup, selection result), not a content script: those run
 * in web pages, so their sender URL is never one of the extension's own.
 */
function isExtensionPage(sender: { url?: string }): boolean {
  return !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** The engine's answers to first looks that loaded a checker, until it asks (scan-cache.ts). */
const looks = createScanCache();

export function startBackground(): void {
  if (browser.runtime.getManifest().manifest_version === 3) {
    // MV3: menu items outlive the service worker, which restarts often; (re)make them on install,
    // update and browser start only.
    browser.runtime.onInstalled.addListener(() => void registerSelectionMenu());
    browser.runtime.onStartup.addListener(() => void registerSelectionMenu());
  } else {
    // MV2 (Firefox): the background page runs once per session or enable, and its items with it.
    void registerSelectionMenu();
  }
  browser.contextMenus.onClicked.addListener((info) => void onSelectionMenuClick(info));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'check-selection') {
      // The same path as a menu click; only the extension's own pages may ask.
      return isExtensionPage(sender) ? checkSelection(message.text).then(() => true) : undefined;
    }
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    if (message.type === 'page-report') {
      // Only the top frame's report drives the badge.
      if (sender.frameId === 0 || sender.frameId === undefined) return showBadge(tabId, message.report).then(() => true, () => false);
      return undefined;
    }
    if (message.type === 'load-checker') return injectChecker(tabId, sender.frameId ?? 0).then(() => true);
    if (message.type === 'load-marker') return injectMarker(tabId, sender.frameId ?? 0).then(() => true);
    const frame = `${tabId}:${sender.frameId ?? 0}`;
    // Settings are read afresh for each chunk: a change the page is rescanning for is already stored.
    if (message.type === 'scan-text') {
      return getSettings().then((settings) => {
        const kept = offStatus(settings, message.url) ? undefined : looks.take(frame, message.text);
        return kept ? { ...kept, settings } : scanText(message.text, message.url, settings);
      });
    }
    if (message.type === 'first-look') {
      looks.forget(frame);
      return getSettings().then((settings) =>
        firstLook(message.chunks, (chunk) => scanText(chunk, message.url, settings), (chunk, reply) => looks.keep(frame, chunk, reply)),
      );
    }
    return undefined;
  });
}
