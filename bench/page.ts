/**
 * Page benchmark: the extension's cost on the page's main thread, measured in real Chromium with a
 * trace, next to two baselines in the same run:
 *   text-walk           — a content script that only reads every text node (the floor);
 *   markjs-highlighter  — a keyword highlighter built on mark.js (what a simple marker costs).
 * Each browser has exactly one extension loaded. Every (page, extension) pair is loaded REPEATS
 * times in a fresh tab, in rotating order, with a trace running from before navigation until the
 * page has settled; the table shows medians. Figures only, no pass/fail.
 *
 *   npx tsx bench/page.ts            (BENCH_PAGE_REPEATS=5 for more repeats, BENCH_PAGE_VERBOSE=1
 *                                     for each sample and what its longest block ran,
 *                                     BENCH_PAGE_ONLY=<parts of page names, comma-separated> for some pages only)
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, findChromium, launchWithExtension, ROOT, serveFixtures, type ExtensionBrowser } from '../tests/e2e/harness.ts';
import { loadClaims } from '../src/claims/load.ts';
import { createAnchorTest } from '../src/engine/prefilter.ts';
import { TOPIC_WORDS } from '../src/page/candidate-text.ts';
import { dependencyReadmes, unrelatedWithoutAnchors } from './lib/texts.ts';

const REPEATS = Math.max(1, Number(process.env.BENCH_PAGE_REPEATS ?? 3));
const VERBOSE = process.env.BENCH_PAGE_VERBOSE === '1';
/** Only the pages whose names contain one of these (a diagnostic run, e.g. BENCH_PAGE_ONLY=claims-large,readme). */
const ONLY = process.env.BENCH_PAGE_ONLY?.split(',').filter(Boolean);
/** How long every extension gets after the page's load event (the same for all, to be fair). */
const SETTLE_MS = 1000;
/** The real extension on claim pages: after its first mark appears, this long more (marker script, tooltip mount, report). */
const AFTER_MARKS_MS = 300;
const MARKS_TIMEOUT_MS = 10_000;
const LONG_TASK_MS = 50;

// devtools.timeline + v8.execute as in tech-notes.md: an entry counts by its script URL, or, with
// none of its own, by a URL inside it (a timer's call to one of the extension's functions). The
// extension resumes every yielded slice and every API reply from a timer of its own (slicing.ts,
// own-task.ts) so that its time is all in such entries. Not disabled-by-default-devtools.timeline:
// its RunTask events on every thread made traces 3x bigger and Tracing.end took 10-30 s per round
// on 2 cores.
// BENCH_PAGE_SAMPLER=1 adds the V8 sampling profiler as a cross-check: its stacks also tie entries
// without any URL (microtasks, message replies) to the extension, and verbose lines print, per
// sample, the time "by the sampler alone", which a run without it misses: 0-4.8 ms a page, at most
// 4.5% of one (two runs of 2026-12-03; before the timers of our own, 9-30 ms a claim page). Not the default
// because it has a cost of its own, paid mostly by the code it measures: V8 then records every
// function and expression it compiles, and samples the stack. Same build, 3 loads each: the
// longest extension block 32.5 ms with it, 22.9 ms without.
const SAMPLER = process.env.BENCH_PAGE_SAMPLER === '1';
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', ...(SAMPLER ? ['disabled-by-default-v8.cpu_profiler'] : [])];

// ---------------------------------------------------------------------------------------------
// Extensions

type ExtName = 'text-walk' | 'markjs' | 'extension';
const EXTS: ExtName[] = ['text-walk', 'markjs', 'extension'];

