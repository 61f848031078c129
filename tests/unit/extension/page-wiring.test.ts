// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { callPageApi, PAGE_API_GLOBAL, publishPageApi } from '../../../src/extension/page-api';
import { watchForNewerCopy } from '../../../src/extension/newer-copy';
import { watchUrl } from '../../../src/page/url-watch';
import { browser } from 'wxt/browser';
import { startProbeContent } from '../../../src/extension/probe-content';
import type { PageReport } from '../../../src/extension/messages';
import { quickAnchors } from '../../../src/engine/anchor-prefix';

afterEach(() => {
  publishPageApi(undefined);
  vi.useRealTimers();
});

describe('extension/page-api', () => {
  test('the popup-side call reaches the published API, with its arguments', () => {
    const report = { url: 'https://a.test/', status: 'done', mentions: [], hidden: 0, aboutBackPain: false };
    const showMark = vi.fn(() => true);
    publishPageApi({ report: () => report as never, showMark });
    expect(callPageApi(PAGE_API_GLOBAL, 'report', [])).toEqual(report);
    expect(callPageApi(PAGE_API_GLOBAL, 'showMark', ['massage-flushes-toxins', 2])).toBe(true);
    expect(showMark).toHaveBeenCalledWith('massage-flushes-toxins', 2);
  });

  test('answers null where no content script published its API', () => {
    expect(callPageApi(PAGE_API_GLOBAL, 'report', [])).toBeNull();
  });

  test('is self-contained, as scripting.executeScript needs (it is sent as source)', () => {
    const rebuilt = new Function(`return (${callPageApi.toString()})`)() as typeof callPageApi;
    publishPageApi({ report: () => ({ status: 'done' }) as never, showMark: () => false });
    expect(rebuilt(PAGE_API_GLOBAL, 'report', [])).toEqual({ status: 'done' });
  });
});

describe('extension/newer-copy', () => {
  test('an older copy stops when a newer one starts; the newer one keeps running', () => {
    const older = vi.fn();
    const newer = vi.fn();
    watchForNewerCopy(document, older);
    const stopNewer = watchForNewerCopy(document, newer);
    expect(older).toHaveBeenCalledTimes(1);
    expect(newer).not.toHaveBeenCalled();
    stopNewer();
  });
});

describe('page/url-watch', () => {
  test('without the Navigation API, a changed URL is noticed by the next poll, once', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchUrl(window, onChange);
    vi.advanceTimersByTime(1500);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState({}, '', '/view-two');
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    history.pushState({}, '', '/view-three');
    vi.advanceTimersByTime(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('with the Navigation API, it listens for currententrychange instead of polling', () => {
    const target = new EventTarget();
    const win = { location: { href: 'https://a.test/one' }, navigation: target, setInterval: vi.fn(), clearInterval: vi.fn() } as unknown as Window;
    const onChange = vi.fn();
    const stop = watchUrl(win, onChange);
    target.dispatchEvent(new Event('currententrychange'));
    expect(onChange).not.toHaveBeenCalled(); // same URL (a replaced state): nothing to rescan
    (win.location as { href: string }).href = 'https://a.test/two';
    target.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    (win.location as { href: string }).href = 'https://a.test/three';
    target.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(win.setInterval).not.toHaveBeenCalled();
  });
});

describe('extension/probe-content', () => {
  test('a page whose checker cannot be injected is reported as not checked, not as being checked', async () => {
    document.body.innerHTML = '<p>Massage flushes toxins.</p>';
    // The background's answer when the frame cannot be scripted.
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Cannot access contents of the page'));
    try {
      startProbeContent({ prefilter: quickAnchors(['massage']) });
      await vi.waitFor(() => expect((callPageApi(PAGE_API_GLOBAL, 'report', []) as PageReport).status).toBe('failed'));
      expect(sendMessage).toHaveBeenCalledWith({ type: 'load-checker' });
    } finally {
      sendMessage.mockRestore();
      document.body.replaceChildren();
    }
  });
});
