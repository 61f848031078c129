/**
 * `npm run --silent scan -- [--json] FILE_OR_URL...`
 * Runs the extension's engine over files or local pages. JSON output is a contract (design.md):
 * [{ file, matches: [{ claimId, verdict, stance, sentence, text, start, end }] }]
 */
import { loadClaims } from '../claims/load';
import { ClaimsDataError } from '../claims/errors';
import { createScanner } from '../engine/scanner';
import { InputError, readInput } from './read-input';

const USAGE = 'usage: npm run --silent scan -- [--json] FILE_OR_URL...   (.txt, .html, or http(s)://127.0.0.1 URLs)';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const inputs = argv.filter((a) => a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = inputs.find((a) => a.startsWith('--'));
  if (unknown || inputs.length === 0) {
    console.error(unknown ? `scan: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const scanner = createScanner(loadClaims().bundle);
  const results = [];
  let failed = false;
  for (const file of inputs) {
    let text: string;
    try {
      text = await readInput(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(`scan: ${e.message}`);
      failed = true;
      continue;
    }
    // The CLI is not under a page's time pressure: no time budget, all candidate text.
    const { matches, outcome } = scanner.scan(text, { budgetMs: Infinity, maxCandidateChars: Infinity });
    results.push({
      file,
      matches: matches.map(({ claimId, verdict, stance, sentence, text: span, start, end }) => ({ claimId, verdict, stance, sentence, text: span, start, end })),
    });
    if (!json) {
      console.log(`${file}: ${matches.length} claim mention(s)${outcome === 'no-candidates' ? ' (no candidate words)' : ''}`);
      for (const m of matches) {
        const title = scanner.claims.get(m.claimId)?.title ?? m.claimId;
        console.log(`  [${m.verdict}] ${title} — ${m.stance}, at ${m.start}-${m.end}: "${m.text}"`);
      }
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ClaimsDataError ? e.message : `scan: ${(e as Error).stack ?? e}`);
    process.exit(e instanceof ClaimsDataError ? 3 : 1);
  },
);
