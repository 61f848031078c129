/**
 * The development evaluation: the engine against hand-labelled sentences (tests/eval/sentences.yaml)
 * and the labelled source documents (tests/eval/seeds.yaml). A prediction counts as correct when its
 * claim was labelled for that sentence (sentences) or for an overlapping quote (seeds); stance
 * accuracy is measured on the correct predictions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { locateQuotes } from '../../src/claims/training-set';
import { htmlToText } from '../../src/cli/read-input';
import type { Scanner } from '../../src/engine/scanner';
import type { Stance } from '../../src/engine/types';

const HERE = import.meta.dirname;
const SOURCES = join(HERE, '..', '..', 'claims', 'sources');

interface Label {
  claim: string;
  stance: Stance;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  stanceRight: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  stanceAccuracy: number;
}

export interface Mistake {
  where: string;
  kind: 'false-positive' | 'missed' | 'wrong-stance';
  claim: string;
  detail: string;
}

export interface Evaluation {
  overall: Scores;
  sentences: Scores;
  seeds: Scores;
  perClaim: Record<string, Scores>;
  mistakes: Mistake[];
}

/** Scans are scored whole: a time budget would make the figures depend on the machine's load. */
const UNLIMITED = { budgetMs: Infinity, maxCandidateChars: Infinity };

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, stanceRight: 0 });

export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, stanceAccuracy: c.tp === 0 ? 1 : c.stanceRight / c.tp };
}

type QuotedLabel = Label & { quote: string };

/** A labelled document: its text as the engine reads it, and labels anchored by exact quotes. */
interface LabelledDocument {
  name: string;
  text: string;
  labels: QuotedLabel[];
  /** Where the labels live, for the error a missing quote raises. */
  labelFile: string;
}

type Recorder = (claim: string, what: 'tp' | 'fp' | 'fn', stanceRight?: boolean) => void;

/** Counts per claim beside the buckets a caller keeps; `record` adds to a bucket and to its claim's counts. */
function perClaimTally() {
  const counts = new Map<string, Counts>();
  return {
    record(bucket: Counts, claim: string, what: 'tp' | 'fp' | 'fn', stanceRight = false) {
      for (const c of [bucket, counts.get(claim) ?? counts.set(claim, empty()).get(claim)!]) {
        c[what]++;
        if (stanceRight) c.stanceRight++;
      }
    },
    /** The scores by claim ID, in ID order. */
    scores: (): Record<string, Scores> => Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => [id, score(c)])),
  };
}

/**
 * Scores one document: a prediction is right when a label of its claim has a quote overlapping the
 * predicted sentence; each label counts once (a second match of it is not counted again).
 */
function scoreDocument(scanner: Scanner, doc: LabelledDocument, record: Recorder, mistakes: Mistake[]) {
  const spans = locateQuotes(doc.text, doc.labels, doc).map((l) => ({ ...l, used: false }));
  for (const m of scanner.scan(doc.text, UNLIMITED).matches) {
    const sentenceEnd = m.sentenceStart + m.sentence.length;
    const overlapping = spans.filter((l) => l.claim === m.claimId && l.start < sentenceEnd && l.end > m.sentenceStart);
    const label = overlapping.find((l) => !l.used);
    if (overlapping.length === 0) {
      record(m.claimId, 'fp');
      mistakes.push({ where: `${doc.name}: ${m.sentence}`, kind: 'false-positive', claim: m.claimId, detail: m.stance });
    } else if (label) {
      label.used = true;
      record(m.claimId, 'tp', label.stance === m.stance);
      if (label.stance !== m.stance) mistakes.push({ where: `${doc.name}: ${m.sentence}`, kind: 'wrong-stance', claim: m.claimId, detail: `${m.stance}, labelled ${label.stance}` });
    }
  }
  for (const l of spans.filter((s) => !s.used)) {
    record(l.claim, 'fn');
    mistakes.push({ where: `${doc.name}: "${l.quote}"`, kind: 'missed', claim: l.claim, detail: l.stance });
  }
}

