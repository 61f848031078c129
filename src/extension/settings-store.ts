/**
 * Settings in extension storage: the sync area (follows the user across devices where the browser
 * supports it), versioned so later shapes can migrate, and read through normalizeSettings so a
 * corrupt value never breaks the extension.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION, type Settings } from '../settings/model';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalized settings on every change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
