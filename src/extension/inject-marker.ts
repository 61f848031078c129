/**
 * Background side of lazy loading: the marker script (marks, the tooltip, Preact, the shadow-root
 * UI) is injected into a frame only when the engine found something to mark there. Chrome (MV3)
 * uses scripting; Firefox MV2 uses tabs.executeScript.
 */
import { browser } from 'wxt/browser';

export const MARKER_SCRIPT = '/marker.js';

export async function injectMarker(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [MARKER_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: MARKER_SCRIPT, frameId });
  }
}
