/**
 * Smoke test of the Firefox (MV2) build in Debian's Firefox ESR over WebDriver BiDi: a fixture
 * page gets its marks (content script, prefilter, engine in the background, marker injected through
 * scripting.executeScript) and the shadow-root tooltip opens on hover and closes on Escape.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxWithExtension, ROOT, serveFixtures, type FirefoxWithExtension } from './harness';

let ff: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof serveFixtures>>;
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`));
  await page.goto(server.url(path));
  return page;
}

const tooltipText = (page: Page) =>
  page.evaluate(() => document.querySelector('claimcheck-tooltip')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? null);

beforeAll(async () => {
  server = await serveFixtures([join(ROOT, 'tests', 'e2e', 'pages')]);
  ff = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('e2e/smoke (Firefox)', () => {
  test('the extension is installed through WebDriver BiDi', () => {
    expect(ff.extensionId).toBe('claim-check@example.org');
  });

  test('a fixture page gets its marks, and the tooltip opens on hover and closes on Escape', async () => {
    const page = await open('basic.html');
    await page.waitForFunction(() => document.querySelectorAll('claimcheck-mark:not([data-continued])').length >= 3, { timeout: 30_000 });
    const marks = await page.$$eval('claimcheck-mark:not([data-continued])', (els) =>
      els.map((e) => [e.getAttribute('data-claim-id'), e.getAttribute('data-stance')]),
    );
    expect(marks).toEqual([
      ['massage-flushes-toxins', 'hedges'],
      ['massage-flushes-toxins', 'disputes'],
      ['massage-boosts-circulation', 'asserts'],
    ]);
    expect(await page.$$eval('#notes claimcheck-mark, #editor claimcheck-mark', (els) => els.length)).toBe(0);

    await page.hover('#p3 claimcheck-mark');
    await expect.poll(() => tooltipText(page), { timeout: 5_000 }).toMatch(/blood circulation|blood flow/i);
    expect(await tooltipText(page)).toMatch(/not medical advice/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page), { timeout: 5_000 }).toBeNull();
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
