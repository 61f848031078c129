/**
 * The content script starts with the prefilter only. When it finds candidate words it asks the
 * background to inject the engine script, which leaves a Scanner on this global of the content
 * script's isolated world (never visible to the page's own scripts).
 */
import type { Scanner } from '../engine/scanner';

export const ENGINE_GLOBAL = '__claimcheckScanner';

type EngineGlobal = typeof globalThis & { [ENGINE_GLOBAL]?: Scanner };

export function publishScanner(scanner: Scanner): void {
  (globalThis as EngineGlobal)[ENGINE_GLOBAL] = scanner;
}

let pending: Promise<Scanner> | undefined;

/** The engine, injecting it once per frame on first use. */
export function loadScanner(inject: () => Promise<unknown>): Promise<Scanner> {
  const ready = (globalThis as EngineGlobal)[ENGINE_GLOBAL];
  if (ready) return Promise.resolve(ready);
  pending ??= inject().then(() => {
    const scanner = (globalThis as EngineGlobal)[ENGINE_GLOBAL];
    if (!scanner) throw new Error('the engine script ran but did not publish a scanner');
    return scanner;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