function buildBaselines(into: string): Record<Exclude<ExtName, 'extension'>, string> {
  const src = join(ROOT, 'bench', 'baselines');
  const copy = (name: string, extra: Record<string, string> = {}) => {
    const dir = join(into, name);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(join(src, name))) copyFileSync(join(src, name, f), join(dir, f));
    for (const [to, from] of Object.entries(extra)) copyFileSync(from, join(dir, to));
    return dir;
  };
  const markJs = join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
  if (!existsSync(markJs)) throw new Error(`${markJs} is missing: run "npm install" (mark.js is a dev dependency).`);
  return { 'text-walk': copy('text-walk'), markjs: copy('markjs-highlighter', { 'mark.min.js': markJs }) };
}

// ---------------------------------------------------------------------------------------------
// Pages

interface BenchPage {
  name: string;
  file: string;
  /**
   * no-anchors: ordinary prose without a single anchor word; off-topic: anchor words ("core",
   * "force", "circulation") but no word naming the topic, what most pages look like; no-claims:
   * pages that name the topic (look-alikes, "massage the kale") but make no claim.
   */
  kind: 'no-anchors' | 'off-topic' | 'no-claims' | 'claims';
  textKB: number;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const html = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
  `<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem}</style></head><body>${body}</body></html>`;

/** Title and paragraphs of a plain-text document (first non-empty line is the title). */
function readDoc(path: string): { title: string; paras: string[] } {
  const [title = '', ...paras] = readFileSync(path, 'utf8').split(/\n/).map((l) => l.trim()).filter(Boolean);
  return { title, paras };
}

/** A paragraph with some inline markup, so that large pages have many small text nodes. */
function richParagraph(p: string, seed: number): string {
  const words = p.split(' ');
  return `<p>${words
    .map((w, i) => {
      const e = escape(w);
      if ((i + seed) % 23 === 0) return `<a href="#s${seed}-${i}">${e}</a>`;
      if ((i + seed) % 11 === 0) return `<strong>${e}</strong>`;
      return e;
    })
    .join(' ')}</p>`;
}

function buildPages(dir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  const hasAnchor = createAnchorTest(loadClaims().bundle.prefilter.words);
  const write = (file: string, kind: BenchPage['kind'], content: string, textChars: number) => {
    writeFileSync(join(dir, file), content);
    pages.push({ name: file.replace(/\.html$/, ''), file, kind, textKB: Math.round(textChars / 1024) });
  };
  const textOf = (d: { title: string; paras: string[] }) => d.title.length + d.paras.reduce((n, p) => n + p.length, 0);

  const unrelatedDir = join(ROOT, 'tests', 'fixtures', 'unrelated');
  const unrelated = readdirSync(unrelatedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ f, ...readDoc(join(unrelatedDir, f)) }));
  for (const d of unrelated) {
    const kind = TOPIC_WORDS.test([d.title, ...d.paras].join('\n')) ? 'no-claims' : 'off-topic';
    write(`unrelated-${basename(d.f, '.txt')}.html`, kind, html(d.title, `<article><h1>${escape(d.title)}</h1>${d.paras.map((p) => `<p>${escape(p)}</p>`).join('')}</article>`), textOf(d));
  }
  // ~500 KB of unrelated text: the six texts over and over, varied headings, links and bold.
  {
    const parts: string[] = [];
    let chars = 0;
    for (let round = 1; chars < 500 * 1024; round++) {
      for (const [k, d] of unrelated.entries()) {
        parts.push(`<section id="r${round}-${k}"><h2>Part ${round}.${k + 1}: ${escape(d.title)}</h2>${d.paras.map((p, i) => richParagraph(p, round * 31 + k * 7 + i)).join('')}</section>`);
        chars += textOf(d) + 16;
      }
    }
    write('unrelated-large.html', 'no-claims', html('A long page about other things', `<h1>Everything else</h1>${parts.join('\n')}`), chars);
  }

  // Pages without a candidate word: the fixtures' sentences that hold no anchor word. The content
  // script walks the text, runs stage 1, and is done: no message, no engine.
  {
    for (const [name, bytes] of [['no-anchors', 3_000], ['no-anchors-large', 100_000]] as const) {
      const paras = unrelatedWithoutAnchors(hasAnchor, bytes).text.split('\n\n');
      const body = paras.map((p, i) => (bytes > 10_000 ? richParagraph(p, i) : `<p>${escape(p)}</p>`)).join('');
      write(`${name}.html`, 'no-anchors', html('News in brief', `<article><h1>News in brief</h1>${body}</article>`), paras.reduce((n, p) => n + p.length, 0));
    }
  }

  // Ordinary pages with anchor words and no topic word: the first three dependency READMEs (by
  // name) of 3-20 KB that hold an anchor word, as pages of paragraphs.
  {
    const readmes = dependencyReadmes().filter((r) => r.text.length >= 3_000 && r.text.length <= 20_000 && hasAnchor(r.text) && !TOPIC_WORDS.test(r.text));
    for (const r of readmes.slice(0, 3)) {
      const paras = r.text.split(/\n\s*\n/).map((p) => p.replace(/[#*>_|-]+/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
      write(`readme-${r.name}.html`, 'off-topic', html(r.name, `<article><h1>${escape(r.name)}</h1>${paras.map((p) => `<p>${escape(p)}</p>`).join('')}</article>`), paras.reduce((n, p) => n + p.length, 0));
    }
  }

  const fixturesDir = join(ROOT, 'tests', 'fixtures', 'pages');
  for (const f of readdirSync(fixturesDir).filter((x) => x.endsWith('.html')).sort()) {
    const content = readFileSync(join(fixturesDir, f), 'utf8');
    const text = content.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');
    write(f, 'claims', content, text.length);
  }

  // The demo page of scripts/start.mjs: the five claims source documents.
  const sourcesDir = join(ROOT, 'claims', 'sources');
  const sources = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ f, ...readDoc(join(sourcesDir, f)) }));
  const article = (d: (typeof sources)[number], heading: string) =>
    `<article><h2>${escape(heading)}</h2>${d.paras.map((p) => `<p>${escape(p)}</p>`).join('')}<p class="src">Source document: ${escape(d.f)}</p></article>`;
  write('demo-sources.html', 'claims', html('Claim Check demo: massage and back pain', `<h1>Claim Check demo</h1>${sources.map((d) => article(d, d.title)).join('\n')}`), sources.reduce((n, d) => n + textOf(d), 0));
  {
    const parts: string[] = [];
    let chars = 0;
    for (let round = 1; round <= 10; round++) {
      for (const d of sources) {
        parts.push(`<section><h2>Chapter ${round}: ${escape(d.title)}</h2>${d.paras.map((p, i) => richParagraph(p, round * 13 + i)).join('')}</section>`);
        chars += textOf(d);
      }
    }
    write('claims-large.html', 'claims', html('Massage and back pain: the long read', `<h1>The long read</h1>${parts.join('\n')}`), chars);
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Tracing

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    sync_id?: string;
    data?: {
      url?: string;
      scriptName?: string;
      stackTrace?: Array<{ url?: string }>;
      startTime?: number;
      cpuProfile?: { nodes?: Array<{ id: number; parent?: number; callFrame: { url?: string; functionName?: string } }>; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { recordMode: 'recordUntilFull', includedCategories: TRACE_CATEGORIES } });
}

