// `npm test`: type check, lint, claims data check, unit tests, Chrome build, end-to-end tests in
// Chromium, Firefox build and smoke test in Firefox. Stops at the first failing step and says
// which; ends with the test totals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_HELP, chromiumPath } from './chromium.mjs';
import { FIREFOX_HELP, firefoxPath } from './firefox.mjs';

const out = mkdtempSync(join(tmpdir(), 'claimcheck-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\nnpm test: step "${name}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function vitest(name, config) {
  const report = join(out, `${name}.json`);
  step(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
}

if (!chromiumPath()) {
  console.error(`npm test: the end-to-end tests need Chromium. ${CHROMIUM_HELP}`);
  process.exit(1);
}
if (!firefoxPath()) {
  console.error(`npm test: the Firefox smoke test needs Firefox. ${FIREFOX_HELP}`);
  process.exit(1);
}
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('claims', 'npx', ['tsx', 'src/cli/claims-check.ts']);
vitest('unit', 'vitest.config.ts');
step('build', 'npx', ['wxt', 'build', '-b', 'chrome']);
vitest('e2e', 'vitest.e2e.config.ts');
step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
vitest('e2e-firefox', 'vitest.firefox.config.ts');
console.log(`\nnpm test: all steps passed.\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
