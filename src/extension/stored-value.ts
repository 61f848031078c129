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
  /** Calls back with the new value on every change; returns the unsubscribe function. */
  watch(callback: (value: unknown) => void): () => void;
}

export function storedValue<T>(area: 'sync' | 'local', key: string): StoredValue<T> {
  return {
    async get() {
      const items: Record<string, unknown> = await inOwnTask(browser.storage[area].get(key));
      return items[key];
    },
    async set(value) {
      await browser.storage[area].set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) callback(changes[key]!.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
