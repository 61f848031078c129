/**
 * The popup, the options page and the "Check selected text" window end to end in Debian's
 * Chromium: the popup's summary, "Show", pause and resume; every option changing an open page
 * live; reset; settings export/import; "this mark is wrong" reports; the context-menu check;
 * axe-core and keyboard-only use of the popup and the options page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, ROOT, serveFixtures, tabIdOf, tooltipText, waitForMarks } from './harness';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
let downloads: string;
const pageErrors: string[] = [];

const MENU_ID = 'claimcheck-check-selection';
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** The chrome.* calls the tests make in the service worker and extension pages. */
declare const chrome: {
  storage: { sync: { clear(): Promise<void>; get(k: string): Promise<Record<string, unknown>> }; local: { clear(): Promise<void> }; session: { get(k: null): Promise<Record<string, unknown>> } };
  contextMenus: { update(id: string, p: object): Promise<void>; onClicked: { hasListeners(): boolean } };
  runtime: { sendMessage(m: object): Promise<unknown>; getManifest(): { permissions?: string[] } };
  windows: { getAll(q: object): Promise<Array<{ type?: string; tabs?: Array<{ url?: string }> }>> };
};
declare const axe: { run(context?: unknown, options?: object): Promise<{ violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> };

function track(page: Page, name: string): Page {
  page.on('pageerror', (e) => pageErrors.push(`${name}: ${e.message}`));
  return page;
}

async function open(path: string): Promise<Page> {
  const page = track(await ext.context.newPage(), path);
  await page.goto(server.url(path));
  return page;
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = track(await ext.context.newPage(), path);
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** The popup as a tab, reporting on the given page (`?tabId=`, as popup-api.ts allows). */
async function openPopup(page: Page): Promise<Page> {
  const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(ext, page)}`);
  await popup.locator('main').waitFor();
  return popup;
}

async function openOptions(): Promise<Page> {
  const options = await openExtensionPage('options.html');
  await options.locator('input[name="enabled"]').waitFor();
  return options;
}

const heads = (page: Page) =>
  page.$$eval('claimcheck-mark:not([data-continued])', (els) => els.map((e) => `${e.getAttribute('data-claim-id')}/${e.getAttribute('data-stance')}`));

const attrs = (page: Page, name: string) => page.$$eval('claimcheck-mark', (els, n) => [...new Set(els.map((e) => e.getAttribute(n)))], name);


const storedSettings = async () => (await ext.worker.evaluate(() => chrome.storage.sync.get('settings'))).settings as Record<string, unknown> | undefined;

/** Runs axe-core on the page and fails with a readable list of violations. */
async function expectNoAxeViolations(page: Page) {
  // Extension pages allow only their own scripts (CSP script-src 'self'), so addScriptTag's inline
  // script is refused; evaluating the source through the DevTools protocol is not subject to it.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  // Both colour schemes: the pages have a dark palette of their own.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
    const readable = violations.map((v) => `${colorScheme}: ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`);
    expect(readable, readable.join('\n')).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The element Tab lands on next: a short description for the assertions. */
async function tab(page: Page, key = 'Tab'): Promise<string> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return `${el.tagName.toLowerCase()}:${(el.getAttribute('name') ?? el.getAttribute('aria-label') ?? label ?? el.textContent)?.trim()}`;
  });
}

beforeAll(async () => {
  server = await serveFixtures([join(ROOT, 'tests', 'e2e', 'pages'), join(ROOT, 'tests', 'fixtures', 'pages')]);
  ext = await launchWithExtension();
  downloads = mkdtempSync(join(tmpdir(), 'claimcheck-downloads-'));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

beforeEach(async () => {
  // Every test starts from default settings and no reports.
  await ext.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
});

afterEach(async () => {
  // Close what the test opened; the browser's first tab stays so the browser keeps running.
  for (const page of ext.context.pages()) if (page.url() !== 'about:blank') await page.close();
});

describe('e2e/popup (Chromium)', () => {
  test('summarizes the page: verdict groups most serious first, counts, claim titles, stances', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const popup = await openPopup(page);
    await popup.locator('li[data-claim-id]').first().waitFor();
    expect(await popup.locator('.total').textContent()).toMatch(/^3 mentions of 2 claim\(s\) marked/);
    const groups = await popup.$$eval('section.group', (els) =>
      els.map((g) => ({
        heading: g.querySelector('h2')?.textContent,
        claims: [...g.querySelectorAll('li')].map((li) => ({ id: li.dataset.claimId, title: li.querySelector('.title')?.textContent, meta: li.querySelector('.meta')?.textContent })),
      })),
    );
    expect(groups).toEqual([
      { heading: 'Not supported by evidence (2)', claims: [{ id: 'massage-flushes-toxins', title: 'Massage flushes out toxins', meta: '2× · hedges this, disputes this' }] },
      { heading: 'Mixed or limited evidence (1)', claims: [{ id: 'massage-boosts-circulation', title: 'Massage boosts blood circulation', meta: '1× · states this' }] },
    ]);
    // The page mentions the lower back: the red-flag guidance is offered; the footer says what this is not.
    expect(await popup.locator('details.redflags summary').textContent()).toMatch(/prompt care/);
    expect(await popup.locator('footer').textContent()).toMatch(/not medical advice/i);
  });

  test('"Show" scrolls to the claim\'s mark on the page and focuses it', async () => {
    const page = await open('basic.html');
    await page.setViewportSize({ width: 420, height: 120 });
    await waitForMarks(page, 3);
    const popup = await openPopup(page);
    const inView = () => page.$eval('#p3 claimcheck-mark', (m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    expect(await inView()).toBe(false);
    await popup.getByRole('button', { name: 'Show “Massage boosts blood circulation” on the page' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('p')?.id + '/' + document.activeElement?.getAttribute('data-claim-id'))).toBe('p3/massage-boosts-circulation');
    expect(await inView()).toBe(true);
    // The first occurrence of a claim with several.
    await popup.getByRole('button', { name: /Show “Massage flushes out toxins”/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p1');
  });

  test('"Pause on this site" removes the marks live and the popup says so; resuming restores them', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const popup = await openPopup(page);
    const pause = popup.getByRole('checkbox', { name: /^Pause on 127\.0\.0\.1:\d+$/ });
    await popup.locator('li[data-claim-id]').first().waitFor();
    expect(await pause.isChecked()).toBe(false);
    await pause.check();
    await expect.poll(() => page.$$eval('claimcheck-mark', (els) => els.length)).toBe(0);
    await expect.poll(() => popup.locator('main').textContent()).toMatch(/Paused on this site\. Nothing is marked here\./);
    expect(await popup.locator('li[data-claim-id]').count()).toBe(0);
    // The popup writes the setting after the box changes (a read, then a write): wait for it.
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual([new URL(page.url()).host]);
    // A popup opened later shows the paused state too.
    const again = await openPopup(page);
    await expect.poll(() => again.getByRole('checkbox', { name: /^Pause on/ }).isChecked()).toBe(true);
    await again.close();

    await pause.uncheck();
    await waitForMarks(page, 3);
    await expect.poll(() => popup.locator('li[data-claim-id]').count()).toBe(2);
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual([]);
  });

  test('on a paused site, a page without candidate words (which never asks for settings) is shown as paused', async () => {
    const page = await open('plain.html');
    const popup = await openPopup(page);
    await expect.poll(() => popup.locator('main').textContent()).toMatch(/No marked claims on this page/);
    await popup.getByRole('checkbox', { name: /^Pause on/ }).check();
    await expect.poll(() => popup.locator('main').textContent()).toMatch(/Paused on this site\./);
    const again = await openPopup(page);
    await expect.poll(() => again.locator('main').textContent()).toMatch(/Paused on this site\./);
    await again.close();
    await popup.getByRole('checkbox', { name: /^Pause on/ }).uncheck();
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual([]);
  });
});

describe('e2e/options (Chromium)', () => {
  test('each option changes an open page live', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const options = await openOptions();
    const all = ['massage-flushes-toxins/hedges', 'massage-flushes-toxins/disputes', 'massage-boosts-circulation/asserts'];
    expect(await heads(page)).toEqual(all);

    // Verdicts: unsupported off removes the toxins marks (both stances); on brings them back.
    await options.getByRole('checkbox', { name: 'Not supported by evidence', exact: true }).uncheck();
    await expect.poll(() => heads(page)).toEqual(['massage-boosts-circulation/asserts']);
    await options.getByRole('checkbox', { name: 'Not supported by evidence', exact: true }).check();
    await expect.poll(() => heads(page)).toEqual(all);

    // Disputing and hedged passages.
    await options.locator('input[name="markDisputes"]').uncheck();
    await expect.poll(() => heads(page)).toEqual(['massage-flushes-toxins/hedges', 'massage-boosts-circulation/asserts']);
    await options.locator('input[name="markHedges"]').uncheck();
    await expect.poll(() => heads(page)).toEqual(['massage-boosts-circulation/asserts']);
    await options.locator('input[name="markDisputes"]').check();
    await options.locator('input[name="markHedges"]').check();
    await expect.poll(() => heads(page)).toEqual(all);

    // Mark style and palette are attributes on every mark.
    expect(await attrs(page, 'data-style')).toEqual(['underline']);
    await options.getByLabel('Mark style').selectOption('background');
    await expect.poll(() => attrs(page, 'data-style')).toEqual(['background']);
    expect(await attrs(page, 'data-palette')).toEqual(['standard']);
    await options.getByLabel('Colours').selectOption('colorblind');
    await expect.poll(() => attrs(page, 'data-palette')).toEqual(['colorblind']);

    // Tooltip trigger: click only. Hover no longer opens it; a click does.
    await options.getByLabel('Show details').selectOption('click');
    await expect.poll(async () => (await storedSettings())?.tooltipTrigger).toBe('click');
    await waitForMarks(page, 3);
    await page.hover('#p3 claimcheck-mark');
    await page.waitForTimeout(500);
    expect(await tooltipText(page)).toBeNull();
    await page.click('#p3 claimcheck-mark');
    await expect.poll(() => tooltipText(page)).toMatch(/blood circulation|blood flow/i);

    // On/off.
    await options.locator('input[name="enabled"]').uncheck();
    await expect.poll(() => page.$$eval('claimcheck-mark', (els) => els.length)).toBe(0);
    await options.locator('input[name="enabled"]').check();
    await waitForMarks(page, 3);
    expect(await options.getByRole('status').textContent()).toBe('Saved.');
  });

  test('paused sites can be added and removed on the options page', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const host = new URL(page.url()).host;
    const options = await openOptions();
    await options.getByLabel('Add a site').fill(`http://${host}/some/path`);
    await options.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => page.$$eval('claimcheck-mark', (els) => els.length)).toBe(0);
    await options.getByRole('button', { name: `Resume on ${host}` }).click();
    await waitForMarks(page, 3);
    await options.getByLabel('Add a site').fill('not a site!');
    await options.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Enter a site name such as example.com.');
  });

  test('"Reset to defaults" restores every setting, on the page too', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const options = await openOptions();
    await options.locator('input[name="markHedges"]').uncheck();
    await options.getByLabel('Mark style').selectOption('none');
    await options.getByLabel('Colours').selectOption('colorblind');
    await options.getByRole('checkbox', { name: 'Supported by evidence', exact: true }).check();
    await expect.poll(() => attrs(page, 'data-style')).toEqual(['none']);
    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Defaults restored.');
    await expect.poll(() => attrs(page, 'data-style')).toEqual(['underline']);
    expect(await attrs(page, 'data-palette')).toEqual(['standard']);
    await waitForMarks(page, 3);
    expect(await options.locator('input[name="markHedges"]').isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'Supported by evidence', exact: true }).isChecked()).toBe(false);
    expect(await options.getByLabel('Mark style').inputValue()).toBe('underline');
    expect(await storedSettings()).toMatchObject({ enabled: true, pausedSites: [], markHedges: true, markStyle: 'underline', palette: 'standard', tooltipTrigger: 'hover-focus' });
  });

  test('settings export and import round trip; a bad file is refused with a clear message', async () => {
    const options = await openOptions();
    await options.getByLabel('Colours').selectOption('colorblind');
    await options.getByLabel('Show details').selectOption('click');
    await options.locator('input[name="markDisputes"]').uncheck();
    await options.getByLabel('Add a site').fill('example.com');
    await options.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual(['example.com']);
    const exported = await storedSettings();

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('claim-check-settings.json');
    const file = join(downloads, 'settings.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'claim-check-settings', version: 1, settings: exported });

    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(async () => (await storedSettings())?.palette).toBe('standard');
    await options.getByLabel('Import settings').setInputFiles(file);
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Settings imported.');
    expect(await storedSettings()).toEqual(exported);
    expect(await options.getByLabel('Colours').inputValue()).toBe('colorblind');
    expect(await options.locator('input[name="markDisputes"]').isChecked()).toBe(false);
    expect(await options.locator('ul.sites').textContent()).toMatch(/example\.com/);

    for (const [content, message] of [
      ['{ not json', 'Import failed: This file is not JSON. Choose a file made with “Export settings”.'],
      ['{"kind":"something-else","version":1,"settings":{}}', 'Import failed: This JSON file is not a Claim Check settings export.'],
      ['{"kind":"claim-check-settings","version":99,"settings":{}}', 'Import failed: These settings come from a newer version of Claim Check. Update the extension first.'],
    ]) {
      await options.getByLabel('Import settings').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content!) });
      await expect.poll(() => options.getByRole('status').textContent()).toBe(message);
    }
    // Nothing changed.
    expect(await storedSettings()).toEqual(exported);
  });

  test('"This mark is wrong" in the tooltip stores a report that the options page lists; clear empties it', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    await page.hover('#p3 claimcheck-mark');
    const button = page.locator('claimcheck-tooltip button.report');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Thanks, noted on this device');
    expect(await button.isDisabled()).toBe(true);

    const options = await openOptions();
    const list = options.locator('ul.reports li');
    await expect.poll(() => list.count()).toBe(1);
    expect(await list.first().textContent()).toMatch(new RegExp(`^massage-boosts-circulation \\(asserts\\) on ${new URL(page.url()).host.replace(/\./g, '\\.')}: “.*circulation.*”$`));
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export reports' }).click()]);
    expect(download.suggestedFilename()).toBe('claim-check-mark-reports.json');
    await options.getByRole('button', { name: 'Clear reports' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Reports cleared.');
    expect(await list.count()).toBe(0);
    expect(await options.getByText('No reports.').count()).toBe(1);
    expect(await options.getByRole('button', { name: 'Clear reports' }).isDisabled()).toBe(true);
  });
});

