/**
 * End-to-end harness: Debian's Chromium driven by playwright-core, the built extension loaded
 * unpacked, fixture pages served from 127.0.0.1 (content scripts do not run on data: URLs).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built extension: `.output/chrome-mv3`, or $CLAIMCHECK_EXTENSION_DIR (a build made elsewhere). */
export const EXTENSION_DIR = process.env.CLAIMCHECK_EXTENSION_DIR ? resolve(process.env.CLAIMCHECK_EXTENSION_DIR) : join(ROOT, '.output', 'chrome-mv3');

/** Where Chromium is: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Throws with how to get one. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian\'s package (sudo apt-get install -y chromium) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves the given folders on 127.0.0.1 at a free port; `/name` is looked up in each folder in turn. */
export async function serveFixtures(dirs: string[]): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    for (const dir of dirs) {
      const file = join(dir, path);
      if (file.startsWith(dir) && existsSync(file) && !file.endsWith('/')) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: (p) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimcheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id Chrome gives a page (for opening the popup on it). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  return ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)!.id!;
  }, url);
}

/** Waits until the page's content script has finished marking (its report says done). */
export async function waitForMarks(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('claimcheck-mark:not([data-continued])').length >= n, min, { timeout: 15_000 });
}

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

/** Opens a page in a new tab, recording its uncaught errors in `errors` (the extension must cause none). */
export async function openTracked(context: BrowserContext, url: string, errors: string[], name = url): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  await page.goto(url);
  return page;
}

/** The open tooltip's text (it lives in the open shadow root of <claimcheck-tooltip>), or null. */
export const tooltipText = (page: Page) =>
  page.evaluate(() => document.querySelector('claimcheck-tooltip')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? null);

/**
 * Runs in the extension's service worker (pass it to worker.evaluate, which sends its source): a
 * tab's report, read the way the popup reads it (src/extension/page-api.ts); null before the
 * content script has started.
 */
export async function readPageReport(tabId: number): Promise<unknown> {
  type Injection = { target: { tabId: number; frameIds: number[] }; func: () => unknown };
  const api = (globalThis as unknown as { chrome: { scripting: { executeScript(i: Injection): Promise<Array<{ result?: unknown }>> } } }).chrome;
  const [first] = await api.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: () => (globalThis as unknown as { __claimcheckPage?: { report(): unknown } }).__claimcheckPage?.report() ?? null,
  });
  return first?.result ?? null;
}

/** The type of a global in the content scripts' isolated world of a tab's top frame; runs in the service worker. */
export async function readIsolatedGlobal({ tabId, name }: { tabId: number; name: string }): Promise<string | null> {
  type Injection = { target: { tabId: number; frameIds: number[] }; func: (name: string) => unknown; args: [string] };
  const api = (globalThis as unknown as { chrome: { scripting: { executeScript(i: Injection): Promise<Array<{ result?: unknown }>> } } }).chrome;
  const [first] = await api.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (global: string) => typeof (globalThis as unknown as Record<string, unknown>)[global],
    args: [name],
  });
  return (first?.result as string | undefined) ?? null;
}
