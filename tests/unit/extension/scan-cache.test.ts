import { describe, expect, test } from 'vitest';
import { createScanCache } from '../../../src/extension/scan-cache';
import type { ScanReply } from '../../../src/extension/messages';
import { DEFAULT_SETTINGS } from '../../../src/settings/model';

const reply = (outcome: ScanReply['outcome']): ScanReply => ({ matches: [], claims: [], outcome, settings: DEFAULT_SETTINGS });

describe('extension/scan-cache', () => {
  test('hands a kept answer out once, for the same text only', () => {
    const cache = createScanCache();
    const answer = reply('complete');
    cache.keep('1:0', 'Massage flushes toxins.', answer);
    expect(cache.take('1:0', 'Massage flushes toxins!')).toBeUndefined();
    expect(cache.take('1:0', 'Massage flushes toxins.')).toBe(answer);
    expect(cache.take('1:0', 'Massage flushes toxins.')).toBeUndefined();
  });

  test("a frame's new look drops what its last one left; other frames keep theirs", () => {
    const cache = createScanCache();
    cache.keep('1:0', 'a', reply('complete'));
    cache.keep('2:0', 'a', reply('time-budget'));
    cache.forget('1:0');
    expect(cache.take('1:0', 'a')).toBeUndefined();
    expect(cache.take('2:0', 'a')?.outcome).toBe('time-budget');
  });

  test('keeps the latest frames only', () => {
    const cache = createScanCache(2);
    cache.keep('1:0', 'a', reply('complete'));
    cache.keep('2:0', 'a', reply('complete'));
    cache.keep('3:0', 'a', reply('complete'));
    expect(cache.take('1:0', 'a')).toBeUndefined();
    expect(cache.take('2:0', 'a')).toBeDefined();
    expect(cache.take('3:0', 'a')).toBeDefined();
  });
});
