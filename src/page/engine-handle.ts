/**
 * The content script starts with the prefilter only. When the prefilter finds candidates it asks
 * the background to inject the engine script, which leaves the scanner and the tooltip on this
 * global of the content script's isolated world (never visible to the page's own scripts). Pages
 * without candidates never load either.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Scanner } from '../engine/scanner';
import type { TooltipController, TooltipOptions } from './tooltip-controller';

export const ENGINE_GLOBAL = '__claimcheckEngine';

/** What the injected engine script provides. */
export interface Engine {
  scanner: Scanner;
  /** Mounts the tooltip's shadow root, tied to the content script's context, and returns its controller. */
  createTooltip(ctx: ContentScriptContext, options: Omit<TooltipOptions, 'mount'>): Promise<TooltipController>;
}

type EngineGlobal = typeof globalThis & { [ENGINE_GLOBAL]?: Engine };

export function publishEngine(engine: Engine): void {
  (globalThis as EngineGlobal)[ENGINE_GLOBAL] = engine;
}

let pending: Promise<Engine> | undefined;

/** The engine, injecting it once per frame on first use. */
export function loadEngine(inject: () => Promise<unknown>): Promise<Engine> {
  const ready = (globalThis as EngineGlobal)[ENGINE_GLOBAL];
  if (ready) return Promise.resolve(ready);
  pending ??= inject().then(() => {
    const engine = (globalThis as EngineGlobal)[ENGINE_GLOBAL];
    if (!engine) throw new Error('the engine script ran but did not publish the engine');
    return engine;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
