/**
 * `wxt/browser` as the scripts that run in web pages see it (the content script and the marker
 * script; wxt.config.ts points them here). The real module reads `browser.runtime.id` when it is
 * evaluated, and in Chromium the first touch of the extension API builds its bindings: 3-4 ms of
 * the page's main thread under the page bench's profiler, though a page without candidate words
 * never calls the API. This object looks the API up on first use instead, and behaves as it from
 * then on.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;

type Globals = typeof globalThis & { browser?: Browser; chrome?: Browser };

let api: Browser | undefined;

/** Firefox's `browser`, else Chromium's `chrome` (whose calls return promises in MV3). */
function resolve(): Browser {
  if (api) return api;
  const g = globalThis as Globals;
  api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api) throw new Error('the extension API is not available here');
  return api;
}

export const browser: Browser = new Proxy({} as Browser, {
  get: (_, key) => Reflect.get(resolve(), key),
  has: (_, key) => key in resolve(),
});
