/**
 * Background side of lazy loading: the tooltip script (Preact, the shadow-root UI) is injected
 * into a frame only when that frame has marks. Chrome (MV3) uses scripting; Firefox MV2 uses
 * tabs.executeScript.
 */
import { browser } from 'wxt/browser';

export const TOOLTIP_SCRIPT = '/tooltip.js';

export async function injectTooltip(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TOOLTIP_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: TOOLTIP_SCRIPT, frameId });
  }
}
