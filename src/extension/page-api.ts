/**
 * How the popup reads a page's report and asks it to show a mark: it runs `callPageApi` in the
 * content script's isolated world (scripting.executeScript), where the content script leaves its
 * API on a global that the page's own scripts cannot see. The content script needs no message
 * listener, so a page without candidate words never touches the extension API (lazy-browser.ts).
 */
import type { PageReport } from './messages';

export const PAGE_API_GLOBAL = '__claimcheckPage';

export interface PageApi {
  report(): PageReport;
  /** Scrolls to and focuses the index-th mark of a claim; false if there is none. */
  showMark(claimId: string, index: number): boolean;
}

export function publishPageApi(api: PageApi | undefined): void {
  (globalThis as Record<string, unknown>)[PAGE_API_GLOBAL] = api;
}

/**
 * Runs in the page's isolated world, injected by the popup: self-contained (it is serialized),
 * and answers null where no content script has published its API (yet).
 */
export function callPageApi(global: string, method: keyof PageApi, args: unknown[]): unknown {
  const api = (globalThis as Record<string, unknown>)[global] as Record<string, ((...a: unknown[]) => unknown) | undefined> | undefined;
  const fn = api?.[method];
  return typeof fn === 'function' ? fn(...args) : null;
}