async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) =>
    cdp.once('Tracing.tracingComplete', (e) => (e.stream ? resolve(e.stream) : reject(new Error('trace came back without a stream')))),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle, size: 4 << 20 });
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Events that enter JavaScript; the outermost one in a task is what we attribute. */
const JS_ENTRIES = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.run',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'RunYieldContinuation',
  'EventDispatch',
  'FireIdleCallback',
  'FireAnimationFrame',
  'XHRReadyStateChange',
  'XHRLoad',
]);

interface Cost {
  /** Main-thread time in the extension's JS entries (with everything nested in them: compile, GC, forced layout). */
  totalMs: number;
  /** The extension's largest share of one top-level main-thread event (one task, as far as the trace shows). */
  maxBlockMs: number;
  /** Of totalMs: evaluating/compiling each extension script (by file), and callbacks after that. */
  byScript: Record<string, number>;
  /** Of totalMs: entries without a URL that only the sampler's stacks tied to the extension (what a trace without it would miss). */
  sampledOnlyMs: number;
  /** Extension JS seen by the sampler outside any counted entry (should stay near 0). */
  uncoveredMs: number;
  /** The longest block: its top-level event and the extension functions sampled most inside it. */
  longest?: string;
  /** BENCH_PAGE_VERBOSE: every counted entry, in order, with the extension functions sampled in it. */
  entries?: string[];
}

