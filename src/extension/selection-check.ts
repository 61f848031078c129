/**
 * "Check selected text with Claim Check": a context-menu item on selections.
 *
 * Design: a click stores the selected text in the extension's session storage (memory only,
 * cleared when the browser closes; local storage where there is no session area) under a one-time
 * key and opens the small extension page `selection.html?key=…` in a popup window; that page loads
 * the engine and the claims bundle, scans the text and shows the result. Why this way:
 * - it works wherever a selection can be made, including pages where the extension cannot inject
 *   scripts (other extensions' pages, the PDF viewer, stores), unlike injecting into the tab;
 * - the text never leaves the browser: extension storage and an extension page only.
 */
import { browser } from 'wxt/browser';
import { MAX_SELECTION_CHARS } from './messages';

export const SELECTION_MENU_ID = 'claimcheck-check-selection';
export const SELECTION_MENU_TITLE = 'Check selected text with Claim Check';
export const SELECTION_PAGE = '/selection.html' as const;

/** What the background hands to the selection page. */
export interface StoredSelection {
  text: string;
  /** The selection was longer than MAX_SELECTION_CHARS and was cut. */
  truncated: boolean;
}

const KEY_PREFIX = 'selection-check:';
const KEY = /^[a-z0-9]{8,40}$/;

/** Session storage (memory only) where the browser has it, else local storage. */
function area() {
  return browser.storage.session ?? browser.storage.local;
}

/**
 * Adds the menu item. Called on install/update and on browser start; removing everything first
 * means a second call (or an item left from an older version) never fails on a duplicate id.
 */
export async function registerSelectionMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    browser.contextMenus.create({ id: SELECTION_MENU_ID, title: SELECTION_MENU_TITLE, contexts: ['selection'] }, () => {
      // Read lastError so a failure is not reported as unchecked; there is nothing else to do.
      void browser.runtime.lastError;
      resolve();
    });
  });
}

/** The click handler the menu calls: ignores other items and empty selections. */
export async function onSelectionMenuClick(info: { menuItemId: string | number; selectionText?: string }): Promise<void> {
  if (info.menuItemId !== SELECTION_MENU_ID || !info.selectionText?.trim()) return;
  await checkSelection(info.selectionText);
}

/** Stores the text under a fresh key and opens the result page for it in a small window. */
export async function checkSelection(text: string): Promise<void> {
  const key = crypto.randomUUID().replace(/-/g, '');
  const stored: StoredSelection = { text: text.slice(0, MAX_SELECTION_CHARS), truncated: text.length > MAX_SELECTION_CHARS };
  await area().set({ [KEY_PREFIX + key]: stored });
  const url = `${browser.runtime.getURL(SELECTION_PAGE)}?key=${key}`;
  await browser.windows.create({ type: 'popup', width: 420, height: 560, url });
}

/** For the selection page: the stored text for its key, removed once read (undefined if none). */
export async function takeSelection(key: string | null): Promise<StoredSelection | undefined> {
  if (!key || !KEY.test(key)) return undefined;
  const name = KEY_PREFIX + key;
  const value = ((await area().get(name)) as Record<string, unknown>)[name] as Partial<StoredSelection> | undefined;
  await area().remove(name);
  if (!value || typeof value.text !== 'string') return undefined;
  return { text: value.text.slice(0, MAX_SELECTION_CHARS), truncated: value.truncated === true };
}
