/**
 * Settings in extension storage: the sync area (follows the user across devices where the browser
 * supports it), always read through normalizeSettings, so a corrupt, partial or older value never
 * breaks the extension (it is the migration point when the shape changes).
 */
import { normalizeSettings, type Settings } from '../settings/model';
import { storedValue } from './stored-value';

const settingsValue = storedValue<Settings>('sync', 'settings');

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsValue.get());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsValue.set(normalizeSettings(settings));
}

/** Changes the settings; changes made at once in one script apply one after another (stored-value.ts update). */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return settingsValue.update((current) => normalizeSettings(change(normalizeSettings(current))));
}

/** Calls back with normalized settings on every change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsValue.watch((value) => callback(normalizeSettings(value)));
}
