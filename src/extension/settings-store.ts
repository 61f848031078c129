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

/** The last change under way in this script: the next one waits for it. */
let changing: Promise<unknown> = Promise.resolve();

/**
 * Reads the settings, changes them and writes them back, one change after another: two made at
 * once (quick clicks on the options page) would otherwise both read the old value, and the later
 * write would drop the earlier change.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = changing.then(async () => {
    const next = normalizeSettings(change(await getSettings()));
    await settingsValue.set(next);
    return next;
  });
  changing = run.catch(() => undefined);
  return run;
}

/** Calls back with normalized settings on every change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsValue.watch((value) => callback(normalizeSettings(value)));
}
