/**
 * Settles as `promise` does, but from a timer task whose callback is this script's own function.
 * The extension API settles its promises natively, so code awaiting a reply would run in a
 * microtask that a trace ties to no script; resumed from our timer, it runs inside a task the trace
 * names by the extension's URL, as tech-notes.md measures a content script (bench/page.ts without
 * the sampler). The page also gets a turn between the reply and the work done with it.
 */
export function inOwnTask<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    promise.then(
      (value) => setTimeout(() => resolve(value), 0),
      (error: unknown) => setTimeout(() => reject(error), 0),
    );
  });
}
