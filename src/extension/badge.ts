/** Toolbar badge: number of marked mentions, coloured by the most serious verdict on the page. */
import { browser } from 'wxt/browser';
import { VERDICTS, type Verdict } from '../engine/types';
import type { PageReport } from './messages';

export const BADGE_COLOURS: Record<Verdict, string> = {
  contradicted: '#b3261e',
  unsupported: '#a04a00',
  mixed: '#6b5900',
  supported: '#1e6b34',
};

export function mostSerious(report: PageReport): Verdict | undefined {
  return VERDICTS.find((v) => report.mentions.some((m) => m.verdict === v));
}

export async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const count = report.mentions.length;
  const worst = mostSerious(report);
  await action.setBadgeText({ tabId, text: report.status === 'paused' || report.status === 'disabled' ? '' : count > 0 ? String(Math.min(count, 999)) : '' });
  if (worst) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst] });
  await action.setTitle({ tabId, title: badgeTitle(report) });
}

function badgeTitle(report: PageReport): string {
  if (report.status === 'paused') return 'Claim Check: paused on this site';
  if (report.status === 'failed') return 'Claim Check: this page could not be checked';
  const count = report.mentions.length;
  return count > 0 ? `Claim Check: ${count} claim mention(s) marked on this page` : 'Claim Check';
}
