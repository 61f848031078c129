/**
 * `npm run bench`: the engine's cost, in one process, against baselines measured in the same run
 * (so the ratios hold even when the machine is slow or busy). Prints figures only; see README.md.
 *
 *  (a) unrelated text: scan vs one keyword regex pass (target: within 2x), and the prefilter alone
 *  (b) claim-dense article: scan vs compromise parsing all of it, and vs the regex (target < 50 ms)
 *  (c) incremental driving: the longest single step of scanner.steps() (target: none over 50 ms)
 *  (d) hostile inputs: time and outcome of scan under the default budget
 *  (e) ordinary text: how many dependency READMEs hold an anchor word, and how many of those also
 *      name the topic (each that does is a page the content script sends on to the engine;
 *      src/page/candidate-text.ts)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlpOne from 'compromise/one';
import { loadClaims } from '../src/claims/load';
import { createPrefixAnchorTest, quickAnchors } from '../src/engine/anchor-prefix';
import { createPrefilter } from '../src/engine/prefilter';
import { createScanner, type ScanResult } from '../src/engine/scanner';
import { TOPIC_WORDS } from '../src/page/candidate-text';
import { collectGarbage, consume, measure, summarize, type Timing } from './lib/measure';
import { kib, ms, ratio, table, type Row } from './lib/table';
import { claimDense, dependencyReadmes, pathological, unrelatedLarge, unrelatedPages, unrelatedWithoutAnchors } from './lib/texts';

/** The "keyword highlighter" baseline: one case-insensitive pass over a dozen topic words. */
const KEYWORDS = /\b(massage|back pain|toxins|circulation|chiropract\w*|spine|posture|yoga|inflammation|endorphins|therapist|muscles?)\b/gi;
function regexPass(text: string): number {
  let n = 0;
  for (KEYWORDS.lastIndex = 0; KEYWORDS.exec(text); ) n++;
  return n;
}

const progress = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const started = performance.now();
const timingCells = (t: Timing) => ({ 'median ms': ms(t.median), 'p95 ms': ms(t.p95), runs: String(t.runs) });

// Setup: the same compile the build runs, then the engine's one-time tables.
progress('loading claims');
let t0 = performance.now();
const compiled = loadClaims();
const loadMs = performance.now() - t0;
const { bundle } = compiled;
t0 = performance.now();
const scanner = createScanner(bundle);
const createMs = performance.now() - t0;
const prefilter = createPrefilter(bundle.prefilter);

const dense = claimDense();
// The first scan in the process pays for compromise's lazy set-up and a cold JIT, like the
// first claim-rich page after the engine is injected: worth seeing apart from the warm figures.
t0 = performance.now();
const coldResult = scanner.scan(dense.text);
const coldMs = performance.now() - t0;

// (a) Unrelated text.
collectGarbage();
progress('(a) unrelated text');
const unrelatedRows: Row[] = [];
const anchorFree = (bytes: number) => unrelatedWithoutAnchors((text) => prefilter.test(text), bytes);
const readmes = dependencyReadmes();
// Ordinary prose as it comes: most of it holds an anchor word ("one", "down", "core"), so stage 2
// runs on windows that then fail. The content script never sends these to the engine (no topic
// word), but the engine's own cost on them is what "unrelated text" means for a caller of `scan`.
const anchoredReadmes = { name: 'READMEs with anchor words', text: readmes.filter((r) => prefilter.test(r.text)).map((r) => r.text).join('\n\n') };
for (const sample of [anchorFree(17_000), anchorFree(1_000_000), anchoredReadmes, unrelatedPages(), unrelatedLarge()]) {
  const big = sample.text.length > 100_000;
  const opts = big ? { warmup: 1, reps: 10, maxMs: 2000 } : { warmup: 5, reps: 40 };
  const regex = measure(() => regexPass(sample.text), opts);
  const pre = measure(() => [...prefilter.windows(sample.text)], opts);
  const scan = measure(() => scanner.scan(sample.text), opts);
  const base = { text: sample.name, chars: sample.text.length.toLocaleString('en') };
  unrelatedRows.push(
    { ...base, run: 'regex pass (baseline)', ...timingCells(regex), 'vs regex': '1.00x', notes: `${regex.result} keyword hits` },
    { ...base, run: 'prefilter.windows', ...timingCells(pre), 'vs regex': ratio(pre.median, regex.median), notes: `${pre.result.length} windows` },
    { ...base, run: 'scanner.scan', ...timingCells(scan), 'vs regex': ratio(scan.median, regex.median), notes: `${scan.result.outcome}, ${scan.result.sentences} sentences, ${scan.result.matches.length} matches` },
  );
}

