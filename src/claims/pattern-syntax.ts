/**
 * Parser for the pattern syntax documented in claims/README.md. It turns a pattern string into
 * slots of plain words; concepts and inflections are resolved later by the compiler, so this
 * module stays a pure function of its input and can report errors with the column they occur at.
 */

export interface PatternWord {
  text: string;
  /** `=word`: match this form only, no inflections. */
  exact: boolean;
}

export type PatternOption = { kind: 'words'; words: PatternWord[] } | { kind: 'concept'; name: string };

export type PatternSlot =
  | { kind: 'gap'; max: number }
  | { kind: 'alt'; options: PatternOption[]; optional: boolean };

export const MAX_GAP = 8;

export class PatternSyntaxError extends Error {}

const WORD = /^=?[a-z0-9][a-z0-9'%-]*$/;

export function parseWord(raw: string, where: string): PatternWord {
  const w = raw.trim().toLowerCase().replace(/’/g, "'");
  if (!WORD.test(w)) throw new PatternSyntaxError(`${where}: "${raw}" is not a word (letters, digits, ' % - only)`);
  return w.startsWith('=') ? { text: w.slice(1), exact: true } : { text: w, exact: false };
}

/** Words of a plain phrase such as a lexicon entry: "get rid of", "=back pain". */
export function parsePhrase(phrase: string, where: string): PatternWord[] {
  const parts = phrase.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new PatternSyntaxError(`${where}: empty phrase`);
  return parts.map((p) => parseWord(p, where));
}

/**
 * The plain phrases a phrase with alternative groups stands for, in the order written (the last
 * group varies fastest): "=pain =in (=my|=the) (=knee|=foot)" is four phrases. Lexicon vetoes are
 * written so; a group holds words only (no concepts, gaps or optional marks).
 */
export function expandAlternatives(phrase: string, where: string): PatternWord[][] {
  const groups = splitItems(phrase.trim()).map((item) => (item.startsWith('(') && item.endsWith(')') ? item.slice(1, -1).split('|') : [item]));
  if (groups.length === 0) throw new PatternSyntaxError(`${where}: empty phrase`);
  const combos = groups.reduce<string[][]>((sofar, group) => sofar.flatMap((words) => group.map((option) => [...words, option])), [[]]);
  return combos.map((words) => parsePhrase(words.join(' '), where));
}

function parseOption(raw: string, where: string): PatternOption {
  const t = raw.trim();
  if (t.startsWith('@')) {
    const name = t.slice(1);
    if (!/^[a-z0-9-]+$/.test(name)) throw new PatternSyntaxError(`${where}: "${t}" is not a concept name`);
    return { kind: 'concept', name };
  }
  return { kind: 'words', words: parsePhrase(t, where) };
}

/** Splits a pattern into top-level items, keeping parenthesised groups whole. */
function splitItems(pattern: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new PatternSyntaxError(`unbalanced ")" in "${pattern}"`);
    if (/\s/.test(ch) && depth === 0) {
      if (current) items.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw new PatternSyntaxError(`unbalanced "(" in "${pattern}"`);
  if (current) items.push(current);
  return items;
}

export function parsePattern(pattern: string): PatternSlot[] {
  const where = `pattern "${pattern}"`;
  const slots: PatternSlot[] = [];
  for (const item of splitItems(pattern)) {
    const gap = /^\.\.(\d+)$/.exec(item);
    if (gap) {
      const max = Number(gap[1]);
      if (max < 1 || max > MAX_GAP) throw new PatternSyntaxError(`${where}: gap "${item}" must be ..1 to ..${MAX_GAP}`);
      slots.push({ kind: 'gap', max });
      continue;
    }
    const optional = item.endsWith('?');
    const body = optional ? item.slice(0, -1) : item;
    if (body.startsWith('(')) {
      if (!body.endsWith(')')) throw new PatternSyntaxError(`${where}: "${item}" has text after its closing ")"`);
      const inner = body.slice(1, -1);
      if (inner.includes('(')) throw new PatternSyntaxError(`${where}: groups cannot be nested`);
      const options = inner.split('|').map((o) => parseOption(o, where));
      slots.push({ kind: 'alt', options, optional });
    } else {
      slots.push({ kind: 'alt', options: [parseOption(body, where)], optional });
    }
  }
  if (!slots.some((s) => s.kind === 'alt' && !s.optional)) throw new PatternSyntaxError(`${where}: needs at least one required word`);
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (first?.kind === 'gap' || last?.kind === 'gap') throw new PatternSyntaxError(`${where}: cannot start or end with a gap`);
  return slots;
}

/** Fewest and most elements of a concept rule (claims/README.md, "Concept rules"). */
export const CONCEPT_ELEMENTS = { min: 2, max: 4 } as const;

/**
 * Parses a concept rule: 2-4 elements in the pattern syntax, each a word, a (a|b) group or an
 * @concept, all required, with no gaps (the rule has no order, so it has nothing to skip).
 */
export function parseConceptRule(rule: string): Array<Extract<PatternSlot, { kind: 'alt' }>> {
  const where = `concept rule "${rule}"`;
  const slots = parsePattern(rule);
  const elements = slots.filter((s): s is Extract<PatternSlot, { kind: 'alt' }> => s.kind === 'alt');
  if (elements.length !== slots.length) throw new PatternSyntaxError(`${where}: has a gap (its elements may come in any order)`);
  if (elements.some((e) => e.optional)) throw new PatternSyntaxError(`${where}: has an optional element (all must be present)`);
  const { min, max } = CONCEPT_ELEMENTS;
  if (elements.length < min || elements.length > max) throw new PatternSyntaxError(`${where}: needs ${min} to ${max} elements, has ${elements.length}`);
  return elements;
}