/**
 * Sums the renderer main-thread time that belongs to chrome-extension://<id>/ between two trace
 * timestamps: top-level JS entries (script evaluation, compile, function calls, timers, microtasks,
 * yield continuations...) whose own URL is the extension's, or, when they carry none, during which
 * the V8 sampler saw the extension's code on the stack. Nested events are never counted twice.
 */
function costAnalyser(events: TraceEvent[], extensionId: string): (from: number, to: number) => Cost {
  const origin = `chrome-extension://${extensionId}/`;
  const isExt = (url: string | undefined) => !!url && url.startsWith(origin);
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');

  // Sampled stacks: per main thread, the times of samples with an extension frame on the stack.
  const extSamples = new Map<string, Array<{ t: number; dt: number; fn: string }>>();
  {
    const profiles = new Map<string, { thread: string; start: number; nodes: Map<number, { parent?: number; url?: string; fn?: string }>; samples: number[]; deltas: number[] }>();
    for (const e of events) {
      if (e.name === 'Profile' && e.id) profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    }
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || !e.id) continue;
      const p = profiles.get(`${e.pid}:${e.id}`);
      const data = e.args?.data;
      if (!p || !data) continue;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { parent: n.parent, url: n.callFrame.url, fn: n.callFrame.functionName });
      for (const x of data.cpuProfile?.samples ?? []) p.samples.push(x);
      for (const x of data.timeDeltas ?? []) p.deltas.push(x);
    }
    for (const p of profiles.values()) {
      const memo = new Map<number, boolean>();
      const extNode = (id: number): boolean => {
        const known = memo.get(id);
        if (known !== undefined) return known;
        const n = p.nodes.get(id);
        const v = !!n && (isExt(n.url) || (n.parent !== undefined && extNode(n.parent)));
        memo.set(id, v);
        return v;
      };
      /** The innermost extension function on a sampled stack: where the time went. */
      const extLeaf = (id: number): string => {
        for (let n = p.nodes.get(id); n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent)) {
          if (isExt(n.url)) return n.fn || '(anonymous)';
        }
        return '?';
      };
      const list = extSamples.get(p.thread) ?? [];
      let t = p.start;
      for (let i = 0; i < p.samples.length; i++) {
        const dt = p.deltas[i] ?? 0;
        t += dt;
        const node = p.samples[i]!;
        if (extNode(node)) list.push({ t, dt: Math.max(0, p.deltas[i + 1] ?? dt), fn: VERBOSE ? extLeaf(node) : '' });
      }
      list.sort((a, b) => a.t - b.t);
      extSamples.set(p.thread, list);
    }
  }
  const firstAtOrAfter = (list: Array<{ t: number }>, t: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.t < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (threadNames.get(key) !== 'CrRendererMain') continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  return (from, to) => {
    const cost: Cost = { totalMs: 0, maxBlockMs: 0, byScript: {}, sampledOnlyMs: 0, uncoveredMs: 0 };
    for (const [thread, all] of byThread) {
      const list = all.filter((e) => e.ts >= from && e.ts <= to);
      const samples = (extSamples.get(thread) ?? []).filter((x) => x.t >= from && x.t <= to);
      const covered: Array<[number, number]> = [];
      const perTask = new Map<TraceEvent, number>();
      const stack: Array<{ e: TraceEvent; end: number; js: boolean }> = [];
      const urlOf = (e: TraceEvent): string | undefined => e.args?.data?.url || e.args?.data?.scriptName || e.args?.data?.stackTrace?.[0]?.url;
      /** Does an event inside list[index] (nested events follow it in the sorted list) carry the extension's URL? */
      const holdsOurs = (index: number, end: number) => {
        for (let j = index + 1; j < list.length && list[j]!.ts < end; j++) if (isExt(urlOf(list[j]!))) return true;
        return false;
      };
      for (const [index, e] of list.entries()) {
        const end = e.ts + e.dur!;
        while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
        const insideJs = stack.some((x) => x.js);
        const isEntry = JS_ENTRIES.has(e.name);
        if (isEntry && !insideJs) {
          const url = urlOf(e);
          let ours = isExt(url);
          let bySamplesAlone = false;
          if (!ours && !url) {
            const i = firstAtOrAfter(samples, e.ts);
            const holds = holdsOurs(index, end);
            ours = (i < samples.length && samples[i]!.t <= end) || holds;
            bySamplesAlone = ours && !holds;
          }
          if (ours) {
            const ms = e.dur! / 1000;
            cost.totalMs += ms;
            if (bySamplesAlone) cost.sampledOnlyMs += ms;
            const file = url && isExt(url) ? url.slice(origin.length) : '(callbacks)';
            cost.byScript[file] = (cost.byScript[file] ?? 0) + ms;
            const task = stack[0]?.e ?? e;
            perTask.set(task, (perTask.get(task) ?? 0) + ms);
            covered.push([e.ts, end]);
            if (VERBOSE) (cost.entries ??= []).push(`${file === '(callbacks)' ? '' : `${file} `}${describeBlock(e, samples)}`);
          }
        }
        stack.push({ e, end, js: isEntry || insideJs });
      }
      for (const [task, ms] of perTask) {
        if (ms <= cost.maxBlockMs) continue;
        cost.maxBlockMs = ms;
        if (VERBOSE) cost.longest = describeBlock(task, samples);
      }
      // Extension samples outside every counted entry: added (so nothing is lost) and reported.
      let j = 0;
      for (const x of samples) {
        while (j < covered.length && covered[j]![1] < x.t) j++;
        if (!(j < covered.length && covered[j]![0] <= x.t)) cost.uncoveredMs += x.dt / 1000;
      }
    }
    cost.totalMs += cost.uncoveredMs;
    return cost;
  };
}

