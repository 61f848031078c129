/** The page report as Markdown (Copy report) and JSON (Download report). */
import type { ClaimInfo } from '../engine/types';
import type { PageReport } from '../extension/messages';
import { summarize } from './summary';
import { citationHref, citationLabel, NOT_MEDICAL_ADVICE, noteFor, STANCE_LABEL, VERDICT_LABEL } from './verdict';

export function reportMarkdown(report: PageReport, claims: ReadonlyMap<string, ClaimInfo>, claimsVersion: string): string {
  const lines = [`# Claim Check report`, '', `Page: ${report.url}`, `Checked with claims file ${claimsVersion}.`, ''];
  const groups = summarize(report.mentions, claims);
  if (groups.length === 0) lines.push('No marked claims on this page.', '');
  for (const group of groups) {
    lines.push(`## ${VERDICT_LABEL[group.verdict]} (${group.count})`, '');
    for (const s of group.claims) {
      lines.push(`- **${s.claim.title}** — ${s.count} mention(s); ${s.stances.map((st) => STANCE_LABEL[st].toLowerCase()).join(', ')}.`);
      lines.push(`  ${noteFor(s.claim, s.mainStance)}`);
      const c = s.claim.citations[0];
      if (c) lines.push(`  Source: ${citationLabel(c)}. ${citationHref(c) ?? ''}`.trimEnd());
    }
    lines.push('');
  }
  lines.push(`_${NOT_MEDICAL_ADVICE}_`);
  return lines.join('\n');
}

export function reportJson(report: PageReport, claimsVersion: string): string {
  return JSON.stringify({ url: report.url, claimsVersion, generated: new Date().toISOString(), mentions: report.mentions }, null, 2);
}
