/** Plain-text tables for the benchmark report: aligned columns, readable in a terminal and in a PR. */

export type Row = Record<string, string>;

export function table(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  // Numbers (and ratios such as "1.4x") right-aligned, text left-aligned.
  const cell = (c: string, v: string) => (/^[\d.,<>~-]+( ?[a-zA-Z%]+)?$/.test(v) ? v.padStart(width(c)) : v.padEnd(width(c)));
  return [
    line(columns.map((c) => c.padEnd(width(c)))),
    line(columns.map((c) => '-'.repeat(width(c)))),
    ...rows.map((r) => line(columns.map((c) => cell(c, r[c] ?? '')))),
  ].join('\n');
}

export const ms = (v: number): string => (Number.isNaN(v) ? '-' : v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));
export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(a / b < 10 ? 2 : 0)}x` : '-');
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
