/**
 * What the claim model learns from: the labelled development sentences (tests/eval/sentences.yaml)
 * and the twenty-three sets of labelled dev pages (tests/eval/pages ... pages-23), each sentence or item with
 * the claims its labels name, whatever their stance, and those it disputes. A page's sentences that
 * no label touches are texts that make no claim: the navigation, captions, comments and asides
 * around claims that hand-written sentences rarely imitate. The held-out sets, held-out pages, the
 * article fixtures and the seeds stay unseen, so they can still say how the model does on text it
 * never saw; the evaluation scores each dev page set with a model trained without it
 * (tests/eval/folds.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sentencesOf } from '../engine/tokenize';
import { htmlToText } from '../cli/read-input';
import type { TrainingText } from './train-model';

export const TRAINING_SENTENCES = join('tests', 'eval', 'sentences.yaml');

/** The dev page sets the model learns from, under tests/eval. */
export const TRAINING_PAGE_SETS = ['pages', 'pages-2', 'pages-3', 'pages-4', 'pages-5', 'pages-6', 'pages-7', 'pages-8', 'pages-9', 'pages-10', 'pages-11', 'pages-12', 'pages-13', 'pages-14', 'pages-15', 'pages-16', 'pages-17', 'pages-18', 'pages-19', 'pages-20', 'pages-21', 'pages-22', 'pages-23'] as const;

export const trainingPageDir = (set: string, root = process.cwd()): string => join(root, 'tests', 'eval', set);

const labelsOf = (labels: ReadonlyArray<{ claim: string; stance: string }>) => ({
  claims: [...new Set(labels.map((l) => l.claim))],
  disputes: [...new Set(labels.filter((l) => l.stance === 'disputes').map((l) => l.claim))],
});

export function trainingTexts(root = process.cwd()): TrainingText[] {
  const items = parse(readFileSync(join(root, TRAINING_SENTENCES), 'utf8')) as Array<{ text: string; expect?: Array<{ claim: string; stance: string }> | null }>;
  return items.map((item) => ({ text: item.text, ...labelsOf(item.expect ?? []) }));
}

/**
 * Labels anchored by an exact quote, with where the quote stands in the text; a quote not found fails
 * naming the label file and the document (the evaluation scores pages with the same anchoring).
 */
export function locateQuotes<L extends { quote: string }>(text: string, labels: readonly L[], where: { labelFile: string; name: string }): Array<L & { start: number; end: number }> {
  return labels.map((l) => {
    const start = text.indexOf(l.quote);
    if (start < 0) throw new Error(`${where.labelFile}: quote not found in ${where.name}: "${l.quote}"`);
    return { ...l, start, end: start + l.quote.length };
  });
}

/**
 * A page set's sentences, read as the content script reads a page (src/cli/read-input.ts), each
 * with the labels whose quote overlaps it.
 */
export function trainingPageTexts(set: string, root = process.cwd()): TrainingText[] {
  const dir = trainingPageDir(set, root);
  const texts: TrainingText[] = [];
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const text = htmlToText(readFileSync(join(dir, page), 'utf8'));
    const labelFile = join(dir, page.replace(/\.html$/, '.expected.json'));
    const labels = locateQuotes(text, JSON.parse(readFileSync(labelFile, 'utf8')) as Array<{ claim: string; stance: string; quote: string }>, { labelFile, name: page });
    for (const s of sentencesOf(text)) texts.push({ text: s.text, ...labelsOf(labels.filter((l) => l.start < s.end && l.end > s.start)) });
  }
  return texts;
}

/** Everything the shipped model learns from: the sentences, then every dev page set. */
export const allTrainingTexts = (root = process.cwd()): TrainingText[] => [...trainingTexts(root), ...TRAINING_PAGE_SETS.flatMap((set) => trainingPageTexts(set, root))];