describe('e2e/selection-check (Chromium)', () => {
  // A native context menu cannot be clicked in headless Chromium, and chrome.contextMenus has no
  // getter or dispatch. So: the item's existence is checked with contextMenus.update (it fails
  // for an unknown id), and the click's work (store the text, open the result window, scan it
  // there) runs through the background's `check-selection` message, which calls the same
  // checkSelection() as the onClicked listener. Not covered: Chrome calling onClicked itself.
  test('the "Check selected text" menu item is registered for selections', async () => {
    expect(await ext.worker.evaluate(() => chrome.runtime.getManifest().permissions)).toContain('contextMenus');
    await expect
      .poll(() => ext.worker.evaluate((id) => chrome.contextMenus.update(id, { title: 'Check selected text with Claim Check', contexts: ['selection'] }).then(() => 'exists', (e: Error) => e.message), MENU_ID))
      .toBe('exists');
    expect(await ext.worker.evaluate(() => chrome.contextMenus.update('no-such-item', {}).then(() => 'exists', () => 'missing'))).toBe('missing');
    expect(await ext.worker.evaluate(() => chrome.contextMenus.onClicked.hasListeners())).toBe(true);
  });

  async function checkSelection(text: string): Promise<Page> {
    const from = await openOptions();
    const [result] = await Promise.all([
      ext.context.waitForEvent('page', (p) => p.url().includes('/selection.html')),
      from.evaluate((t) => chrome.runtime.sendMessage({ type: 'check-selection', text: t }), text),
    ]);
    track(result, 'selection.html');
    await result.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
    return result;
  }

  test('a selection with claims opens a popup window listing them with verdict, stance and note', async () => {
    const result = await checkSelection('Many spas say that massage flushes toxins out of your muscles. There is no evidence that massage removes lactic acid. Regular massage improves blood circulation.');
    const items = await result.$$eval('li[data-claim-id]', (els) => els.map((li) => ({ id: li.dataset.claimId, verdict: li.dataset.verdict, text: li.textContent })));
    expect(items.map((i) => [i.id, i.verdict])).toEqual([
      ['massage-flushes-toxins', 'unsupported'],
      ['massage-boosts-circulation', 'mixed'],
    ]);
    expect(items[0]!.text).toMatch(/The text hedges this; The text disputes this/);
    expect(items[1]!.text).toMatch(/The text states this/);
    expect(await result.locator('h2').allTextContents()).toEqual(['Not supported by evidence', 'Mixed or limited evidence']);
    expect(await result.locator('main').textContent()).toMatch(/not medical advice/i);
    // A small popup window, and the text is gone from storage once shown.
    const windows = await ext.worker.evaluate(() => chrome.windows.getAll({ populate: true }));
    expect(windows.find((w) => w.tabs?.some((t) => t.url?.includes('/selection.html')))?.type).toBe('popup');
    expect(Object.keys(await ext.worker.evaluate(() => chrome.storage.session.get(null)))).toEqual([]);
    await expectNoAxeViolations(result);
  });

  test('a selection without claims says none were found; the window without a selection says so', async () => {
    const result = await checkSelection('The weather was fine and we walked along the river.');
    expect(await result.locator('main').textContent()).toMatch(/No claims about back pain or massage .* were found in this text\./);
    expect(await result.locator('li[data-claim-id]').count()).toBe(0);
    await result.reload();
    await expect.poll(() => result.locator('main').textContent()).toMatch(/There is no selected text to check in this window/);
  });
});

