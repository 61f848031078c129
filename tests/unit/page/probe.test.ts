// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPrefixAnchorTest } from '../../../src/engine/anchor-prefix';
import { candidateTest } from '../../../src/page/candidate-text';
import { loadEntry, publishEntry } from '../../../src/page/on-demand';
import { startProbe, type Probe } from '../../../src/page/probe';

/** A fresh test per probe: it remembers what the page held. */
const candidates = () => candidateTest(createPrefixAnchorTest(['massage', 'toxins']));
let probe: Probe | undefined;

/** A probe on a page with this body; resolves once its first read (and second look, if any) is over. */
async function probeOn(html: string, confirm?: () => Promise<boolean>) {
  document.body.innerHTML = html;
  const onCandidates = vi.fn();
  probe = startProbe({ doc: document, isCandidate: candidates(), onCandidates, confirm });
  await vi.waitFor(() => expect(['reading', 'confirming']).not.toContain(probe!.state()));
  return onCandidates;
}

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  probe?.stop();
  document.body.replaceChildren();
});

describe('page/probe', () => {
  test('a page with a candidate word hands over once', async () => {
    const onCandidates = await probeOn('<p>A quiet day.</p><p>Then a <b>massage</b>.</p>');
    expect(probe!.state()).toBe('found');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'More toxins.' }));
    await settle();
    expect(onCandidates).toHaveBeenCalledTimes(1);
  });

  test('words about back pain count as candidates (the popup offers the red-flag guidance)', async () => {
    expect(await probeOn('<p>My lower back hurts.</p>')).toHaveBeenCalledTimes(1);
  });

  test('a page without one waits; added text without one changes nothing, added text with one hands over', async () => {
    const onCandidates = await probeOn('<p>Tomatoes ripen late.</p><div id="feed"></div>');
    expect(probe!.state()).toBe('none');
    const feed = document.getElementById('feed')!;
    feed.append(Object.assign(document.createElement('p'), { textContent: 'Beans in rows.' }));
    await settle();
    expect(onCandidates).not.toHaveBeenCalled();
    feed.append(Object.assign(document.createElement('p'), { textContent: 'Massage flushes them out.' }));
    await settle();
    expect(onCandidates).toHaveBeenCalledTimes(1);
    expect(probe!.state()).toBe('found');
  });

  test('anchor words on a page that never names the topic: it waits, until a change names it', async () => {
    const confirm = vi.fn(async () => false);
    const onCandidates = await probeOn('<p>Toxins in the river.</p><div id="feed"></div>', confirm);
    expect(probe!.state()).toBe('none');
    expect(confirm).not.toHaveBeenCalled(); // nothing went to the engine
    const feed = document.getElementById('feed')!;
    feed.append(Object.assign(document.createElement('p'), { textContent: 'More toxins.' }));
    await settle();
    expect(onCandidates).not.toHaveBeenCalled();
    feed.append(Object.assign(document.createElement('p'), { textContent: 'Ask a physio.' }));
    await settle();
    expect(onCandidates).toHaveBeenCalledTimes(1);
  });

  test('after a second look found nothing, a change without candidate words changes nothing', async () => {
    const onCandidates = await probeOn('<p>Massage the kale.</p><div id="feed"></div>', async () => false);
    expect(probe!.state()).toBe('none');
    document.getElementById('feed')!.append(Object.assign(document.createElement('p'), { textContent: 'Beans in rows.' }));
    await settle();
    expect(onCandidates).not.toHaveBeenCalled();
  });

  test('changed text is read with its block: a word changed in place hands over', async () => {
    const onCandidates = await probeOn('<p>Remove the <span id="t">dirt</span> today, the therapist says.</p>');
    expect(onCandidates).not.toHaveBeenCalled();
    (document.getElementById('t')!.firstChild as Text).data = 'toxins';
    await settle();
    expect(onCandidates).toHaveBeenCalledTimes(1);
  });

  test('a second look that finds nothing to check keeps the probe watching; a later change hands over', async () => {
    const confirm = vi.fn(async () => false);
    const onCandidates = await probeOn('<p>Massage the kale for two minutes.</p>', confirm);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(onCandidates).not.toHaveBeenCalled();
    expect(probe!.state()).toBe('none');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Massage flushes toxins.' }));
    await settle();
    expect(onCandidates).toHaveBeenCalledTimes(1);
    expect(confirm).toHaveBeenCalledTimes(1); // a change's candidate words hand over without a second look
  });

  test('a second look that finds something, or fails, hands over', async () => {
    expect(await probeOn('<p>Massage flushes toxins.</p>', async () => true)).toHaveBeenCalledTimes(1);
    probe!.stop();
    expect(await probeOn('<p>Massage flushes toxins.</p>', () => Promise.reject(new Error('no answer')))).toHaveBeenCalledTimes(1);
  });

  test("the second look starts in a task of its own: the first read may have used up its slice", async () => {
    let aTaskPassed = false;
    // A timer set as the first read finds its word fires before any task set after it.
    const test = candidates();
    const spotting = {
      ...test,
      add: (text: string) => {
        const found = test.add(text);
        if (found) setTimeout(() => (aTaskPassed = true), 0);
        return found;
      },
    };
    let startedInLaterTask: boolean | undefined;
    document.body.innerHTML = '<p>Massage the kale.</p>';
    probe = startProbe({ doc: document, isCandidate: spotting, onCandidates: vi.fn(), confirm: async () => ((startedInLaterTask = aTaskPassed), false) });
    await vi.waitFor(() => expect(probe!.state()).toBe('none'));
    expect(startedInLaterTask).toBe(true);
  });

  test('candidate words added during the second look hand over, whatever it finds', async () => {
    let answer!: (check: boolean) => void;
    document.body.innerHTML = '<p>Massage the kale.</p>';
    const onCandidates = vi.fn();
    probe = startProbe({ doc: document, isCandidate: candidates(), onCandidates, confirm: () => new Promise((resolve) => (answer = resolve)) });
    await vi.waitFor(() => expect(probe!.state()).toBe('confirming'));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'It flushes toxins.' }));
    await settle();
    expect(onCandidates).not.toHaveBeenCalled();
    answer(false);
    await vi.waitFor(() => expect(onCandidates).toHaveBeenCalledTimes(1));
    expect(probe!.state()).toBe('found');
  });

  test('after stop, changes are not looked at', async () => {
    const onCandidates = await probeOn('<p>Tomatoes ripen late.</p>');
    probe!.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Massage flushes toxins.' }));
    await settle();
    expect(onCandidates).not.toHaveBeenCalled();
  });
});

describe('page/on-demand', () => {
  test('injects a script once, picks up the entry it published, and retries after a failed load', async () => {
    const name = '__claimcheckTestEntry';
    const failing = vi.fn(() => Promise.reject(new Error('frame cannot be scripted')));
    await expect(loadEntry(name, failing)).rejects.toThrow('frame cannot be scripted');
    const entry = () => 'started';
    const inject = vi.fn(async () => publishEntry(name, entry));
    const [a, b] = await Promise.all([loadEntry(name, inject), loadEntry(name, inject)]);
    expect(a).toBe(entry);
    expect(b).toBe(entry);
    expect(inject).toHaveBeenCalledTimes(1);
    await expect(loadEntry('__claimcheckSilent', async () => undefined)).rejects.toThrow('did not publish its entry point');
  });
});
