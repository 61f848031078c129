/**
 * The texts the benchmarks run on, built from the repository's own fixtures so every run measures
 * the same input: unrelated pages (tests/fixtures/unrelated), a claim-dense article (the source
 * documents the claims were taken from) and hostile inputs. Shuffles use a seeded generator.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** mulberry32: a tiny seeded PRNG, so "random" texts are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readAll(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(abs, f), 'utf8'));
}

const paragraphs = (texts: string[]) => texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter(Boolean);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface BenchText {
  name: string;
  text: string;
}

/** The unrelated fixtures, concatenated as one page would be (blocks separated by blank lines). */
export function unrelatedPages(): BenchText {
  return { name: 'unrelated fixtures', text: readAll('tests/fixtures/unrelated').join('\n\n') };
}

/** About `bytes` of unrelated text: the fixtures' paragraphs shuffled and repeated (a very long page). */
export function unrelatedLarge(bytes = 1_000_000): BenchText {
  const paras = paragraphs(readAll('tests/fixtures/unrelated'));
  const random = seeded(1);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paras[Math.floor(random() * paras.length)]!;
    out.push(p);
    size += p.length + 2;
  }
  return { name: 'unrelated ~1 MB', text: out.join('\n\n') };
}

/**
 * The sentences of the unrelated fixtures in which `hasAnchor` finds no anchor word, as
 * paragraphs, repeated to about `bytes`: ordinary prose the engine has nothing to look at, as on
 * most pages (the fixtures themselves are chosen to hold topic words: massage chairs, a river's
 * toxins, a newspaper's circulation).
 */
export function unrelatedWithoutAnchors(hasAnchor: (text: string) => boolean, bytes = 17_000): BenchText {
  const sentences = paragraphs(readAll('tests/fixtures/unrelated'))
    .flatMap((p) => p.split(/(?<=[.!?])\s+/))
    .filter((s) => !hasAnchor(s));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 5) {
    const para = Array.from({ length: 5 }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
    out.push(para);
    size += para.length + 2;
  }
  return { name: `no anchor words ~${Math.round(bytes / 1000)} KB`, text: out.join('\n\n') };
}

/**
 * Ordinary text that is not about health: the README of every installed dependency (the lock file
 * fixes which), prose only (code blocks, inline code and links removed), at least 1,500
 * characters. A stand-in for the pages people read about other things, where stage 1 should
 * find no anchor word.
 */
export function dependencyReadmes(): BenchText[] {
  const modules = join(ROOT, 'node_modules');
  const texts: BenchText[] = [];
  for (const name of readdirSync(modules).sort()) {
    const file = join(modules, name, 'README.md');
    if (name.startsWith('.') || name.startsWith('@') || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '').replace(/https?:\S+/g, '');
    if (text.length >= 1500) texts.push({ name, text });
  }
  return texts;
}

/**
 * A claim-dense article of about `words` words: the source documents' paragraphs taken in turn
 * from each document (so every part of the article is about massage and back pain).
 */
export function claimDense(words = 2000): BenchText {
  const docs = readAll('claims/sources').map((t) => paragraphs([t]));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words && docs.some((d) => i < d.length); i++) {
    for (const d of docs) {
      const p = d[i];
      if (p === undefined || count >= words) continue;
      out.push(p);
      count += wordCount(p);
    }
  }
  return { name: `claim-dense article (${count} words)`, text: out.join('\n\n') };
}

/** Inputs that once hung NLP libraries or defeat sentence splitting; each holds claim words. */
export function pathological(): BenchText[] {
  const random = seeded(2);
  const claimWords = ['massage flushes toxins', 'massage relieves back pain', 'improves circulation', 'deep tissue massage'];
  const pick = () => claimWords[Math.floor(random() * claimWords.length)]!;

  // 1 MB of words and claim phrases with no sentence break or line break at all.
  const filler = 'the therapist said that for many people who sit all day ';
  let noBreaks = '';
  while (noBreaks.length < 1_000_000) noBreaks += `${filler}${pick()} `;

  // A run of 100k periods between two claim sentences (compromise issue #511: runs of punctuation).
  const periods = `Massage flushes toxins from the muscles${'.'.repeat(100_000)} Massage relieves back pain.`;

  // 100k one-word "sentences", with claim sentences between them: many sentence breaks.
  const shortSentences = Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 0 ? `Deep massage flushes toxins.` : 'Yes.')).join(' ');

  // 1 MB of random code units (control characters, lone surrogates) with claim phrases sprinkled in.
  const junk: string[] = [];
  for (let size = 0; size < 1_000_000; ) {
    const chunk = String.fromCharCode(...Array.from({ length: 2000 }, () => Math.floor(random() * 0xffff)));
    junk.push(chunk, ` ${pick()} `);
    size += chunk.length + 30;
  }

  return [
    { name: '1 MB, no sentence breaks', text: noBreaks },
    { name: '100k periods in a row', text: periods },
    { name: '100k short sentences', text: shortSentences },
    { name: '1 MB binary junk', text: junk.join('') },
  ];
}
