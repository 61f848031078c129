/** The CLI's JSON contract (design.md). Each spawn costs about two seconds, so tests are few. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlToText } from '../../../src/cli/read-input';
import { STANCES, VERDICTS } from '../../../src/engine/types';

const run = promisify(execFile);
const CWD = join(import.meta.dirname, '../../..');
const TXT = 'claims/sources/000_b4267550155563cd.txt';
const HTML = '<p>Massage flushes <strong>toxins</strong> from the body.</p><textarea>massage flushes toxins</textarea>';

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliMatch {
  claimId: string;
  verdict: string;
  stance: string;
  sentence: string;
  text: string;
  start: number;
  end: number;
}

async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/scan.ts', ...args], { cwd: CWD, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('cli/scan', { timeout: 90_000 }, () => {
  test('--json on a .txt and an .html file follows the contract', async () => {
    const htmlFile = join(dir, 'page.html');
    writeFileSync(htmlFile, HTML);
    const { code, stdout } = await scan('--json', TXT, htmlFile);
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<{ file: string; matches: CliMatch[] }>;
    expect(results.map((r) => r.file)).toEqual([TXT, htmlFile]);

    const txt = readFileSync(join(CWD, TXT), 'utf8');
    const html = htmlToText(HTML);
    for (const [result, content] of [
      [results[0]!, txt],
      [results[1]!, html],
    ] as const) {
      for (const m of result.matches) {
        expect(Object.keys(m).sort()).toEqual(['claimId', 'end', 'sentence', 'stance', 'start', 'text', 'verdict']);
        expect(m.claimId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(VERDICTS).toContain(m.verdict);
        expect(STANCES).toContain(m.stance);
        expect(m.text).toBe(content.slice(m.start, m.end));
        expect(m.sentence).toContain(m.text);
        expect(content).toContain(m.sentence);
      }
    }

    // The seed document holds claims of its scope, among them the toxins claim.
    const txtIds = new Set(results[0]!.matches.map((m) => m.claimId));
    expect(txtIds).toContain('massage-flushes-toxins');
    expect(txtIds).toContain('massage-relieves-back-pain');

    // The .html file: one match, in the paragraph; the textarea is not scanned.
    const htmlMatches = results[1]!.matches;
    expect(htmlMatches).toHaveLength(1);
    expect(htmlMatches[0]).toMatchObject({ claimId: 'massage-flushes-toxins', verdict: 'unsupported', stance: 'asserts', start: 0, text: 'Massage flushes toxins' });
    expect(html.slice(htmlMatches[0]!.start, htmlMatches[0]!.end)).toBe('Massage flushes toxins');
  });

  test('a missing file exits non-zero with a message naming the file', async () => {
    const missing = join(dir, 'no-such-file.txt');
    const { code, stderr } = await scan('--json', missing);
    expect(code).not.toBe(0);
    expect(stderr).toContain(missing);
    expect(stderr).toMatch(/no such file/);
  });
});