/** "<event> <ms>: fn 12.0, fn 3.1": a block's top-level event and the extension functions sampled in it. */
function describeBlock(task: TraceEvent, samples: Array<{ t: number; dt: number; fn: string }>): string {
  const byFn = new Map<string, number>();
  for (const x of samples) if (x.t >= task.ts && x.t <= task.ts + task.dur!) byFn.set(x.fn, (byFn.get(x.fn) ?? 0) + x.dt / 1000);
  const hot = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([fn, ms]) => `${fn} ${ms.toFixed(1)}`);
  return `${task.name} ${(task.dur! / 1000).toFixed(1)} ms: ${hot.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------
// Measuring

type Result = Cost & { marks: number };

/**
 * One trace per browser and round: every page is opened in a fresh tab between two clock-sync
 * markers, and the trace is cut at the markers (ending a trace costs Chromium about a second).
 */
async function measureRound(ext: ExtensionBrowser, name: ExtName, pages: BenchPage[], url: (p: BenchPage) => string): Promise<Result[]> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('the persistent context has no browser to trace');
  const cdp = await browser.newBrowserCDPSession();
  const marks: number[] = [];
  await startTrace(cdp);
  try {
    for (const [i, page] of pages.entries()) {
      const tab: Page = await ext.context.newPage();
      await cdp.send('Tracing.recordClockSyncMarker', { syncId: `start-${i}` });
      await tab.goto(url(page), { waitUntil: 'load' });
      const loaded = Date.now();
      if (name === 'extension' && page.kind === 'claims') {
        // Poll from outside rather than with waitForFunction's in-page polling loop.
        const deadline = Date.now() + MARKS_TIMEOUT_MS;
        while (Date.now() < deadline && (await countMarks(tab, name)) === 0) await tab.waitForTimeout(100);
        await tab.waitForTimeout(AFTER_MARKS_MS);
      }
      await tab.waitForTimeout(Math.max(0, loaded + SETTLE_MS - Date.now()));
      // A round trip through the page's main thread: whatever long task is running has ended.
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      await cdp.send('Tracing.recordClockSyncMarker', { syncId: `end-${i}` });
      marks.push(await countMarks(tab, name));
      await tab.close();
    }
  } catch (err) {
    await stopTrace(cdp).catch(() => undefined);
    throw err;
  }
  const events = await stopTrace(cdp);
  await cdp.detach().catch(() => undefined);
  const at = new Map<string, number>();
  for (const e of events) if (e.name === 'clock_sync' && e.args?.sync_id) at.set(e.args.sync_id, e.ts);
  const cost = costAnalyser(events, ext.extensionId);
  return pages.map((p, i) => {
    const from = at.get(`start-${i}`);
    const to = at.get(`end-${i}`);
    if (from === undefined || to === undefined) throw new Error(`the trace lost its markers for ${p.name}`);
    return { ...cost(from, to), marks: marks[i]! };
  });
}

function countMarks(tab: Page, name: ExtName): Promise<number> {
  if (name === 'text-walk') return Promise.resolve(0);
  const selector = name === 'extension' ? 'claimcheck-mark:not([data-continued])' : 'mark[data-markjs]';
  return tab.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build:chrome" first.`);
  }
  findChromium(); // fails early with how to install one
  const work = mkdtempSync(join(tmpdir(), 'claimcheck-bench-page-'));
  const browsers = new Map<ExtName, ExtensionBrowser>();
  let server: Awaited<ReturnType<typeof serveFixtures>> | undefined;
  const started = Date.now();
  try {
    const baselines = buildBaselines(join(work, 'extensions'));
    const pagesDir = join(work, 'pages');
    mkdirSync(pagesDir);
    const pages = buildPages(pagesDir).filter((p) => !ONLY || ONLY.some((part) => p.name.includes(part)));
    if (pages.length === 0) throw new Error(`no bench page name contains any of "${ONLY?.join('", "')}"`);
    server = await serveFixtures([pagesDir]);
    const dirs: Record<ExtName, string> = { ...baselines, extension: EXTENSION_DIR };
    // Each browser holds only its own extension and sits idle while another one is measured.
    for (const name of EXTS) browsers.set(name, await launchWithExtension(dirs[name]));

    const results = new Map<string, Result[]>();
    const key = (p: BenchPage, e: ExtName) => `${p.name}\t${e}`;
    const url = (p: BenchPage) => server!.url(p.file);
    // Warm-up: one untimed page per browser (first tab, first content-script injection).
    for (const name of EXTS) await measureRound(browsers.get(name)!, name, pages.slice(0, 1), url);
    for (let rep = 0; rep < REPEATS; rep++) {
      // Rotate which extension goes first, and alternate the page order, from round to round.
      const order = pages.map((_, i) => i);
      if (rep % 2 === 1) order.reverse();
      for (let k = 0; k < EXTS.length; k++) {
        const name = EXTS[(k + rep) % EXTS.length]!;
        const round = await measureRound(browsers.get(name)!, name, order.map((i) => pages[i]!), url);
        for (const [j, r] of round.entries()) {
          const page = pages[order[j]!]!;
          if (VERBOSE) {
            const parts = Object.entries(r.byScript).map(([f, ms]) => `${f}=${ms.toFixed(1)}`).join(' ');
            const alone = SAMPLER ? `, by the sampler alone ${r.sampledOnlyMs.toFixed(1)} ms` : '';
            console.log(`  #${rep + 1} ${page.name} ${name}: ${r.totalMs.toFixed(1)} ms, max ${r.maxBlockMs.toFixed(1)} ms, uncovered ${r.uncoveredMs.toFixed(1)} ms${alone}, marks ${r.marks} [${parts}]`);
            if (r.longest && name === 'extension') console.log(`      longest block: ${r.longest}`);
            if (r.entries && name === 'extension') for (const line of r.entries) console.log(`        ${line}`);
          }
          const list = results.get(key(page, name)) ?? [];
          list.push(r);
          results.set(key(page, name), list);
        }
      }
    }

    const med = (p: BenchPage, e: ExtName, f: (c: Result) => number) => median((results.get(key(p, e)) ?? []).map(f));
    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
    const header = ['page', 'kind', 'text KB', 'text-walk ms', 'mark.js ms', 'extension ms', 'ratio', 'ext max block ms', 'ext: probe.js / checker.js / marker.js / callbacks ms', 'marks ext/mark.js'];
    const rows: string[][] = [];
    const ratios: Record<BenchPage['kind'], number[]> = { 'no-anchors': [], 'off-topic': [], 'no-claims': [], claims: [] };
    let worstBlock = 0;
    for (const p of pages) {
      const walk = med(p, 'text-walk', (c) => c.totalMs);
      const mk = med(p, 'markjs', (c) => c.totalMs);
      const ours = med(p, 'extension', (c) => c.totalMs);
      const block = med(p, 'extension', (c) => c.maxBlockMs);
      worstBlock = Math.max(worstBlock, ...(results.get(key(p, 'extension')) ?? []).map((c) => c.maxBlockMs));
      const ratio = p.kind === 'claims' ? ours / mk : ours / walk;
      ratios[p.kind].push(ratio);
      const part = (file: string) => med(p, 'extension', (c) => c.byScript[file] ?? 0);
      rows.push([
        p.name,
        p.kind,
        String(p.textKB),
        fmt(walk),
        fmt(mk),
        fmt(ours),
        `${ratio.toFixed(2)}x ${p.kind === 'claims' ? 'mark.js' : 'walk'}`,
        fmt(block),
        `${fmt(part('probe.js'))} / ${fmt(part('checker.js'))} / ${fmt(part('marker.js'))} / ${fmt(part('(callbacks)'))}`,
        `${med(p, 'extension', (c) => c.marks)}/${med(p, 'markjs', (c) => c.marks)}`,
      ]);
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(`\nPage benchmark: renderer main-thread time attributed to each extension (median of ${REPEATS}, Chromium ${await chromiumVersion(browsers)}${SAMPLER ? ', with the sampling profiler' : ''})`);
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
    const mean = (kind: BenchPage['kind']) => (ratios[kind].length ? `${geo(ratios[kind]).toFixed(2)}x` : 'n/a');
    console.log(
      `\nGeometric mean, pages without claims against the bare text walk (target 2x, aim 1.2x): without any anchor word ${mean('no-anchors')}, ` +
        `with anchor words but no word naming the topic ${mean('off-topic')}, naming the topic ${mean('no-claims')}; claim pages ${mean('claims')} mark.js (target 3x, aim 1x).`,
    );
    console.log(`Longest single extension block in any run: ${worstBlock.toFixed(1)} ms (target under ${LONG_TASK_MS} ms). Total bench time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    for (const b of browsers.values()) await b.close().catch(() => undefined);
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function chromiumVersion(browsers: Map<ExtName, ExtensionBrowser>): Promise<string> {
  const b = browsers.values().next().value;
  return b?.context.browser()?.version() ?? 'unknown';
}

await main();
