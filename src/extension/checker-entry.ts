/**
 * How the probe (on every page) and the page checker (injected once a page holds candidate words)
 * meet: the checker script publishes its start function under this name (src/page/on-demand.ts).
 */
export const CHECKER_GLOBAL = '__claimcheckChecker';

export interface CheckerStart {
  /** The probe's stage-1 test, already built (and its expression compiled) for this page. */
  hasAnchor: (text: string) => boolean;
}

/** Starts the page checker; returns what stops it (marks removed, watchers gone). */
export type StartPageChecker = (options: CheckerStart) => { stop(): void };
