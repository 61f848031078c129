/**
 * Tiny runtime checks for values that cross a trust boundary (stored settings, messages).
 * Hand-written instead of a schema library: they run in the content script on every page,
 * where each kilobyte is parsed on every page load.
 */

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export const isOneOf = <T extends string>(v: unknown, options: readonly T[]): v is T => typeof v === 'string' && (options as readonly string[]).includes(v);
