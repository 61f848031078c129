/**
 * Background side of lazy loading: the marker script (marks, the tooltip, Preact, the shadow-root
 * UI) and the marks' styles go into a frame only when the engine found something to mark there,
 * so pages without marks get neither a script nor a style sheet from this extension. Through the
 * scripting API in both builds (Chrome MV3; Firefox MV2 has it from version 102).
 */
import { browser } from 'wxt/browser';

export const MARKER_SCRIPT = '/marker.js';
/** Where WXT puts the CSS entrypoint entrypoints/marks.css. */
export const MARKS_CSS = '/assets/marks.css';

export async function injectMarker(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, files: [MARKS_CSS] });
  await browser.scripting.executeScript({ target, files: [MARKER_SCRIPT] });
}
