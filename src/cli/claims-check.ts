/**
 * `npm run claims:check`: validates claims/ (schema, provenance, patterns) and checks that
 * examples and source documents are matched. Exit 0 when clean, 1 with every problem listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimsDataError, formatProblem } from '../claims/errors';
import { DEFAULT_CLAIMS_DIR, loadClaims } from '../claims/load';
import { qualityProblems } from '../claims/quality';

try {
  const result = loadClaims();
  const dir = join(DEFAULT_CLAIMS_DIR, 'sources');
  const sources = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const problems = qualityProblems(result, sources);
  const { bundle } = result;
  const size = Buffer.byteLength(JSON.stringify(bundle));
  console.log(`claims: ${bundle.claims.length} claims, ${bundle.patterns.length} patterns, ${bundle.prefilter.words.length} prefilter words; bundle ${(size / 1024).toFixed(1)} KiB, prefilter ${(Buffer.byteLength(JSON.stringify(bundle.prefilter)) / 1024).toFixed(1)} KiB; version ${bundle.version}`);
  for (const p of problems) console.log(`  - ${formatProblem(p)}`);
  if (problems.length > 0) {
    console.log(`${problems.length} problem(s).`);
    process.exitCode = 1;
  } else console.log('claims: all checks pass.');
} catch (e) {
  if (!(e instanceof ClaimsDataError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
