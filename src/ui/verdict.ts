/** Words for the verdict, stance and certainty vocabularies, shared by tooltip, popup and reports. */
import type { Certainty, ClaimInfo, Stance, Verdict } from '../engine/types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported by evidence',
  mixed: 'Mixed or limited evidence',
  unsupported: 'Not supported by evidence',
  contradicted: 'Contradicted by evidence',
};

export const STANCE_LABEL: Record<Stance, string> = {
  asserts: 'The page states this',
  hedges: 'The page hedges this',
  disputes: 'The page disputes this',
};

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  high: 'High certainty evidence',
  moderate: 'Moderate certainty evidence',
  low: 'Low certainty evidence',
  'very-low': 'Very low certainty evidence',
  insufficient: 'Too little evidence to judge',
};

/** The note for this stance: a disputing page gets the "agrees with the evidence" note. */
export function noteFor(claim: ClaimInfo, stance: Stance): string {
  if (stance === 'disputes') return claim.notes.disputes;
  if (stance === 'hedges') return claim.notes.hedges ?? claim.notes.asserts;
  return claim.notes.asserts;
}

/** One line for screen readers and the popup: verdict and stance in plain words. */
export function describeMention(claim: ClaimInfo, stance: Stance): string {
  return `Claim check: ${claim.title}. ${VERDICT_LABEL[claim.verdict]}. ${STANCE_LABEL[stance]}.`;
}

export const NOT_MEDICAL_ADVICE = 'General information, not medical advice.';

export function citationHref(c: { doi?: string; url?: string }): string | undefined {
  return c.doi ? `https://doi.org/${c.doi}` : c.url;
}

/** "Authors (2015). Title" with "n.d." for undated web pages. */
export function citationLabel(c: { authors: string; title: string; year?: number }): string {
  return `${c.authors} (${c.year ?? 'n.d.'}). ${c.title}`;
}
