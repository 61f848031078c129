import { beforeEach, describe, expect, test, vi } from 'vitest';

const g = globalThis as Record<string, unknown>;

// WXT's test plugin installs a fake `browser`: each test sets up the globals it means.
beforeEach(() => {
  delete g.chrome;
  delete g.browser;
  vi.resetModules();
});

describe('extension/lazy-browser', () => {
  test('loading it does not touch the extension API; the first property read does, once', async () => {
    const touched = vi.fn();
    const api = { runtime: { id: 'ext-id' }, storage: { local: {} } };
    Object.defineProperty(g, 'chrome', { configurable: true, get: () => (touched(), api) });
    const { browser } = await import('../../../src/extension/lazy-browser');
    expect(touched).not.toHaveBeenCalled();
    expect(browser.runtime.id).toBe('ext-id');
    expect(browser.storage).toBe(api.storage);
    expect(touched).toHaveBeenCalledTimes(1);
  });

  test("prefers Firefox's browser object when it belongs to an extension", async () => {
    g.chrome = { runtime: { id: 'from-chrome' } };
    g.browser = { runtime: { id: 'from-browser' } };
    const { browser } = await import('../../../src/extension/lazy-browser');
    expect(browser.runtime.id).toBe('from-browser');
  });

  test('says clearly when there is no extension API', async () => {
    const { browser } = await import('../../../src/extension/lazy-browser');
    expect(() => browser.runtime).toThrow(/extension API is not available/);
  });
});
