/**
 * Reads one CLI input (a .txt or .html file, or an http(s) URL on this machine) into the text the
 * extension would scan. HTML goes through the content script's own text collector on a happy-dom
 * document, so offsets in the CLI's JSON are offsets into the page text the extension sees.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { collectText } from '../page/text-blocks';

export class InputError extends Error {}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function htmlToText(html: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    return collectText(window.document as unknown as Document).text;
  } finally {
    void window.happyDOM.close();
  }
}

export async function readInput(arg: string): Promise<string> {
  if (/^https?:\/\//i.test(arg)) {
    const url = new URL(arg);
    // The project never sends anything off the machine, and neither does its CLI.
    if (!LOCAL_HOSTS.has(url.hostname)) throw new InputError(`${arg}: only http(s) URLs on this machine (127.0.0.1, localhost) can be scanned`);
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    } catch (e) {
      throw new InputError(`${arg}: could not fetch (${(e as Error).message})`);
    }
    if (!res.ok) throw new InputError(`${arg}: HTTP ${res.status}`);
    const body = await res.text();
    return /html/i.test(res.headers.get('content-type') ?? '') ? htmlToText(body) : body;
  }
  let content: string;
  try {
    content = await readFile(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${arg}: cannot read file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? (e as Error).message})`);
  }
  return /\.x?html?$/i.test(arg) ? htmlToText(content) : content;
}
