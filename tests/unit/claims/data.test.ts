/** The real claims/ data: contracts the extension, CLI and reports rely on. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { qualityProblems } from '../../../src/claims/quality';
import { NOTE_MAX } from '../../../src/claims/schema';
import { SCOPE, SCOPE_IDS } from '../../../src/claims/scope';
import { VERDICTS, type PrefilterDetail } from '../../../src/engine/types';

const ROOT = join(process.cwd(), 'claims');
const result = loadClaims(ROOT);
const { bundle, files } = result;
const sourcesDir = join(ROOT, 'sources');
const sources = Object.fromEntries(
  readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(sourcesDir, f), 'utf8')]),
);

describe('claims data', () => {
  test('the scope lists 38 claims and every one has a claim', () => {
    expect(SCOPE_IDS).toHaveLength(38);
    const ids = new Set(bundle.claims.map((c) => c.id));
    expect(SCOPE_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('claim ids are unique and equal their file names', () => {
    const ids = files.map((f) => f.claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { file, claim } of files) expect(file).toBe(`claims/claims/${claim.id}.yaml`);
  });

  test('scope source documents exist', () => {
    const prefixes = new Set(Object.keys(sources).map((f) => f.slice(0, 3)));
    expect(Object.keys(sources)).toHaveLength(5);
    for (const docs of Object.values(SCOPE)) for (const d of docs) expect(prefixes).toContain(d);
  });

  test.each(bundle.claims.map((c) => [c.id, c] as const))('%s: verdict, notes and citations', (_id, claim) => {
    expect(VERDICTS).toContain(claim.verdict);
    expect(claim.citations.length).toBeGreaterThan(0);
    for (const c of claim.citations) expect(c.doi ?? c.url).toBeTruthy();
    const notes = [claim.notes.asserts, claim.notes.disputes, ...(claim.notes.hedges === undefined ? [] : [claim.notes.hedges])];
    for (const note of notes) {
      expect(note.trim().length).toBeGreaterThan(0);
      expect(note.length).toBeLessThanOrEqual(NOTE_MAX);
    }
    expect(NOTE_MAX).toBe(300);
    expect(claim.title.trim()).not.toBe('');
  });

  test.each(files.map((f) => [f.claim.id, f.claim] as const))('%s: provenance quotes occur verbatim in claims/sources', (_id, claim) => {
    expect(claim.provenance.length).toBeGreaterThan(0);
    for (const p of claim.provenance) {
      const text = readFileSync(join(sourcesDir, p.source), 'utf8');
      expect(text.includes(p.quote), `${p.source} should contain: ${p.quote}`).toBe(true);
    }
  });

  test('red flags have emergency and urgent groups with items', () => {
    const levels = bundle.redFlags.groups.map((g) => g.level);
    expect(levels).toContain('emergency');
    expect(levels).toContain('urgent');
    for (const g of bundle.redFlags.groups) expect(g.items.length).toBeGreaterThan(0);
  });

  test('quality: examples are matched and every scope claim is found in one of its seed documents', () => {
    expect(qualityProblems(result, sources)).toEqual([]);
  });

  test('the prefilter has words and its detail parses', () => {
    expect(bundle.prefilter.words.length).toBeGreaterThan(0);
    expect(bundle.prefilter.words).toContain('massage');
    const detail = JSON.parse(bundle.prefilter.detail) as PrefilterDetail;
    expect(Array.isArray(detail.forms)).toBe(true);
    // Concept rules wake the engine as patterns do: their requirements follow the patterns'.
    expect(detail.requirements).toHaveLength(bundle.patterns.length + bundle.concepts.length);
    for (const req of detail.requirements) for (const slot of req) expect(detail.slots[slot]).toBeDefined();
  });

  test('no anchor word is a word found on every kind of page (each one sends the page to the engine)', () => {
    const everyday = (
      'table register login sign home news contact search menu price free sale view click subscribe account cart shop ' +
      'share comment reply post page read more next about privacy terms cookie video photo image email online world ' +
      'game team season score win beat trump market business money bank school student music film weather travel food recipe ' +
      'bag chair desk office process stress fluid retention wheat ' +
      // Session 20: a few new patterns and concept phrases made these anchors before anchor.ts learned of them.
      'really actually definitely honestly stuff strong hard build building touch press cold catch list number range ' +
      'point head stop target release boost produce'
    ).split(' ');
    expect(everyday.filter((w) => bundle.prefilter.words.includes(w))).toEqual([]);
  });

  test('every pattern and concept rule has an anchor', () => {
    for (const p of [...bundle.patterns, ...bundle.concepts]) expect(p.anchor.length, p.source).toBeGreaterThan(0);
  });
});