/**
 * Whole web pages: every `<name>.html` in the directories with its labels in `<name>.expected.json`, read
 * into text the way the content script reads a page (src/cli/read-input.ts), so navigation,
 * sidebars, lists and footers are scored as the extension meets them. `scanner` may be given per
 * directory (folds.ts: a dev page set scored by a model that never saw it).
 */
export function evaluatePages(scanner: Scanner | ((dir: string) => Scanner), dirs: readonly string[]): { scores: Scores; perClaim: Record<string, Scores>; mistakes: Mistake[]; pages: number } {
  const total = empty();
  const tally = perClaimTally();
  const mistakes: Mistake[] = [];
  const record: Recorder = (claim, what, stanceRight) => tally.record(total, claim, what, stanceRight);
  const scannerFor = typeof scanner === 'function' ? scanner : () => scanner;
  const pages = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => ({ dir, page: join(dir, f) })));
  for (const { dir, page } of pages) {
    const labelFile = page.replace(/\.html$/, '.expected.json');
    const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as QuotedLabel[];
    scoreDocument(scannerFor(dir), { name: basename(page), text: htmlToText(readFileSync(page, 'utf8')), labels, labelFile }, record, mistakes);
  }
  return { scores: score(total), perClaim: tally.scores(), mistakes, pages: pages.length };
}

/**
 * Dev set by default; `heldout: true` scores tests/eval/heldout.yaml alone (report-only, never
 * tuned on); `file` scores another set of sentences alone (a fresh batch, before it joins the dev set);
 * `yaml` scores sentences given as YAML text alone (part of a file). `scannerFor` gives the scanner
 * for the item at an index of the file (folds.ts: dev sentences scored by models that never saw them).
 */
export function evaluate(scanner: Scanner, options: { heldout?: boolean; file?: string; yaml?: string; scannerFor?: (index: number) => Scanner } = {}): Evaluation {
  const alone = options.heldout === true || options.file !== undefined || options.yaml !== undefined;
  const tally = perClaimTally();
  const sentences = empty();
  const seeds = empty();
  const mistakes: Mistake[] = [];

  const record = tally.record;

  // Hand-written sentences: one prediction per claim per item.
  const path = options.file ?? join(HERE, options.heldout ? 'heldout.yaml' : 'sentences.yaml');
  const items = parse(options.yaml ?? readFileSync(path, 'utf8')) as Array<{ text: string; expect: Label[] }>;
  items.forEach((item, index) => {
    const predicted = new Map<string, Stance>();
    for (const m of (options.scannerFor?.(index) ?? scanner).scan(item.text, UNLIMITED).matches) if (!predicted.has(m.claimId)) predicted.set(m.claimId, m.stance);
    const expected = new Map((item.expect ?? []).map((l) => [l.claim, l.stance]));
    for (const [claim, stance] of predicted) {
      const want = expected.get(claim);
      if (want === undefined) {
        record(sentences, claim, 'fp');
        mistakes.push({ where: item.text, kind: 'false-positive', claim, detail: stance });
      } else {
        record(sentences, claim, 'tp', want === stance);
        if (want !== stance) mistakes.push({ where: item.text, kind: 'wrong-stance', claim, detail: `${stance}, labelled ${want}` });
      }
    }
    for (const [claim, stance] of expected) {
      if (!predicted.has(claim)) {
        record(sentences, claim, 'fn');
        mistakes.push({ where: item.text, kind: 'missed', claim, detail: stance });
      }
    }
  });

  // Seed documents: labels anchored by quotes.
  const labels = alone ? {} : (parse(readFileSync(join(HERE, 'seeds.yaml'), 'utf8')) as Record<string, QuotedLabel[]>);
  for (const [file, list] of Object.entries(labels)) {
    scoreDocument(scanner, { name: file, text: readFileSync(join(SOURCES, file), 'utf8'), labels: list, labelFile: 'tests/eval/seeds.yaml' }, (claim, what, stanceRight) => record(seeds, claim, what, stanceRight), mistakes);
  }

  const total = empty();
  for (const c of [sentences, seeds]) for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  return {
    overall: score(total),
    sentences: score(sentences),
    seeds: score(seeds),
    perClaim: tally.scores(),
    mistakes,
  };
}
