/**
 * Build-time inflection: patterns name a word once ("flush") and match every form ("flushes",
 * "flushed", "flushing"). Done here with full compromise so the run-time engine only needs the
 * small tokenizer build and plain string comparison.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise/three';

/**
 * The self-contained CommonJS build of full compromise, not the ES module: `compromise/three`'s ES
 * module plugs the tagger into the very instance `compromise/one` exports, which would make every
 * engine run in the same process (CLI, eval, tests, bench) slower than, and different from, the
 * browser's engine, which has only the tokenizer.
 */
const nlp = createRequire(import.meta.url)('compromise/three') as typeof nlpType;

/** Function words are never inflected: "of" must not turn into "ofs". */
const UNINFLECTED = new Set(
  'a an the of to in on at for with by from and or nor but as than that this these those it its your my our their his her him them you we they i me us not no never up out off down over into onto about through all any some each every more most very so too also just only'.split(
    ' ',
  ),
);

const IRREGULAR: Record<string, string[]> = {
  be: ['be', 'is', 'are', 'was', 'were', 'been', 'being'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'done', 'doing'],
};

const cache = new Map<string, string[]>();

export function inflections(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  let forms: string[];
  if (IRREGULAR[word]) forms = IRREGULAR[word];
  else if (UNINFLECTED.has(word) || /[^a-z'-]/.test(word)) forms = [word];
  else {
    const set = new Set([word]);
    // Tag the word both ways: patterns name a word once whatever its part of speech.
    const asVerb = nlp(word);
    asVerb.tag('Verb');
    const conj = asVerb.verbs().conjugate()[0] as Record<string, string> | undefined;
    for (const form of Object.values(conj ?? {})) set.add(form);
    const asNoun = nlp(word);
    asNoun.tag('Noun');
    set.add(asNoun.nouns().toPlural().text());
    // Multi-word outputs ("will flush") are not forms of the word itself.
    forms = [...set].map((f) => f.toLowerCase()).filter((f) => f && !/\s/.test(f));
  }
  cache.set(word, forms);
  return forms;
}

/** The in-memory table, for the disk cache (see inflection-cache.ts). */
export function inflectionTable(): Record<string, string[]> {
  return Object.fromEntries(cache);
}

/** Loads earlier results; words already computed in this process are kept. */
export function primeInflections(table: Record<string, string[]>): void {
  for (const [word, forms] of Object.entries(table)) if (!cache.has(word) && Array.isArray(forms)) cache.set(word, forms);
}
