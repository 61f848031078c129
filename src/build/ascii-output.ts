/**
 * Rewrites every non-ASCII character in the emitted JavaScript as a \uXXXX escape. compromise's
 * regexes contain characters such as U+2013 and U+FEFF; Chrome can refuse content scripts with
 * some of them (WXT issue #353), and esbuild's charset option does not reach code from
 * node_modules in Vite's build. \u escapes mean the same thing in strings, regexes, templates and
 * identifiers, so the code behaves identically.
 */
import type { Plugin } from 'vite';

export function escapeNonAscii(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function asciiOutput(): Plugin {
  return {
    name: 'claimcheck:ascii-output',
    enforce: 'post',
    renderChunk(code) {
      return /[^\x00-\x7f]/.test(code) ? { code: escapeNonAscii(code), map: null } : null;
    },
  };
}
