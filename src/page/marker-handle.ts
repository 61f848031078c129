/**
 * The page marker (marks, the tooltip, Preact and WXT's shadow-root UI) is a separate script,
 * injected by the background into a frame only once the engine found something to mark there; it
 * leaves its factory on this global of the content script's isolated world (never visible to the
 * page's own scripts). Pages without marks never load it.
 */
import type { PageMarker, PageMarkerOptions } from './page-marker';

export const MARKER_GLOBAL = '__claimcheckMarker';

/** Creates the page marker (the marker script supplies its tooltip). */
export type CreateMarker = (options: Omit<PageMarkerOptions, 'createTooltip'>) => PageMarker;

type MarkerGlobal = typeof globalThis & { [MARKER_GLOBAL]?: CreateMarker };

export function publishMarker(create: CreateMarker): void {
  (globalThis as MarkerGlobal)[MARKER_GLOBAL] = create;
}

let pending: Promise<CreateMarker> | undefined;

/** The marker factory, injecting its script once per frame on first use. */
export function loadMarker(inject: () => Promise<unknown>): Promise<CreateMarker> {
  const ready = (globalThis as MarkerGlobal)[MARKER_GLOBAL];
  if (ready) return Promise.resolve(ready);
  pending ??= inject().then(() => {
    const create = (globalThis as MarkerGlobal)[MARKER_GLOBAL];
    if (!create) throw new Error('the marker script ran but did not publish its factory');
    return create;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
