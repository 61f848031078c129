/**
 * Disk cache for build-time inflections: computing them with compromise is most of the claims
 * compile time (seconds), and every test file, CLI run and build compiles the claims. The cache
 * key covers the compromise version and inflect.ts itself, so a change to either starts afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflectionTable, primeInflections } from './inflect';

const ROOT = process.cwd();
const DIR = join(ROOT, 'node_modules', '.cache', 'claimcheck');

function cacheFile(): string | undefined {
  try {
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')).version as string;
    const code = readFileSync(join(ROOT, 'src', 'claims', 'inflect.ts'), 'utf8');
    return join(DIR, `inflections-${createHash('sha256').update(version).update(code).digest('hex').slice(0, 16)}.json`);
  } catch {
    return undefined; // not run from the repository root: no cache, same results
  }
}

export function loadInflectionCache(): number {
  const file = cacheFile();
  if (!file) return 0;
  try {
    const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    primeInflections(table);
    return Object.keys(table).length;
  } catch {
    return 0; // missing or corrupt: recompute
  }
}

export function saveInflectionCache(knownBefore: number): void {
  const file = cacheFile();
  const table = inflectionTable();
  if (!file || Object.keys(table).length <= knownBefore) return;
  try {
    mkdirSync(DIR, { recursive: true });
    // Write then rename: parallel test workers never read a half-written file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(table));
    renameSync(tmp, file);
  } catch {
    // A read-only tree only costs speed.
  }
}
