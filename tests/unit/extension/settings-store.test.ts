import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, updateSettings } from '../../../src/extension/settings-store';

beforeEach(() => fakeBrowser.reset());

describe('extension/settings-store', () => {
  test('changes made at the same time all land: each reads what the one before it wrote', async () => {
    const defaults = await getSettings();
    await Promise.all([
      updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, 'example.com'] })),
      updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, 'example.org'] })),
      updateSettings((s) => ({ ...s, markHedges: !s.markHedges })),
    ]);
    const settings = await getSettings();
    expect(settings.pausedSites).toEqual(['example.com', 'example.org']);
    expect(settings.markHedges).toBe(!defaults.markHedges);
  });

  test('a change that fails does not stop the ones after it', async () => {
    const failed = updateSettings(() => {
      throw new Error('bad change');
    });
    const next = updateSettings((s) => ({ ...s, pausedSites: ['example.com'] }));
    await expect(failed).rejects.toThrow('bad change');
    expect((await next).pausedSites).toEqual(['example.com']);
  });
});
