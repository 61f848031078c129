/** `npm run eval`: prints precision, recall, F1 and stance accuracy, overall and per claim. */
import { join } from 'node:path';
import { loadClaims } from '../../src/claims/load';
import { createScanner } from '../../src/engine/scanner';
import { existsSync } from 'node:fs';
import { evaluate, evaluatePages, type Scores } from './evaluate';
import { crossValidated } from './folds';
import { TRAINING_PAGE_SETS } from '../../src/claims/training-set';

/** More held-out sets, from other writers and other kinds of page (see HELDOUT.md): heldout-2.yaml ... heldout-11.yaml. */
/** Whole pages, read as the content script reads them: the article fixtures and the blind dev pages; blind held-out pages (report only). */
const DEV_PAGES = [join(import.meta.dirname, '..', 'fixtures', 'pages'), ...TRAINING_PAGE_SETS.map((set) => join(import.meta.dirname, set))];
const HELDOUT_PAGES = [join(import.meta.dirname, 'heldout-pages'), join(import.meta.dirname, 'heldout-pages-2')];
const MORE_HELDOUT = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => ({ n, path: join(import.meta.dirname, `heldout-${n}.yaml`) }));

const fmt = (s: Scores) =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  stance ${s.stanceAccuracy.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

const { bundle } = loadClaims();
const scanner = createScanner(bundle);
const heldout = process.argv.includes('--heldout');
// --file <yaml>: a fresh batch of sentences scored alone.
const fileAt = process.argv.indexOf('--file');
const file = fileAt > 0 ? process.argv[fileAt + 1] : undefined;
if (fileAt > 0 && !file) throw new Error('--file needs the path of a sentences YAML file');
// The dev sentences and page sets trained the claim model: each is scored by a model trained without it.
const folds = heldout || file ? undefined : crossValidated(bundle);
const result = evaluate(scanner, { heldout, file, scannerFor: folds?.sentence });
const verbose = process.argv.includes('--mistakes');
if (heldout) console.log('HELD-OUT set (report only: never tune patterns on it)');
else if (file) console.log(`${file} alone`);
else {
  console.log(`overall    ${fmt(result.overall)}`);
  console.log(`seeds      ${fmt(result.seeds)}`);
  const pages = evaluatePages(folds!.pages, DEV_PAGES);
  console.log(`pages      ${fmt(pages.scores)}  (${pages.pages} dev pages, not in overall)`);
}
console.log(`sentences  ${fmt(result.sentences)}`);
if (!heldout && !file) {
  console.log(`held-out   ${fmt(evaluate(scanner, { heldout: true }).sentences)}  (report only)`);
  for (const { n, path } of MORE_HELDOUT) console.log(`held-out ${n} ${fmt(evaluate(scanner, { file: path }).sentences)}  (report only)`);
  HELDOUT_PAGES.forEach((dir, i) => {
    if (!existsSync(dir)) return;
    const held = evaluatePages(scanner, [dir]);
    console.log(`held-out pages${i > 0 ? ` ${i + 1}` : ''} ${fmt(held.scores)}  (${held.pages} pages, report only)`);
  });
}
console.log('\nper claim:');
for (const [id, s] of Object.entries(result.perClaim)) console.log(`  ${id.padEnd(38)} ${fmt(s)}`);
if (verbose) {
  console.log('\nmistakes:');
  for (const m of result.mistakes) console.log(`  [${m.kind}] ${m.claim} (${m.detail}): ${m.where}`);
} else console.log(`\n${result.mistakes.length} mistakes; run with --mistakes to list them.`);
