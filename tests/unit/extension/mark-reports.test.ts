import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addMarkReport, getMarkReports, MAX_REPORTS } from '../../../src/extension/mark-reports';

beforeEach(() => fakeBrowser.reset());

const report = (n: number) => ({ claimId: 'massage-flushes-toxins', stance: 'asserts', text: `flushes toxins ${n}`, site: 'example.com', at: `2026-12-03T23:00:0${n}Z` });

describe('extension/mark-reports', () => {
  test('reports made at once (quick clicks on several marks) are all kept, in order', async () => {
    await Promise.all([1, 2, 3].map((n) => addMarkReport(report(n))));
    expect((await getMarkReports()).map((r) => r.text)).toEqual(['flushes toxins 1', 'flushes toxins 2', 'flushes toxins 3']);
  });

  test('a stored value that is not a list of reports reads as none, and the next report starts a new list', async () => {
    await fakeBrowser.storage.local.set({ 'mark-reports': { not: 'a list' } });
    expect(await getMarkReports()).toEqual([]);
    await addMarkReport(report(1));
    expect(await getMarkReports()).toHaveLength(1);
  });

  test(`only the last ${MAX_REPORTS} are kept`, async () => {
    await fakeBrowser.storage.local.set({ 'mark-reports': Array.from({ length: MAX_REPORTS }, (_, n) => ({ ...report(0), text: `old ${n}` })) });
    await addMarkReport(report(1));
    const all = await getMarkReports();
    expect(all).toHaveLength(MAX_REPORTS);
    expect(all[0]!.text).toBe('old 1');
    expect(all.at(-1)!.text).toBe('flushes toxins 1');
  });
});
