/**
 * `npm run claims:export`: prints the claims as schema.org ClaimReview JSON-LD on stdout
 * (use `npm run --silent claims:export > reviews.jsonld`). Exit 1 with the problems listed
 * when claims/ does not validate, so a broken file never exports half the reviews.
 */
import { claimReviews } from '../claims/claim-review';
import { ClaimsDataError } from '../claims/errors';
import { loadClaims } from '../claims/load';

try {
  process.stdout.write(`${JSON.stringify(claimReviews(loadClaims()), null, 2)}\n`);
} catch (e) {
  if (!(e instanceof ClaimsDataError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
