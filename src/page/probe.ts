/**
 * The probe, the only script this extension runs on every page: a quick read of the page's text
 * nodes for candidate words (candidate-text.ts), and, on a page without any, a watch for changes
 * that bring some. Most of the web holds no candidate word, so for most pages this is all the
 * extension costs; the page checker (reading, the engine, marks) is loaded only when the probe
 * finds something, and takes over from there. After the first read, a second look (`confirm`)
 * may still find there is nothing to check: most pages with candidate words hold no claim.
 */
import { changeMayHoldClaim, readForCandidates, type CandidateTest } from './candidate-text';
import { yieldToPage } from './slicing';

export interface ProbeDeps {
  doc: Document;
  /** Does the page hold candidates, with this text read (candidate-text.ts)? */
  isCandidate: CandidateTest;
  /** Called once, when the page holds candidate words (as it loads or after a change). */
  onCandidates: () => void;
  /**
   * A second look at a page whose first read found candidate words, before handing over: false
   * when there is nothing to check after all (the probe then keeps watching). Changes that bring
   * candidate words while it looks hand over anyway.
   */
  confirm?: () => Promise<boolean>;
}

export type ProbeState = 'reading' | 'confirming' | 'none' | 'found';

export interface Probe {
  /**
   * 'reading' until the first read is over, 'confirming' during the second look; 'none' while
   * the page holds nothing to check; 'found' once it did.
   */
  state(): ProbeState;
  stop(): void;
}

export function startProbe({ doc, isCandidate, onCandidates, confirm }: ProbeDeps): Probe {
  const win = doc.defaultView!;
  let state: ProbeState = 'reading';
  let stopped = false;
  /** A change brought candidate words during the second look. */
  let changedMeanwhile = false;
  /** Nothing left to do: stopped, or the checker took over. */
  const over = () => stopped || state === 'found';

  const handOver = () => {
    if (over()) return;
    state = 'found';
    observer.disconnect();
    onCandidates();
  };

  /** After the first read, the second look decides; after a change, the changed text did. */
  const found = (byFirstRead: boolean) => {
    if (over()) return;
    if (state === 'confirming') {
      changedMeanwhile = true;
      return;
    }
    if (!byFirstRead || !confirm) return handOver();
    state = 'confirming';
    // In a task of its own: the first read may have used up its slice in this one.
    yieldToPage(win)
      .then(confirm)
      .then(
        (check) => {
          if (over()) return;
          if (check || changedMeanwhile) handOver();
          else state = 'none';
        },
        () => handOver(),
      );
  };

  /**
   * Changed text is tested with the rest of its block (a word may have been completed); added
   * nodes by their own text, so a feed growing into a large container costs only what it adds.
   */
  const mayHold = (r: MutationRecord) =>
    r.type === 'characterData' ? changeMayHoldClaim(r.target, doc.body, isCandidate.add) : [...r.addedNodes].some((n) => isCandidate.add(n.textContent ?? ''));
  // Changes during the first read are looked at too: the read may already have passed them.
  const observer = new win.MutationObserver((records) => {
    if (records.some(mayHold)) found(false);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  // In a task of its own: evaluating this script is already one.
  win.setTimeout(async () => {
    if (over()) return;
    const candidates = await readForCandidates(doc.body, win, isCandidate, () => !over());
    if (candidates === undefined) return;
    if (candidates) found(true);
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
