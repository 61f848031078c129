/**
 * One value in extension storage, through the browser's own storage API. (WXT's storage wrapper,
 * with its migration locks and metadata keys, was most of the content script's set-up cost on
 * every page; versioning lives in normalizeSettings instead.) Values are read as unknown: callers
 * validate them.
 */
import { browser } from 'wxt/browser';
import { inOwnTask } from './own-task';

export interface StoredValue<T> {
  get(): Promise<unknown>;
  set(value: T): Promise<void>;
  /**
   * Reads the value, changes it and writes it back, after any change this script already has under
   * way: two changes made at once (quick clicks) would otherwise both read the old value, and the
   * later write would drop the earlier change. A change that throws rejects and stops no other.
   */
  update(change: (current: unknown) => T): Promise<T>;
  /** Calls back with the new value on every change; returns the unsubscribe function. */
  watch(callback: (value: unknown) => void): () => void;
}

export function storedValue<T>(area: 'sync' | 'local', key: string): StoredValue<T> {
  /** The last change under way: the next one waits for it. */
  let changing: Promise<unknown> = Promise.resolve();
  const value: StoredValue<T> = {
    async get() {
      const items: Record<string, unknown> = await inOwnTask(browser.storage[area].get(key));
      return items[key];
    },
    async set(next) {
      await browser.storage[area].set({ [key]: next });
    },
    update(change) {
      const run = changing.then(async () => {
        const next = change(await value.get());
        await value.set(next);
        return next;
      });
      changing = run.catch(() => undefined);
      return run;
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) callback(changes[key]!.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return value;
}
