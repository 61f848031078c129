import { describe, expect, it } from 'vitest';
import { yieldToPage } from '../../../src/page/slicing';

describe('yieldToPage', () => {
  it("resumes through a timer whose callback is this script's own function, not the promise's native resolve", async () => {
    const callbacks: Array<() => void> = [];
    const win = { setTimeout: (cb: () => void) => callbacks.push(cb) } as unknown as Window;
    let resumed = false;
    const yielded = yieldToPage(win).then(() => (resumed = true));
    expect(callbacks).toHaveLength(1);
    // A trace names the script of a timer's callback: a native function carries no URL, and the
    // slice that resumes after it would then be nobody's time (bench/page.ts without the sampler).
    expect(Function.prototype.toString.call(callbacks[0])).not.toContain('[native code]');
    expect(resumed).toBe(false);
    callbacks[0]!();
    await yielded;
    expect(resumed).toBe(true);
  });
});
