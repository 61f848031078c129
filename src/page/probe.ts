/**
 * The probe, the only script this extension runs on every page: a quick read of the page's text
 * nodes for candidate words (candidate-text.ts), and, on a page without any, a watch for changes
 * that bring some. Most of the web holds no candidate word, so for most pages this is all the
 * extension costs; the page checker (reading, the engine, marks) is loaded only when the probe
 * finds something, and takes over from there.
 */
import { candidateScan, changeMayHoldClaim } from './candidate-text';
import { SLICE_MS, yieldToPage } from './slicing';

export interface ProbeDeps {
  doc: Document;
  /** Does this text hold candidate words? */
  isCandidate: (text: string) => boolean;
  /** Called once, when the page holds candidate words (as it loads or after a change). */
  onCandidates: () => void;
}

export interface Probe {
  /** 'reading' until the first read is over; 'none' while the page holds no candidate word; 'found' once it did. */
  state(): 'reading' | 'none' | 'found';
  stop(): void;
}

export function startProbe({ doc, isCandidate, onCandidates }: ProbeDeps): Probe {
  const win = doc.defaultView!;
  let state: 'reading' | 'none' | 'found' = 'reading';
  let stopped = false;
  /** Nothing left to do: stopped, or the checker took over. */
  const over = () => stopped || state === 'found';

  const found = () => {
    if (over()) return;
    state = 'found';
    observer.disconnect();
    onCandidates();
  };

  /**
   * Changed text is tested with the rest of its block (a word may have been completed); added
   * nodes by their own text, so a feed growing into a large container costs only what it adds.
   */
  const mayHold = (r: MutationRecord) =>
    r.type === 'characterData' ? changeMayHoldClaim(r.target, doc.body, isCandidate) : [...r.addedNodes].some((n) => isCandidate(n.textContent ?? ''));
  // Changes during the first read are looked at too: the read may already have passed them.
  const observer = new win.MutationObserver((records) => {
    if (records.some(mayHold)) found();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  // In a task of its own: evaluating this script is already one.
  win.setTimeout(async () => {
    if (over()) return;
    const quick = candidateScan(doc.body, isCandidate);
    let candidates: boolean | undefined;
    while ((candidates = quick.step(performance.now() + SLICE_MS)) === undefined) {
      await yieldToPage(win);
      if (over()) return;
    }
    if (candidates) found();
    else if (state === 'reading') state = 'none';
  }, 0);

  return {
    state: () => state,
    stop() {
      stopped = true;
      observer.disconnect();
    },
  };
}
