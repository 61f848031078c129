/**
 * The extension end to end in Debian's Chromium: marks, tooltip by hover and keyboard, popup,
 * options toggle live on an open tab, dynamic content, badge, and no page errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension, openTracked, readIsolatedGlobal, readPageReport, ROOT, serveFixtures, tabIdOf, tooltipText, waitForMarks } from './harness';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFixtures>>;
const pageErrors: string[] = [];

const open = (path: string): Promise<Page> => openTracked(ext.context, server.url(path), pageErrors, path);


const markIds = (page: Page) => page.$$eval('claimcheck-mark:not([data-continued])', (els) => els.map((e) => e.getAttribute('data-claim-id')));

async function setOption(name: string, checked: boolean) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const box = options.locator(`input[name="${name}"]`);
  await box.waitFor();
  if ((await box.isChecked()) !== checked) await box.click();
  await options.close();
}

beforeAll(async () => {
  server = await serveFixtures([join(ROOT, 'tests', 'e2e', 'pages'), join(ROOT, 'tests', 'fixtures', 'pages')]);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('e2e/extension (Chromium)', () => {
  test('built bundles are ASCII-only (Chrome can reject some non-ASCII characters in content scripts)', () => {
    const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) expect(/[^\x00-\x7f]/.test(readFileSync(join(EXTENSION_DIR, f), 'utf8')), f).toBe(false);
  });

  test('marks claims with the DOM contract, and nothing inside a textarea or contenteditable', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const marks = await page.$$eval('claimcheck-mark:not([data-continued])', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-claim-id'), verdict: e.getAttribute('data-verdict'), stance: e.getAttribute('data-stance'), tab: (e as HTMLElement).tabIndex, text: e.textContent, inForm: !!e.closest('textarea,[contenteditable]') })),
    );
    expect(marks.map((m) => [m.id, m.stance])).toEqual([
      ['massage-flushes-toxins', 'hedges'], // "Many spas say that ...": attributed to others
      ['massage-flushes-toxins', 'disputes'],
      ['massage-boosts-circulation', 'asserts'],
    ]);
    for (const m of marks) {
      expect(m.tab).toBe(0);
      expect(m.inForm).toBe(false);
      expect(['supported', 'mixed', 'unsupported', 'contradicted']).toContain(m.verdict);
    }
    // The first claim spans "flushes <strong>toxins</strong>": one mark per piece, one keyboard stop.
    expect(await page.$$eval('#p1 claimcheck-mark', (els) => els.length)).toBe(2);
    expect(await page.$eval('#notes', (t) => (t as HTMLTextAreaElement).value)).toBe('Massage flushes toxins out of the body.');
    expect(await page.$$eval('#editor claimcheck-mark', (els) => els.length)).toBe(0);
    // Each keyboard stop has an accessible description in the page naming the verdict.
    const description = await page.$eval('claimcheck-mark', (m) => document.getElementById(m.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(description).toMatch(/Not supported by evidence/);
    // The marks' style sheet came with the marker (the background inserts it only where there are marks).
    const style = await page.$eval('claimcheck-mark', (m) => ({ line: getComputedStyle(m).textDecorationLine, cursor: getComputedStyle(m).cursor }));
    expect(style).toEqual({ line: 'underline', cursor: 'help' });
    await page.close();
  });

  test('tooltip opens on hover, stays while the pointer is on it, and closes on Escape', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    await page.hover('#p3 claimcheck-mark');
    await expect.poll(() => tooltipText(page)).toMatch(/blood circulation|blood flow/i);
    const text = (await tooltipText(page))!;
    expect(text).toMatch(/not medical advice/i);
    // Move the pointer onto the tooltip: it stays open (WCAG 1.4.13 hoverable).
    const box = await page.evaluate(() => {
      const r = document.querySelector('claimcheck-tooltip')!.shadowRoot!.querySelector('[role="tooltip"]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await tooltipText(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBeNull();
    await page.close();
  });

  test('tooltip opens on keyboard focus', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('claimcheck-mark');
    await expect.poll(() => tooltipText(page)).toMatch(/toxins/i);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBeNull();
    await page.close();
  });

  test('keyboard: Enter moves focus into the tooltip (sources, report button), Escape returns to the mark', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltipText(page)).toMatch(/toxins/i);
    await page.keyboard.press('Enter');
    const focusedInTooltip = () =>
      page.evaluate(() => {
        const inner = document.querySelector('claimcheck-tooltip')?.shadowRoot?.activeElement;
        return inner ? `${inner.tagName.toLowerCase()}:${inner.textContent}` : null;
      });
    await expect.poll(focusedInTooltip).toMatch(/^(a|button):/);
    // Tab reaches the report button inside the tooltip, which stays open.
    for (let i = 0; i < 4 && !(await focusedInTooltip())?.startsWith('button'); i++) await page.keyboard.press('Tab');
    expect(await focusedInTooltip()).toMatch(/^button:This mark is wrong/);
    expect(await tooltipText(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('claimcheck-mark');
    await page.close();
  });

  test('popup lists the claims of the page, and the badge shows the count', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const tabId = await tabIdOf(ext, page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('li[data-claim-id]').first().waitFor();
    const listed = await popup.$$eval('li[data-claim-id]', (els) => els.map((e) => e.getAttribute('data-claim-id')));
    expect(new Set(listed)).toEqual(new Set(['massage-flushes-toxins', 'massage-boosts-circulation']));
    expect(await popup.textContent('main')).toMatch(/3 mentions/);
    const badge = await ext.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('3');
    // A page without claims sends no report (the browser blanks a tab's badge when it navigates):
    // the badge must not keep the last page's count.
    await page.goto(server.url('plain.html'));
    await page.goto(server.url('unrelated.html'));
    await page.waitForTimeout(500);
    expect(await ext.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  test('the options on/off switch removes and restores marks on an open tab, without reloading it', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    const before = await page.evaluate(() => document.body.innerText);
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
    await setOption('enabled', false);
    await expect.poll(() => page.$$eval('claimcheck-mark', (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    // The original text nodes are back: "flushes " and "toxins" are plain text again.
    expect(await page.$eval('#p1', (p) => p.innerHTML)).toBe('Many spas say that massage flushes <strong>toxins</strong> out of your muscles.');
    await setOption('enabled', true);
    await waitForMarks(page, 3);
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await page.close();
  });

  test('content added after load is marked; a page rewriting marked text keeps working', async () => {
    const page = await open('basic.html');
    await waitForMarks(page, 3);
    await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
    await expect.poll(() => page.$$eval('#added claimcheck-mark', (els) => els.length), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.$eval('#added claimcheck-mark', (m) => m.getAttribute('data-stance'))).toBe('hedges');
    await page.evaluate(() => (window as unknown as { rewriteFirst(): void }).rewriteFirst());
    await expect.poll(() => page.$eval('#p1 claimcheck-mark', (m) => m.getAttribute('data-claim-id')).catch(() => null), { timeout: 10_000 }).toBe('massage-boosts-circulation');
    await page.close();
  });

  test('an unrelated page gets no marks and never loads the NLP engine', async () => {
    const page = await open('unrelated.html');
    const tabId = await tabIdOf(ext, page);
    // The content script's own report, read as the popup reads it (page-api.ts): "no-candidates"
    // means stage 1 of the prefilter stopped before anything reached the background.
    const report = await expect
      .poll(() => ext.worker.evaluate(readPageReport, tabId).catch(() => null))
      .toMatchObject({ status: 'done', outcome: 'no-candidates' });
    void report;
    expect(await markIds(page)).toEqual([]);
    await page.close();
  });

  /**
   * A page that ends up with nothing to check gets no page checker; the claim its script adds
   * later (window.addLater) is marked, by the checker then loaded.
   */
  async function checkerOnlyForTheClaimAddedLater(pageName: string, report: Record<string, unknown>) {
    const page = await open(pageName);
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => ext.worker.evaluate(readPageReport, tabId).catch(() => null)).toMatchObject(report);
    // The page checker (entrypoints/checker.ts) publishes itself in the content scripts' isolated world once injected.
    const checker = () => ext.worker.evaluate(readIsolatedGlobal, { tabId, name: '__claimcheckChecker' });
    expect(await checker()).toBe('undefined');
    await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
    await waitForMarks(page, 1);
    expect(await markIds(page)).toEqual(['massage-flushes-toxins']);
    expect(await checker()).toBe('function');
    await page.close();
  }

  test('a page without candidate words loads only the probe; a claim added later is marked', async () => {
    await checkerOnlyForTheClaimAddedLater('quiet.html', { status: 'done', outcome: 'no-candidates' });
  });

  test('a page with anchor words that never names the topic stops at the probe; a claim added later is marked', async () => {
    // "no-candidates": nothing reached the background (its engine would have read the page: "complete").
    await checkerOnlyForTheClaimAddedLater('everyday.html', { status: 'done', outcome: 'no-candidates' });
  });

  test('a page whose candidate words make no claim never loads the checker; a claim added later is marked', async () => {
    // The probe's first look: the engine in the background read the page's candidate text and found nothing.
    await checkerOnlyForTheClaimAddedLater('topical.html', { status: 'done', outcome: 'complete', mentions: [] });
  });

  test('the article fixtures are marked and pages raise no errors', async () => {
    const page = await open('news-evidence-massage.html');
    await waitForMarks(page, 3);
    expect(await page.$$eval('textarea claimcheck-mark, script claimcheck-mark, style claimcheck-mark', (els) => els.length)).toBe(0);
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
