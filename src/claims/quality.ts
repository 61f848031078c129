/**
 * Checks that need the engine, not just the schema: each claim's example wordings are found as
 * that claim, and each scope claim is found in at least one of the source documents the scope
 * table lists for it. Used by `npm run claims:check` and the tests.
 */
import { createScanner } from '../engine/scanner';
import type { CompileResult } from './compile';
import type { ClaimsProblem } from './errors';
import { SCOPE } from './scope';

export function qualityProblems({ bundle, files }: CompileResult, sources: Record<string, string>): ClaimsProblem[] {
  const scanner = createScanner(bundle);
  const problems: ClaimsProblem[] = [];
  const opts = { budgetMs: Infinity, maxCandidateChars: Infinity };

  for (const { file, claim } of files) {
    claim.examples.forEach((example, i) => {
      const found = scanner.scan(example, opts).matches;
      if (!found.some((m) => m.claimId === claim.id)) {
        problems.push({ file, claim: claim.id, field: `examples.${i}`, message: `not matched by the claim's patterns: "${example}"` });
      }
    });
  }

  const foundIn = new Map<string, Set<string>>();
  for (const [name, text] of Object.entries(sources)) {
    for (const m of scanner.scan(text, opts).matches) {
      const set = foundIn.get(m.claimId) ?? new Set();
      set.add(name.slice(0, 3));
      foundIn.set(m.claimId, set);
    }
  }
  const known = new Set(files.map((f) => f.claim.id));
  for (const [id, docs] of Object.entries(SCOPE)) {
    const file = `claims/claims/${id}.yaml`;
    if (!known.has(id)) {
      problems.push({ file, claim: id, message: 'scope claim has no file (claims-scope.md lists it)' });
      continue;
    }
    const seen = foundIn.get(id) ?? new Set();
    if (!docs.some((d) => seen.has(d))) problems.push({ file, claim: id, field: 'patterns', message: `not found in any of its source documents (${docs.join(', ')})` });
  }
  return problems;
}
