import { describe, expect, test, vi } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { createScanner } from '../../../src/engine/scanner';
import { firstLook } from '../../../src/extension/first-look';
import type { ScanReply } from '../../../src/extension/messages';
import { DEFAULT_SETTINGS } from '../../../src/settings/model';

const scanner = createScanner(loadClaims().bundle);
/** The engine's reply to a chunk, as the background gives it with the extension on. */
const engine = (text: string): ScanReply => ({ ...scanner.scan(text), claims: [], settings: DEFAULT_SETTINGS });

describe('extension/first-look', () => {
  test('a page whose candidate words make no claim needs no checker', () => {
    // Anchor words ("massage", "heat", "ice-cold"), but stage 2 of the prefilter turns both chunks away.
    expect(firstLook(['Massage the kale with the dressing for two minutes.\n', 'Heat the pan and add the ice-cold water.'], engine)).toEqual({ check: false, outcome: 'no-candidates' });
    // This one reaches the NLP stage, which finds no claim.
    expect(firstLook(['Our football team needs a massage therapist for the back four.'], engine)).toEqual({ check: false, outcome: 'complete' });
  });

  test('a claim in any chunk loads the checker, and the chunks after it are not scanned', () => {
    const scan = vi.fn(engine);
    expect(firstLook(['Heat the pan.\n', 'Massage flushes toxins out of your muscles.\n', 'Serve warm.'], scan).check).toBe(true);
    expect(scan).toHaveBeenCalledTimes(2);
    // Supported claims are not marked by default; the checker still runs, so the popup counts them as not marked.
    expect(firstLook(['Massage can ease low back pain for a while.'], engine).check).toBe(true);
  });

  test("a look that loads the checker hands over the chunks it scanned, for the checker's first scan; one that does not, none", () => {
    const kept: string[] = [];
    firstLook(['Heat the pan.\n', 'Massage flushes toxins out of your muscles.\n', 'Serve warm.'], engine, (text) => kept.push(text));
    expect(kept).toEqual(['Heat the pan.\n', 'Massage flushes toxins out of your muscles.\n']);
    kept.length = 0;
    firstLook(['Heat the pan.\n', 'Serve warm.'], engine, (text) => kept.push(text));
    expect(kept).toEqual([]);
  });

  test('a page where the extension is off loads the checker, which reports it', () => {
    const off = (): ScanReply => ({ matches: [], claims: [], outcome: 'no-candidates', settings: DEFAULT_SETTINGS, off: 'paused' });
    expect(firstLook(['Massage the kale.'], off).check).toBe(true);
  });

  test('a chunk cut short by the time budget makes the outcome partial', () => {
    const cut = (): ScanReply => ({ matches: [], claims: [], outcome: 'time-budget', settings: DEFAULT_SETTINGS });
    expect(firstLook(['a\n', 'b'], cut)).toEqual({ check: false, outcome: 'time-budget' });
  });
});
