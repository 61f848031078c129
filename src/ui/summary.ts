/** Groups a page's mentions by claim and verdict for the popup and the reports. */
import { VERDICTS, type ClaimInfo, type Stance, type Verdict } from '../engine/types';
import type { Mention } from '../extension/messages';

export interface ClaimSummary {
  claim: ClaimInfo;
  count: number;
  /** Stances seen, in order of first appearance. */
  stances: Stance[];
  /**
   * The stance of the most mentions: it picks the note shown. On a tie a stance the page takes beats a
   * hedge (a question that hedges a claim and the answer under it that disputes it: the page disputes it);
   * between asserting and disputing, the first seen.
   */
  mainStance: Stance;
}

export interface VerdictGroup {
  verdict: Verdict;
  claims: ClaimSummary[];
  count: number;
}

export function summarize(mentions: readonly Mention[], claims: ReadonlyMap<string, ClaimInfo>): VerdictGroup[] {
  const byClaim = new Map<string, { claim: ClaimInfo; stanceCounts: Map<Stance, number>; count: number }>();
  for (const m of mentions) {
    const claim = claims.get(m.claimId);
    if (!claim) continue;
    const entry = byClaim.get(m.claimId) ?? { claim, stanceCounts: new Map(), count: 0 };
    entry.count++;
    entry.stanceCounts.set(m.stance, (entry.stanceCounts.get(m.stance) ?? 0) + 1);
    byClaim.set(m.claimId, entry);
  }
  return VERDICTS.map((verdict) => {
    const list = [...byClaim.values()]
      .filter((e) => e.claim.verdict === verdict)
      .map((e) => {
        const stances = [...e.stanceCounts.keys()];
        const weight = (stance: Stance) => e.stanceCounts.get(stance)! * 2 + (stance === 'hedges' ? 0 : 1);
        const mainStance = stances.reduce((a, b) => (weight(b) > weight(a) ? b : a));
        return { claim: e.claim, count: e.count, stances, mainStance };
      })
      .sort((a, b) => b.count - a.count || a.claim.title.localeCompare(b.claim.title));
    return { verdict, claims: list, count: list.reduce((n, c) => n + c.count, 0) };
  }).filter((g) => g.claims.length > 0);
}
