/**
 * The engine as the background runs it for content scripts: scans of the chunks of page text in
 * which their prefilter found anchor words. It is created on first use, so starting the background
 * (a service worker that Chrome stops and restarts often) costs little. Running here rather than
 * in the page keeps compromise and the claims bundle off every page's main thread.
 */
import bundle from 'virtual:claims-bundle';
import { createScanner, type Scanner } from '../engine/scanner';
import type { ClaimInfo } from '../engine/types';
import { offStatus, type Settings } from '../settings/model';
import type { ScanReply } from './messages';

/**
 * Time for one chunk (about 50,000 characters). Generous, since no page waits on this thread;
 * still bounded, so a hostile page cannot keep the background busy for long.
 */
const CHUNK_BUDGET_MS = 1000;

let scanner: Scanner | undefined;
const engine = () => (scanner ??= createScanner(bundle));

/** Scans a chunk of the page at `url`, unless the settings switch the extension off there. */
export function scanText(text: string, url: string, settings: Settings): ScanReply {
  const off = offStatus(settings, url);
  if (off) return { matches: [], claims: [], outcome: 'no-candidates', settings, off };
  const { claims, scan } = engine();
  const { matches, outcome } = scan(text, { budgetMs: CHUNK_BUDGET_MS });
  const used = new Set(matches.map((m) => m.claimId));
  return { matches, outcome, settings, claims: [...used].map((id) => claims.get(id)).filter((c): c is ClaimInfo => c !== undefined) };
}