// (b) Claim-dense article.
collectGarbage();
progress('(b) claim-dense text');
const denseOpts = { warmup: 5, reps: 20, maxMs: 4000 };
const denseRegex = measure(() => regexPass(dense.text), { warmup: 5, reps: 40 });
const denseScan = measure(() => scanner.scan(dense.text), denseOpts);
// Without the budget: the whole article's cost, comparable with parsing all of it.
const unlimited = { budgetMs: Infinity, maxCandidateChars: Infinity };
const denseScanAll = measure(() => scanner.scan(dense.text, unlimited), denseOpts);
const denseOne = measure(() => nlpOne(dense.text).json({ offset: true }) as unknown[], denseOpts);
const densePre = measure(() => [...prefilter.windows(dense.text)], { warmup: 5, reps: 40 });
const candidateChars = densePre.result.reduce((n, w) => n + w.end - w.start, 0);

// (c) Incremental driving: each step is one candidate window (one NLP call).
collectGarbage();
progress('(c) steps');
const stepSamples: number[] = [];
let stepCount = 0;
for (let pass = 0; pass < 6; pass++) {
  const it = scanner.steps(dense.text);
  for (;;) {
    const s0 = performance.now();
    const next = it.next();
    const elapsed = performance.now() - s0;
    if (next.done) break;
    consume(next.value.matches.length);
    // Pass 0 is the warm-up; its times are dropped.
    if (pass > 0) stepSamples.push(elapsed);
    if (pass === 0) stepCount++;
  }
}
const steps = summarize(stepSamples);

// (d) Hostile inputs, with the default budget (250 ms, 200,000 candidate characters).
collectGarbage();
progress('(d) pathological inputs');
const hostileRows: Row[] = [];
for (const sample of pathological()) {
  const run = measure(() => scanner.scan(sample.text), { warmup: 0, reps: 5, maxMs: 1500, minReps: 2 });
  const regex = measure(() => regexPass(sample.text), { warmup: 1, reps: 5 });
  const { outcome, sentences, matches } = run.result;
  hostileRows.push({
    input: sample.name,
    chars: sample.text.length.toLocaleString('en'),
    ...timingCells(run),
    'max ms': ms(run.max),
    'vs regex': ratio(run.median, regex.median),
    outcome: `${outcome}, ${sentences} sentences, ${matches.length} matches`,
  });
}

// The full compromise build, last: importing 'compromise' plugs the tagger into the very same
// instance that 'compromise/one' exports (one module graph), which would slow every scan after it.
collectGarbage();
progress('(b) full compromise build');
const { default: nlpFull } = await import('compromise');
const denseFull = measure(() => nlpFull(dense.text).json() as unknown[], { warmup: 3, reps: 10, maxMs: 5000 });

const denseBase = { chars: dense.text.length.toLocaleString('en') };
// Ratios use the unbudgeted scan, the whole article's work, so a truncated scan cannot look cheap.
const scanAll = denseScanAll.median;
const denseRow = (run: string, t: Timing, notes: string): Row => ({ run, ...denseBase, ...timingCells(t), 'scan ÷ row': ratio(scanAll, t.median), notes });
const scanNotes = (r: ScanResult) => `${r.outcome}, ${r.sentences} sentences, ${r.matches.length} matches`;
const denseRows: Row[] = [
  denseRow('scanner.scan (default budget)', denseScan, scanNotes(denseScan.result)),
  denseRow('scanner.scan (no budget)', denseScanAll, scanNotes(denseScanAll.result)),
  denseRow('regex pass', denseRegex, `${denseRegex.result} keyword hits`),
  denseRow('prefilter.windows', densePre, `${densePre.result.length} windows, ${candidateChars.toLocaleString('en')} candidate chars`),
  denseRow("nlp(all) 'compromise/one' .json({offset})", denseOne, `${denseOne.result.length} sentences`),
  denseRow("nlp(all) 'compromise' (full) .json()", denseFull, `${denseFull.result.length} sentences`),
];

