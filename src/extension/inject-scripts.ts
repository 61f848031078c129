/**
 * Background side of lazy loading: the page checker goes into a frame only when the probe found
 * candidate words there, and the marker script (marks, the tooltip, Preact, the shadow-root UI)
 * with the marks' styles only when the engine found something to mark, so most pages get only the
 * probe, and pages without marks no style sheet from this extension. Through the scripting API in
 * both builds (Chrome MV3; Firefox MV2 has it from version 102).
 */
import { browser } from 'wxt/browser';

export const CHECKER_SCRIPT = '/checker.js';
export const MARKER_SCRIPT = '/marker.js';
/** Where WXT puts the CSS entrypoint entrypoints/marks.css. */
export const MARKS_CSS = '/assets/marks.css';

export async function injectMarker(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, files: [MARKS_CSS] });
  await browser.scripting.executeScript({ target, files: [MARKER_SCRIPT] });
}

export async function injectChecker(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CHECKER_SCRIPT] });
}
