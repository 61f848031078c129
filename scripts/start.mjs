// `npm start`: builds the Chrome extension and opens Chromium with it loaded on a demo page made
// from the five source documents in claims/sources/, served on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_HELP, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const chromium = chromiumPath();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start opens a browser window, and this machine has no display (DISPLAY is not set). Run it on a desktop, or use xvfb-run npm start.');
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const sourcesDir = join(root, 'claims', 'sources');
const articles = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const [title, ...rest] = readFileSync(join(sourcesDir, f), 'utf8').split(/\n/).map((l) => l.trim()).filter(Boolean);
    return `<article><h2>${escape(title)}</h2>${rest.map((p) => `<p>${escape(p)}</p>`).join('')}<p class="src">Source document: ${escape(f)}</p></article>`;
  });
const demo = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Claim Check demo: massage and back pain</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}article{border-top:2px solid #ddd;margin-top:2rem}.src{color:#777;font-size:13px}</style></head>
<body><h1>Claim Check demo</h1><p>The five source documents the claims file was built from. Hover or Tab to a marked claim; open the toolbar button for the page summary.</p>${articles.join('\n')}</body></html>`;

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(demo);
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/demo.html`;
  const profile = mkdtempSync(join(tmpdir(), 'claimcheck-start-'));
  const ext = join(root, '.output', 'chrome-mv3');
  console.log(`Opening ${url} in Chromium with the extension loaded. Close the browser to stop.`);
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  browser.on('exit', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  });
});
