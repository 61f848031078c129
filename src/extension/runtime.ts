/**
 * Thin wrappers over browser.* used by the content script and the background. Keeping them here keeps
 * every other module testable with plain functions.
 */
import { browser } from 'wxt/browser';
import type { Message } from './messages';
import { inOwnTask } from './own-task';

export function sendToBackground(message: Message): Promise<unknown> {
  return inOwnTask(browser.runtime.sendMessage(message));
}

/** Only messages from this extension's own pages and scripts are accepted. */
export function isOwnSender(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