// Sizes: what the scripts in pages (probe on every page, checker and marker on demand) and the engine carry.
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const quick = quickAnchors(bundle.prefilter.words);
const sizeRows: Row[] = [
  { item: 'bundle (JSON)', size: kib(bytes(bundle)), gzip: kib(gzipSync(JSON.stringify(bundle)).length) },
  { item: 'bundle.prefilter (JSON)', size: kib(bytes(bundle.prefilter)), gzip: kib(gzipSync(JSON.stringify(bundle.prefilter)).length) },
  { item: 'content script stage 1 (quickAnchors)', size: kib(bytes(quick)), gzip: kib(gzipSync(JSON.stringify(quick)).length) },
];
const built = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
if (existsSync(built)) {
  const files = ['probe.js', 'checker.js', 'marker.js', 'background.js', 'assets/marks.css', ...readdirSync(join(built, 'chunks')).map((f) => `chunks/${f}`)];
  for (const f of files.filter((f) => /\.(js|css)$/.test(f) && existsSync(join(built, f)))) {
    const path = join(built, f);
    sizeRows.push({ item: `.output/chrome-mv3/${f}`, size: kib(statSync(path).size), gzip: kib(gzipSync(readFileSync(path)).length) });
  }
}

// (e) Ordinary text: stage 1 alone, as the content script runs it on every page.
const anchorsSeen = new Map<string, number>();
const quickTest = createPrefixAnchorTest(bundle.prefilter.words);
const passing = readmes.filter((r) => quickTest(r.text));
const named = passing.filter((r) => TOPIC_WORDS.test(r.text));
for (const r of passing) {
  const words = new Set((r.text.match(/[A-Za-z0-9][A-Za-z0-9'’%-]*/g) ?? []).filter((w) => quickTest(w)).map((w) => w.toLowerCase()));
  for (const w of words) anchorsSeen.set(w, (anchorsSeen.get(w) ?? 0) + 1);
}
// The whole engine on them: an ordinary page should get no mark at all.
const readmeMatches = readmes.flatMap((r) => scanner.scan(r.text).matches.map((m) => `${r.name}: ${m.claimId}`));
const commonest = [...anchorsSeen].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w, n]) => `${w} ${n}`).join(', ');

const out = (s = '') => process.stdout.write(`${s}\n`);
out(`Engine benchmark: node ${process.version}, ${bundle.claims.length} claims, ${bundle.patterns.length} patterns, ${bundle.prefilter.words.length} prefilter words; GC between sections: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'yes' : 'no (run with node --expose-gc)'}`);
out(`setup: loadClaims ${ms(loadMs)} ms (build-time work), createScanner ${ms(createMs)} ms; first scan of the claim-dense article (cold) ${ms(coldMs)} ms, ${coldResult.outcome}`);
out();
out('(a) Unrelated text: scan vs one keyword regex pass (target: scan within 2x of the regex)');
out(table(unrelatedRows));
out();
out(`(b) Claim-dense text: ${dense.name}; scan vs parsing all the text (target: scan < 50 ms; ratios use the unbudgeted scan)`);
out(table(denseRows));
out();
out(`(c) Incremental driving: scanner.steps() on the claim-dense text, ${stepCount} steps per pass, ${steps.runs} steps timed (target: no step over 50 ms)`);
out(table([{ 'median step ms': ms(steps.median), 'p95 step ms': ms(steps.p95), 'max step ms': ms(steps.max) }]));
out();
out('(d) Pathological inputs: scanner.scan with the default budget (250 ms, 200,000 candidate chars)');
out(table(hostileRows));
out();
out(`(e) Ordinary text: ${passing.length} of ${readmes.length} dependency READMEs hold an anchor word; ${named.length} of those also name the topic, and only those the content script sends on to the engine (fewer is better)`);
out(`    anchor words in most of them (READMEs holding each): ${commonest}`);
out(`    claims the engine finds in them (target: none): ${readmeMatches.length === 0 ? 'none' : readmeMatches.join('; ')}`);
out();
out('Sizes');
out(table(sizeRows));
out();
out(`total ${((performance.now() - started) / 1000).toFixed(1)} s (plus start-up)`);
