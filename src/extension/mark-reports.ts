/**
 * "This mark is wrong" reports, kept in local extension storage only (nothing is sent anywhere).
 * The options page lists, exports and clears them; curators can use an export to fix patterns.
 */
import { isRecord, isString } from '../settings/validate';
import { storedValue } from './stored-value';

export interface MarkReport {
  claimId: string;
  stance: string;
  /** The marked words, so a curator can see what was matched. */
  text: string;
  site: string;
  at: string;
}

function isMarkReport(v: unknown): v is MarkReport {
  return isRecord(v) && isString(v.claimId, 100) && isString(v.stance, 20) && isString(v.text, 500) && isString(v.site, 300) && isString(v.at, 40);
}

/** Oldest reports are dropped beyond this, so storage cannot grow without bound. */
export const MAX_REPORTS = 500;

const markReports = storedValue<MarkReport[]>('local', 'mark-reports');

/** The valid reports of a stored value (anything else is dropped). */
const validReports = (value: unknown): MarkReport[] => (Array.isArray(value) ? value.filter(isMarkReport) : []);

export async function getMarkReports(): Promise<MarkReport[]> {
  return validReports(await markReports.get());
}

/** Reports made at once in one page (quick clicks) are all kept: stored-value.ts update. */
export async function addMarkReport(report: MarkReport): Promise<void> {
  await markReports.update((current) => [...validReports(current), report].filter(isMarkReport).slice(-MAX_REPORTS));
}

export async function clearMarkReports(): Promise<void> {
  await markReports.set([]);
}