describe('e2e/popup and options accessibility (Chromium)', () => {
  test('axe-core finds no violations on the popup and the options page', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const popup = await openPopup(page);
    await popup.locator('li[data-claim-id]').first().waitFor();
    await expectNoAxeViolations(popup);
    await popup.locator('details.redflags summary').click();
    await expectNoAxeViolations(popup);
    await popup.getByRole('checkbox', { name: /^Pause on/ }).check();
    await expect.poll(() => popup.locator('main').textContent()).toMatch(/Paused on this site/);
    await expectNoAxeViolations(popup);

    // The options page with a paused site and a report listed, so every part is rendered.
    await popup.getByRole('checkbox', { name: /^Pause on/ }).uncheck();
    await waitForMarks(page, 3);
    await page.hover('#p3 claimcheck-mark');
    await page.locator('claimcheck-tooltip button.report').click();
    const options = await openOptions();
    await options.getByLabel('Add a site').fill('example.com');
    await options.getByRole('button', { name: 'Pause', exact: true }).click();
    await options.locator('ul.reports li').waitFor();
    await options.locator('ul.sites li').waitFor();
    await expectNoAxeViolations(options);
  });

  test('the options page can be used by keyboard alone: Tab reaches every control', async () => {
    const options = await openOptions();
    await options.getByLabel('Add a site').fill('example.com');
    await options.keyboard.press('Enter');
    await options.locator('ul.sites li').waitFor();
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const controls = await options.$$eval('input, select, button:not([disabled]), a[href]', (els) =>
      els.map((el) => `${el.tagName.toLowerCase()}:${(el.getAttribute('name') ?? el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent)?.trim()}`),
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 5; i++) reached.add(await tab(options));
    expect([...reached]).toEqual(expect.arrayContaining(controls));
    for (const expected of [
      'input:enabled', 'input:verdict-contradicted', 'input:verdict-unsupported', 'input:verdict-mixed', 'input:verdict-supported',
      'input:markDisputes', 'input:markHedges', 'select:markStyle', 'select:palette', 'select:tooltipTrigger',
      'button:Resume on example.com', 'input:newSite', 'button:Pause', 'button:Export settings', 'input:import', 'button:Reset to defaults',
    ]) expect(reached, expected).toContain(expected);

    // Operable: Space toggles a checkbox, arrow keys change a select, Enter adds a site.
    await options.locator('input[name="markHedges"]').focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings())?.markHedges).toBe(false);
    await options.locator('select[name="palette"]').focus();
    await options.keyboard.press('ArrowDown');
    await expect.poll(async () => (await storedSettings())?.palette).toBe('colorblind');
    await options.getByRole('button', { name: 'Resume on example.com' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual([]);
    // The button left with its row; focus stays in the section instead of falling to the page start.
    expect(await options.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('newSite');
  });

  test('the popup can be used by keyboard alone: Show buttons and the pause switch', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const popup = await openPopup(page);
    await popup.locator('li[data-claim-id]').first().waitFor();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) order.push(await tab(popup));
    expect(order).toEqual(expect.arrayContaining(['button:Show “Massage flushes out toxins” on the page', 'button:Show “Massage boosts blood circulation” on the page']));
    expect(order.some((d) => /^input:Pause on 127\.0\.0\.1:\d+$/.test(d)), order.join(' | ')).toBe(true);

    // Enter on a Show button focuses the mark in the page.
    await popup.getByRole('button', { name: 'Show “Massage boosts blood circulation” on the page' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p3');
    // Space on a Show button works too.
    await popup.getByRole('button', { name: /Show “Massage flushes out toxins”/ }).focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p1');

    // Space toggles the pause switch; marks go and come back.
    await popup.getByRole('checkbox', { name: /^Pause on/ }).focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => page.$$eval('claimcheck-mark', (els) => els.length)).toBe(0);
    await popup.keyboard.press('Space');
    await waitForMarks(page, 3);
  });

  test('no page errors in the popup, options and selection pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
