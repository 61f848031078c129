import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { asciiOutput } from './src/build/ascii-output';
import { claimsBundle } from './src/claims/vite-plugin';

/** Unlisted scripts that run in web pages: the content script (the probe, declared below) and the checker and marker loaded on demand. */
const IN_PAGE = ['probe', 'checker', 'marker'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive Firefox review asks for: everything needed to rebuild, no local clutter.
  zip: { excludeSources: ['scratch/**', 'bench/results/**', 'test-results/**', '.ci/**'] },
  hooks: {
    // The scripts that run in web pages (the content script and the marker script it loads) get
    // `wxt/browser` as lazy-browser.ts: the browser's own API object, looked up on first use. The
    // 40 KB webextension-polyfill would cost parse and set-up time on each load, and what they use
    // (sendMessage, storage get/set/onChanged) returns promises alike in Chrome MV3 and Firefox
    // without it; the background, popup and options keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => IN_PAGE.includes(e.name))) return;
      const lazy = { find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'src/extension/lazy-browser.ts') };
      const alias = config.resolve?.alias;
      const others = Array.isArray(alias)
        ? alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser')
        : Object.entries(alias ?? {}).filter(([find]) => find !== 'wxt/browser').map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [lazy, ...others] };
    },
  },
  vite: () => ({
    plugins: [preact(), claimsBundle(), asciiOutput()],
    build: { target: 'es2022', minify: process.env.CLAIMCHECK_NO_MINIFY ? false : undefined },
  }),
  manifest: ({ browser }) => ({
    name: 'Claim Check: back pain & massage',
    description: 'Marks claims about back pain and massage therapy on the pages you read, with what the evidence says. Runs entirely in your browser.',
    // contextMenus: the "Check selected text" item on selections.
    // scripting: the page checker goes only into frames with candidate words, the marker script
    // and its styles only into frames with marks, and the popup
    // reads a page's report through it (src/extension/page-api.ts).
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    // Declared here rather than with WXT's defineContentScript, whose wrapper reaches the extension
    // API on every page as it starts (see entrypoints/probe.ts).
    content_scripts: [{ matches: ['<all_urls>'], js: ['probe.js'], run_at: 'document_idle' }],
    action: { default_title: 'Claim Check' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'claim-check@example.org',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
