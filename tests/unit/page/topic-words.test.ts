// The probe's page-level topic gate (src/page/candidate-text.ts) on real material: no labelled page
// goes unchecked for want of a topic word, and ordinary pages with anchor words stop at the probe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dependencyReadmes } from '../../../bench/lib/texts';
import { loadClaims } from '../../../src/claims/load';
import { htmlToText } from '../../../src/cli/read-input';
import { createAnchorTest } from '../../../src/engine/prefilter';
import { TOPIC_WORDS } from '../../../src/page/candidate-text';

const root = process.cwd();
const pageDirs = [join(root, 'tests/fixtures/pages'), ...readdirSync(join(root, 'tests/eval')).filter((d) => /^(pages|heldout-pages)/.test(d)).map((d) => join(root, 'tests/eval', d))];

describe('page/topic words', () => {
  test('every labelled page, dev or held-out, names the topic', () => {
    const labelled = pageDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.expected.json') && (JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown[]).length > 0)
        .map((f) => join(dir, f.replace(/\.expected\.json$/, '.html'))),
    );
    expect(labelled.length).toBeGreaterThan(150);
    expect(labelled.filter((file) => !TOPIC_WORDS.test(htmlToText(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  test('ordinary pages that hold anchor words do not (the dependencies’ READMEs)', () => {
    const hasAnchor = createAnchorTest(loadClaims().bundle.prefilter.words);
    const anchored = dependencyReadmes().filter((r) => hasAnchor(r.text));
    expect(anchored.length).toBeGreaterThan(50);
    // A share, so that a dependency more or less does not fail it; none of 118 at the time of writing.
    const named = anchored.filter((r) => TOPIC_WORDS.test(r.text));
    expect(named.length / anchored.length, named.map((r) => `${r.name}: ${r.text.match(TOPIC_WORDS)![0]}`).join(', ')).toBeLessThanOrEqual(0.05);
  });
});
