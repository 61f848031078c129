/**
 * Thin wrappers over browser.* used by the content script and popup. Keeping them here keeps
 * every other module testable with plain functions.
 */
import { browser } from 'wxt/browser';
import type { Message } from './messages';

export function sendToBackground(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: Message): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Only messages from this extension's own pages and scripts are accepted. */
export function isOwnSender(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

