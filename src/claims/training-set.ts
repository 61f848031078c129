/**
 * What the claim model learns from: the labelled development sentences (tests/eval/sentences.yaml)
 * and the forty-four sets of labelled dev pages (tests/eval/pages ... pages-44), each sentence or item with
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
export const TRAINING_PAGE_SETS = ['pages', 'pages-2', 'pages-3', 'pages-4', 'pages-5', 'pages-6', 'pages-7', 'pages-8', 'pages-9', 'pages-10', 'pages-11', 'pages-12', 'pages-13', 'pages-14', 'pages-15', 'pages-16', 'pages-17', 'pages-18', 'pages-19', 'pages-20', 'pages-21', 'pages-22', 'pages-23', 'pages-24', 'pages-25', 'pages-26', 'pages-27', 'pages-28', 'pages-29', 'pages-30', 'pages-31', 'pages-32', 'pages-33', 'pages-34', 'pages-35', 'pages-36', 'pages-37', 'pages-38', 'pages-39', 'pages-40', 'pages-41', 'pages-42', 'pages-43', 'pages-44'] as const;

export const trainingPageDir = (set: string, root = process.cwd()): string => join(root, 'tests', 'eval', set);

const labelsOf = (labels: ReadonlyArray<{ claim: string; stance: string }>) => ({
  claims: [...new Set(labels.map((l) => l.claim))],
  disputes: [...new Set(labels.filter((l) => l.stance === 'disputes').map((l) => l.claim))],
});

/** The dev sentences with their labels, in file order. */
export const labelledSentences = (root = process.cwd()): Array<{ text: string; expect?: Array<{ claim: string; stance: string }> | null }> =>
  parse(readFileSync(join(root, TRAINING_SENTENCES), 'utf8'));

export function trainingTexts(root = process.cwd()): TrainingText[] {
  return labelledSentences(root).map((item) => ({ text: item.text, ...labelsOf(item.expect ?? []) }));
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

export interface LabelledPage {
  name: string;
  /** The page's text, read as the content script reads a page (src/cli/read-input.ts). */
  text: string;
  labels: Array<{ claim: string; stance: string; quote: string; start: number; end: number }>;
}

/** A dev page set's pages with their labels placed in the text. */
export function labelledPages(set: string, root = process.cwd()): LabelledPage[] {
  const dir = trainingPageDir(set, root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((page) => {
      const text = htmlToText(readFileSync(join(dir, page), 'utf8'));
      const labelFile = join(dir, page.replace(/\.html$/, '.expected.json'));
      return { name: page, text, labels: locateQuotes(text, JSON.parse(readFileSync(labelFile, 'utf8')) as Array<{ claim: string; stance: string; quote: string }>, { labelFile, name: page }) };
    });
}

/** A page set's sentences, each with the labels whose quote overlaps it. */
export function trainingPageTexts(set: string, root = process.cwd()): TrainingText[] {
  return labelledPages(set, root).flatMap(({ text, labels }) =>
    sentencesOf(text).map((s) => ({ text: s.text, ...labelsOf(labels.filter((l) => l.start < s.end && l.end > s.start)) })),
  );
}

/** Everything the shipped model learns from: the sentences, then every dev page set. */
export const allTrainingTexts = (root = process.cwd()): TrainingText[] => [...trainingTexts(root), ...TRAINING_PAGE_SETS.flatMap((set) => trainingPageTexts(set, root))];
