/** Reads claims/ from disk (Node only: build, CLI, tests) and compiles it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { compileClaims, type CompileResult, type RawFile } from './compile';
import { loadInflectionCache, saveInflectionCache } from './inflection-cache';

/** npm scripts, Vite and Vitest run from the repository root; CLAIMCHECK_CLAIMS_DIR points elsewhere (tests). */
export const DEFAULT_CLAIMS_DIR = process.env.CLAIMCHECK_CLAIMS_DIR ?? join(process.cwd(), 'claims');

function readYaml(path: string, root: string): RawFile {
  const file = relative(join(root, '..'), path);
  const text = readFileSync(path, 'utf8');
  try {
    return { file, text, data: parse(text, { prettyErrors: true }) };
  } catch (e) {
    return { file, text, data: undefined, parseError: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** The trained claim model, written by `npm run model:train`. */
export const MODEL_FILE = 'model.json';

function readJson(path: string, root: string): RawFile {
  const file = relative(join(root, '..'), path);
  const text = readFileSync(path, 'utf8');
  try {
    return { file, text, data: JSON.parse(text) };
  } catch (e) {
    return { file, text, data: undefined, parseError: `not valid JSON: ${(e as Error).message}` };
  }
}

const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

/** Every file the bundle depends on, so build tools can watch them. */
export function claimsFiles(root = DEFAULT_CLAIMS_DIR): string[] {
  const model = join(root, MODEL_FILE);
  return [...yamlIn(join(root, 'claims')), ...yamlIn(join(root, 'lexicon')), join(root, 'red-flags.yaml'), ...(existsSync(model) ? [model] : [])];
}

/** `withModel: false` compiles the claims without claims/model.json (training a new one needs no old one). */
export function loadClaims(root = DEFAULT_CLAIMS_DIR, { withModel = true } = {}): CompileResult {
  const sourcesDir = join(root, 'sources');
  const sources: Record<string, string> = {};
  for (const f of readdirSync(sourcesDir).filter((n) => n.endsWith('.txt'))) sources[f] = readFileSync(join(sourcesDir, f), 'utf8');
  const cached = loadInflectionCache();
  try {
    return compileClaims({
      claims: yamlIn(join(root, 'claims')).map((p) => readYaml(p, root)),
      lexicons: yamlIn(join(root, 'lexicon')).map((p) => readYaml(p, root)),
      redFlags: readYaml(join(root, 'red-flags.yaml'), root),
      ...(withModel && existsSync(join(root, MODEL_FILE)) ? { model: readJson(join(root, MODEL_FILE), root) } : {}),
      sources,
    });
  } finally {
    saveInflectionCache(cached);
  }
}
