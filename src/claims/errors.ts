/** A problem in claims/ data, always naming the file, and the claim and field when known. */
export interface ClaimsProblem {
  file: string;
  claim?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: ClaimsProblem): string {
  const parts = [p.file];
  if (p.claim) parts.push(`claim "${p.claim}"`);
  if (p.field) parts.push(`field "${p.field}"`);
  return `${parts.join(', ')}: ${p.message}`;
}

export class ClaimsDataError extends Error {
  constructor(readonly problems: ClaimsProblem[]) {
    super(`The claims data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ClaimsDataError';
  }
}
