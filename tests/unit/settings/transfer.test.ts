import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION } from '../../../src/settings/model';
import { EXPORT_KIND, exportSettings, ImportError, importSettings } from '../../../src/settings/transfer';

describe('settings/transfer', () => {
  test('export -> import round trip', () => {
    const settings = normalizeSettings({
      enabled: false,
      pausedSites: ['example.com', 'localhost:8080'],
      verdicts: { supported: true, mixed: false },
      markStyle: 'background',
      palette: 'colorblind',
      tooltipTrigger: 'click',
      markHedges: false,
    });
    const text = exportSettings(settings);
    expect(JSON.parse(text)).toMatchObject({ kind: EXPORT_KIND, version: SETTINGS_VERSION });
    expect(importSettings(text)).toEqual(settings);
  });

  test('defaults round-trip too', () => {
    expect(importSettings(exportSettings(normalizeSettings(undefined)))).toEqual(DEFAULT_SETTINGS);
  });

  test('an export with corrupt fields is normalized, keeping the valid ones', () => {
    const text = JSON.stringify({ kind: EXPORT_KIND, version: 1, settings: { markStyle: 'huge', enabled: false } });
    expect(importSettings(text)).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  test.each([
    ['not JSON', 'enabled: true', /not JSON/],
    ['empty file', '', /not JSON/],
    ['JSON null', 'null', /not a Claim Check settings export/],
    ['a JSON array', '[]', /not a Claim Check settings export/],
    ['wrong kind', JSON.stringify({ kind: 'other-extension', version: 1, settings: {} }), /not a Claim Check settings export/],
    ['no version', JSON.stringify({ kind: EXPORT_KIND, settings: {} }), /no valid version/],
    ['version 0', JSON.stringify({ kind: EXPORT_KIND, version: 0, settings: {} }), /no valid version/],
    ['missing settings', JSON.stringify({ kind: EXPORT_KIND, version: 1 }), /not a Claim Check settings export/],
    ['settings not an object', JSON.stringify({ kind: EXPORT_KIND, version: 1, settings: 'x' }), /not a Claim Check settings export/],
    ['newer version', JSON.stringify({ kind: EXPORT_KIND, version: SETTINGS_VERSION + 1, settings: {} }), /newer version.*Update the extension/],
    ['version missing', JSON.stringify({ kind: EXPORT_KIND, settings: {} }), /version/],
  ])('import rejects %s with a clear message', (_name, text, message) => {
    expect(() => importSettings(text)).toThrow(ImportError);
    expect(() => importSettings(text)).toThrow(message);
  });
});
