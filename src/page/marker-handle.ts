/**
 * The page marker (marks, the tooltip, Preact and WXT's shadow-root UI) is a separate script,
 * injected by the background into a frame only once the engine found something to mark there
 * (on-demand.ts). Pages without marks never load it.
 */
import { loadEntry, publishEntry } from './on-demand';
import type { PageMarker, PageMarkerOptions } from './page-marker';

export const MARKER_GLOBAL = '__claimcheckMarker';

/** Creates the page marker (the marker script supplies its tooltip). */
export type CreateMarker = (options: Omit<PageMarkerOptions, 'createTooltip'>) => PageMarker;

export function publishMarker(create: CreateMarker): void {
  publishEntry(MARKER_GLOBAL, create);
}

/** The marker factory, injecting its script once per frame on first use. */
export function loadMarker(inject: () => Promise<unknown>): Promise<CreateMarker> {
  return loadEntry<CreateMarker>(MARKER_GLOBAL, inject);
}
