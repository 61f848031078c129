/**
 * Cooperative scheduling: long work runs in slices and yields to the page between them, so no
 * single task blocks the main thread for long (target: under 50 ms).
 */

export const SLICE_MS = 25;

/** Lets the browser handle input and paint before the next slice. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
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
