/**
 * The claims as schema.org ClaimReview JSON-LD (`npm run claims:export`), so fact-checking tools
 * and search engines can read the verdicts without knowing this project's YAML.
 *
 * Pure: takes the compiled claims (the validated files, because the bundle the engine loads drops
 * the provenance quotes) and returns a plain JSON object. Property names follow schema.org:
 * ClaimReview (claimReviewed, reviewRating, itemReviewed), Rating (ratingValue, bestRating,
 * worstRating, alternateName, ratingExplanation), Claim (appearance) and CreativeWork (citation).
 */
import type { Citation, Verdict } from '../engine/types';
import { citationHref, VERDICT_LABEL } from '../ui/verdict';
import type { CompileResult } from './compile';
import type { ClaimFile } from './schema';

/** Who publishes the reviews: the extension, not a person (ClaimReview.author). */
export const REVIEW_AUTHOR = 'Claim Check';

/**
 * The verdict as a number on a 1..4 scale, worst first, the way fact-checkers' ratings run:
 * consumers that ignore alternateName can still order and compare the verdicts.
 */
export const RATING_VALUE: Record<Verdict, number> = {
  contradicted: 1,
  unsupported: 2,
  mixed: 3,
  supported: 4,
};
export const BEST_RATING = 4;
export const WORST_RATING = 1;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonLdNode = { [key: string]: Json };

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** Leaves out undefined fields, so the JSON carries no empty keys (and stays a plain Json value). */
function node(fields: Record<string, Json | undefined>): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/** A citation as a CreativeWork. The DOI is kept as an identifier too, since a URL can move. */
export function citationWork(c: Citation): JsonLdNode {
  return node({
    '@type': 'CreativeWork',
    name: c.title,
    // schema.org accepts text where a Person or Organization is expected; the authors field is
    // a free-form list ("Smith A, Jones B, et al.") that cannot be split into people reliably.
    author: c.authors,
    datePublished: c.year !== undefined ? String(c.year) : undefined,
    url: citationHref(c),
    identifier: c.doi !== undefined ? { '@type': 'PropertyValue', propertyID: 'DOI', value: c.doi } : undefined,
  });
}

export function claimReview(claim: ClaimFile): JsonLdNode {
  return node({
    '@type': 'ClaimReview',
    identifier: claim.id,
    name: claim.title,
    claimReviewed: claim.statement,
    datePublished: claim.reviewed,
    author: { '@type': 'Organization', name: REVIEW_AUTHOR },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUE[claim.verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: VERDICT_LABEL[claim.verdict],
      ratingExplanation: claim.evidence,
    },
    itemReviewed: {
      '@type': 'Claim',
      // Where the claim was seen: the verbatim sentences from the source documents in claims/sources/.
      appearance: claim.provenance.map((p) => ({ '@type': 'CreativeWork', name: p.source, text: p.quote })),
    },
    citation: claim.citations.map(citationWork),
  });
}

/** One ClaimReview per claim, ordered by claim ID so the output diffs cleanly between exports. */
export function claimReviews(result: Pick<CompileResult, 'files'>): ClaimReviewDocument {
  const claims = result.files.map((f) => f.claim).sort((a, b) => a.id.localeCompare(b.id));
  return { '@context': 'https://schema.org', '@graph': claims.map(claimReview) };
}
