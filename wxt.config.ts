import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { asciiOutput } from './src/build/ascii-output';
import { claimsBundle } from './src/claims/vite-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive Firefox review asks for: everything needed to rebuild, no local clutter.
  zip: { excludeSources: ['scratch/**', 'bench/results/**', 'test-results/**', '.ci/**'] },
  hooks: {
    // The content script and the marker script it loads run in pages, where the 40 KB
    // webextension-polyfill costs parse and set-up time on each load. What they use (sendMessage,
    // storage get/set/onChanged, onMessage with sendResponse) returns promises or works alike in
    // Chrome MV3 and Firefox without it, so their builds use the browser's own API object; the
    // background, popup and options keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'marker')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
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
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['<all_urls>'],
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
