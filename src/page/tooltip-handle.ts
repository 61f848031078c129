/**
 * The tooltip (Preact and WXT's shadow-root UI) is a separate script, injected by the background
 * into a frame only once it has marks; it leaves its factory on this global of the content
 * script's isolated world (never visible to the page's own scripts). Pages without marks never
 * load it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TooltipController, TooltipOptions } from './tooltip-controller';

export const TOOLTIP_GLOBAL = '__claimcheckTooltip';

/** Mounts the tooltip's shadow root, tied to the content script's context, and returns its controller. */
export type CreateTooltip = (ctx: ContentScriptContext, options: Omit<TooltipOptions, 'mount'>) => Promise<TooltipController>;

type TooltipGlobal = typeof globalThis & { [TOOLTIP_GLOBAL]?: CreateTooltip };

export function publishTooltip(create: CreateTooltip): void {
  (globalThis as TooltipGlobal)[TOOLTIP_GLOBAL] = create;
}

let pending: Promise<CreateTooltip> | undefined;

/** The tooltip factory, injecting its script once per frame on first use. */
export function loadTooltip(inject: () => Promise<unknown>): Promise<CreateTooltip> {
  const ready = (globalThis as TooltipGlobal)[TOOLTIP_GLOBAL];
  if (ready) return Promise.resolve(ready);
  pending ??= inject().then(() => {
    const create = (globalThis as TooltipGlobal)[TOOLTIP_GLOBAL];
    if (!create) throw new Error('the tooltip script ran but did not publish its factory');
    return create;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
