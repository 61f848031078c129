/** Settings export and import as JSON files; imports are validated with a clear error. */
import { normalizeSettings, SETTINGS_VERSION, type Settings } from './model';

export const EXPORT_KIND = 'claim-check-settings';

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: SETTINGS_VERSION, settings }, null, 2);
}

export class ImportError extends Error {}

export function importSettings(text: string): Settings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not JSON. Choose a file made with “Export settings”.');
  }
  const record = data as { kind?: unknown; version?: unknown; settings?: unknown } | null;
  if (!record || typeof record !== 'object' || record.kind !== EXPORT_KIND || typeof record.settings !== 'object' || record.settings === null) {
    throw new ImportError('This JSON file is not a Claim Check settings export.');
  }
  if (typeof record.version !== 'number' || !Number.isInteger(record.version) || record.version < 1) {
    throw new ImportError('This settings file has no valid version number. Choose a file made with “Export settings”.');
  }
  if (record.version > SETTINGS_VERSION) {
    throw new ImportError('These settings come from a newer version of Claim Check. Update the extension first.');
  }
  return normalizeSettings(record.settings);
}
