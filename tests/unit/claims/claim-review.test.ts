/** The ClaimReview export: one review per claim in scope, schema.org shape, and the CLI's output. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { BEST_RATING, claimReviews, RATING_VALUE, WORST_RATING } from '../../../src/claims/claim-review';
import { loadClaims } from '../../../src/claims/load';
import { SCOPE_IDS } from '../../../src/claims/scope';
import { VERDICT_LABEL } from '../../../src/ui/verdict';

const run = promisify(execFile);
const CWD = join(import.meta.dirname, '../../..');

interface Work {
  '@type': string;
  name?: string;
  text?: string;
  url?: string;
  identifier?: { propertyID: string; value: string };
}
interface Review {
  '@type': string;
  identifier: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': string; name: string };
  reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; alternateName: string; ratingExplanation: string };
  itemReviewed: { '@type': string; appearance: Work[] };
  citation: Work[];
}

const result = loadClaims();
const doc = claimReviews(result);
const reviews = doc['@graph'] as unknown as Review[];

describe('claims/claim-review', () => {
  test('one ClaimReview per claim in scope, each ID once', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(reviews).toHaveLength(SCOPE_IDS.length);
    expect(reviews.map((r) => r.identifier).sort()).toEqual([...SCOPE_IDS].sort());
    for (const r of reviews) expect(r['@type']).toBe('ClaimReview');
  });

  test.each(result.files.map((f) => [f.claim.id, f.claim] as const))('%s: rating, text and sources follow the claim file', (id, claim) => {
    const r = reviews.find((x) => x.identifier === id)!;
    expect(r.claimReviewed).toBe(claim.statement);
    expect(r.datePublished).toBe(claim.reviewed);
    expect(r.author).toEqual({ '@type': 'Organization', name: 'Claim Check' });

    const rating = r.reviewRating;
    expect(rating['@type']).toBe('Rating');
    expect(rating.ratingValue).toBe(RATING_VALUE[claim.verdict]);
    expect(rating.ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
    expect(rating.ratingValue).toBeLessThanOrEqual(BEST_RATING);
    expect([rating.worstRating, rating.bestRating]).toEqual([1, 4]);
    expect(rating.alternateName).toBe(VERDICT_LABEL[claim.verdict]);
    expect(rating.ratingExplanation).toBe(claim.evidence);

    expect(r.itemReviewed['@type']).toBe('Claim');
    expect(r.itemReviewed.appearance).toEqual(claim.provenance.map((p) => ({ '@type': 'CreativeWork', name: p.source, text: p.quote })));

    expect(r.citation).toHaveLength(claim.citations.length);
    for (const [i, c] of r.citation.entries()) {
      expect(c['@type']).toBe('CreativeWork');
      expect(c.url).toMatch(/^https:\/\//);
      const doi = claim.citations[i]!.doi;
      if (doi) {
        expect(c.url).toBe(`https://doi.org/${doi}`);
        expect(c.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: doi });
      }
    }
  });

  test('verdicts map onto the whole 1..4 scale, worst first', () => {
    expect(Object.values(RATING_VALUE).sort()).toEqual([1, 2, 3, 4]);
    expect(RATING_VALUE.contradicted).toBeLessThan(RATING_VALUE.unsupported);
    expect(RATING_VALUE.mixed).toBeLessThan(RATING_VALUE.supported);
  });

  test('the document is plain JSON (round-trips unchanged, no undefined fields)', () => {
    // toStrictEqual also fails on keys whose value is undefined, which JSON.stringify would drop.
    expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc);
  });

  test('npm run claims:export prints the same JSON-LD', { timeout: 90_000 }, async () => {
    const { stdout } = await run('npx', ['tsx', 'src/cli/claims-export.ts'], { cwd: CWD, maxBuffer: 64 * 1024 * 1024 });
    const printed = JSON.parse(stdout) as { '@context': string; '@graph': Review[] };
    expect(printed['@context']).toBe('https://schema.org');
    expect(printed['@graph'].filter((r) => r['@type'] === 'ClaimReview')).toHaveLength(38);
    expect(printed).toEqual(doc);
  });
});
