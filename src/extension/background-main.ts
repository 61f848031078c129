/**
 * Background wiring: the badge per tab from the content scripts' reports, and engine injection on request.
 */
import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { injectEngine } from './inject-engine';
import { parseMessage } from './messages';
import { isOwnSender } from './runtime';

export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    if (message.type === 'page-report') {
      // Only the top frame's report drives the badge.
      if (sender.frameId === 0 || sender.frameId === undefined) return showBadge(tabId, message.report).then(() => true, () => false);
      return undefined;
    }
    if (message.type === 'load-engine') return injectEngine(tabId, sender.frameId ?? 0).then(() => true);
    return undefined;
  });
}
