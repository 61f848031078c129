/**
 * Timing helpers for the benchmarks: warm-up, repeated runs, median and p95. Figures only, never
 * pass/fail: timings on shared machines vary too much for asserts, so they live here, not in tests.
 */

export interface Timing {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

/** Sink for results, so the JIT cannot drop work whose value is never used. */
export let sink = 0;
export const consume = (value: unknown): void => {
  sink = (sink + (typeof value === 'number' ? value : value === undefined ? 0 : 1)) | 0;
};

/** Nearest-rank percentile of numbers already sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN, runs: sorted.length };
}

export interface MeasureOptions {
  warmup?: number;
  /** Most timed runs. */
  reps?: number;
  /** Stop adding runs after this much time (at least `minReps` run), to keep the whole bench short. */
  maxMs?: number;
  minReps?: number;
}

/**
 * Times `fn` after `warmup` untimed calls; returns the summary and the last result. Slow inputs
 * (seconds per call) use warmup 0 and minReps 1-2 so the whole bench stays around a minute.
 */
export function measure<T>(fn: () => T, options: MeasureOptions = {}): Timing & { result: T } {
  const { warmup = 3, reps = 15, maxMs = 2500, minReps = 3 } = options;
  for (let i = 0; i < warmup; i++) consume(fn());
  const samples: number[] = [];
  const stopAt = performance.now() + maxMs;
  let result: T | undefined;
  while (samples.length < Math.max(1, reps) && (samples.length < Math.max(1, minReps) || performance.now() < stopAt)) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  consume(result);
  return { ...summarize(samples), result: result as T };
}

/** Runs a full collection between sections when node was started with --expose-gc; a no-op otherwise. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
