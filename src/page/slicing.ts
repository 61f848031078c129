/**
 * Cooperative scheduling: long work runs in slices and yields to the page between them, so no
 * single task blocks the main thread for long (target: under 50 ms).
 */

/**
 * One slice's budget: a frame at 60 Hz. With the clock read every few dozen nodes, a slice can run
 * past it by some milliseconds, more on a slow machine: 25 ms left too little room under 50 ms.
 */
export const SLICE_MS = 16;

/**
 * Lets the page run before the next slice: input, paint, and the page's own tasks. A macrotask
 * (setTimeout), not scheduler.yield(): yield()'s continuation is queued ahead of the page's
 * timers, so a long scan made of many short slices still starved the page's own setTimeout and
 * setInterval callbacks (measured: a 10 ms interval stalled for 2.3 s during a 2 MB page's scan).
 */
export function yieldToPage(win: Window): Promise<void> {
  // Through a function of this script, not `resolve` itself: the timer's call then carries the
  // extension's script URL in a trace, and the slice that resumes after it (a promise
  // continuation, which carries none) runs inside that timer task, so a trace alone tells whose
  // time it is (tech-notes.md's way of measuring a content script).
  return new Promise((resolve) => win.setTimeout(() => resolve(), 0));
}

/** Returns a function that yields when the current slice has used up its time. */
export function slicer(win: Window, budget = SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budget) return;
    await yieldToPage(win);
    sliceStart = performance.now();
  };
}
