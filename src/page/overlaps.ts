/**
 * Marks cannot overlap (one element per occurrence). When two claims share words, the one that
 * starts first wins; on a tie, the more serious verdict.
 */
import { VERDICTS, type ClaimMatch } from '../engine/types';

export function withoutOverlaps(matches: readonly ClaimMatch[]): ClaimMatch[] {
  const sorted = [...matches].sort(
    (a, b) => a.start - b.start || VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || b.end - a.end,
  );
  const kept: ClaimMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}
