// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageReport, ScanReply } from '../../../src/extension/messages';
import { startChecker, type Checker } from '../../../src/page/checker';
import { DEFAULT_SETTINGS } from '../../../src/settings/model';

let checker: Checker | undefined;

afterEach(() => {
  checker?.stop();
  document.body.replaceChildren();
});

const noMatches: ScanReply = { matches: [], claims: [], outcome: 'complete', settings: DEFAULT_SETTINGS };

/** A checker on a page holding a candidate word, whose engine answers with `scan`. */
function checkerWith(scan: (text: string) => Promise<ScanReply>) {
  document.body.innerHTML = '<p>Massage flushes toxins out of the muscles.</p>';
  const reports: PageReport[] = [];
  checker = startChecker({
    doc: document,
    url: () => 'https://a.test/',
    hasAnchor: (text) => /massage/i.test(text),
    candidatesKnown: true,
    scan,
    report: (r) => reports.push(r),
    createMarker: () => Promise.reject(new Error('no marks in this test')),
  });
  return reports;
}

describe('page/checker', () => {
  test('a scan the background does not answer leaves the page reported as not checked, not as being checked', async () => {
    const reports = checkerWith(() => Promise.reject(new Error('no answer')));
    await vi.waitFor(() => expect(checker!.getReport().status).toBe('failed'));
    expect(reports.map((r) => r.status)).toEqual(['failed']);
    expect(checker!.getReport().mentions).toEqual([]);
  });

  test('the next scan that is answered reports the page as checked again', async () => {
    const scan = vi.fn<(text: string) => Promise<ScanReply>>().mockRejectedValueOnce(new Error('no answer')).mockResolvedValue(noMatches);
    const reports = checkerWith(scan);
    await vi.waitFor(() => expect(checker!.getReport().status).toBe('failed'));
    await checker!.rescan();
    expect(checker!.getReport()).toMatchObject({ status: 'done', outcome: 'complete', mentions: [] });
    expect(scan).toHaveBeenCalledTimes(2);
    // The badge goes back from "could not be checked" to the blank state.
    expect(reports.map((r) => r.status)).toEqual(['failed', 'done']);
  });
});
