/**
 * Background side of lazy loading: the NLP engine (compromise and the full claims bundle) is
 * injected into a frame only when that frame's prefilter found candidate words, so pages with
 * nothing to mark never pay for it. Chrome (MV3) uses scripting; Firefox MV2 uses tabs.executeScript.
 */
import { browser } from 'wxt/browser';

export const ENGINE_SCRIPT = '/engine.js';

export async function injectEngine(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ENGINE_SCRIPT, frameId });
  }
}
