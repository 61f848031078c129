/**
 * Scripts the background injects into a frame only when they are needed (the page checker once a
 * page holds candidate words, the page marker once there is something to mark). Each leaves its
 * entry point on a global of the content script's isolated world, never visible to the page's own
 * scripts, where the script that asked for it picks it up.
 */

type Globals = typeof globalThis & Record<string, unknown>;

const pending = new Map<string, Promise<unknown>>();

/** Called by an injected script: its entry point, under its global's name. */
export function publishEntry<T>(global: string, entry: T): void {
  (globalThis as Globals)[global] = entry;
}

/** The entry point published under `global`, injecting its script (once per frame) if it is not there yet; a failed load is retried by the next call. */
export function loadEntry<T>(global: string, inject: () => Promise<unknown>): Promise<T> {
  const ready = (globalThis as Globals)[global];
  if (ready) return Promise.resolve(ready as T);
  let loading = pending.get(global);
  if (!loading) {
    loading = inject().then(() => {
      const entry = (globalThis as Globals)[global];
      if (!entry) throw new Error(`the script for ${global} ran but did not publish its entry point`);
      return entry;
    });
    pending.set(global, loading);
    loading.catch(() => pending.delete(global));
  }
  return loading as Promise<T>;
}
