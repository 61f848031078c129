/**
 * Concept rules (claim files' `concepts`): a fallback to the ordered patterns. A claim is found
 * where every element of one of its rules ("@massage @flush-out @toxin-waste") stands in the same
 * clause of a sentence, within CONCEPT_REACH words, in any order: "toxins are what a good massage
 * flushes" and "the flushing of toxins by massage" need no pattern of their own. Patterns fit the
 * wordings they were written from; a rule is written from the claim's meaning.
 * The scanner tries a claim's rules only where none of its patterns matched the sentence; the hit
 * spans the first to the last concept word, and its stance is read by stance.ts like any other.
 * Without an order to say which words go together, a rule's words could come from two statements
 * ("Massage can change your mood, and running boosts endorphins"), so the guards below keep them to
 * one: a short reach, one clause, no comparison, no pronoun standing in, no "massage room".
 */
import { isClauseStart } from './clauses';
import { indexOptions, type PatternHit, type RuntimePhrase } from './match';
import type { Token } from './tokenize';
import type { CompiledBundle } from './types';

/**
 * Most words a concept match may span, first concept word to last inclusive. Claims are stated in
 * a few words; a wider reach lets elements of different statements of one clause meet. On the dev
 * set 10 and 12 found a few more claims than 8 and cost 3 and 4 false positives ("Reduce swelling
 * with ice before you book a massage").
 */
export const CONCEPT_REACH = 8;

/** Most places per element looked at in one sentence: bounds the combinations tried. */
const MAX_PLACES = 6;

/** One element of a rule: its alternatives, by the forms of their first word (as match.ts). */
interface Element {
  /** Its number among the distinct elements (rules share elements): per-sentence tables are indexed by it. */
  id: number;
  options: readonly RuntimePhrase[];
  byFirst: Map<string, RuntimePhrase[]>;
}

export interface RuntimeConcept {
  claim: string;
  source: string;
  /** In the order they are looked for (see conceptIndex); a match needs them all, in any order. */
  elements: Element[];
}

/** A rule's words in a sentence: token index and length of each element's chosen place. */
type Place = { at: number; length: number };

export interface ConceptIndex {
  rules: readonly RuntimeConcept[];
  /** Rule ids by their anchor words: only rules the sentence holds an anchor word of are tried. */
  byKey: Map<string, number[]>;
  /** How many distinct elements the rules have. */
  elementCount: number;
  /** Ids of the elements an alternative of which starts with the word. */
  elementsByWord: Map<string, number[]>;
}

export function conceptIndex(bundle: CompiledBundle, phrases: readonly RuntimePhrase[]): ConceptIndex {
  const byKey = new Map<string, number[]>();
  // Rules share elements (@massage is in most): a sentence looks for each element's places once.
  const shared = new Map<string, Element>();
  const elementsByWord = new Map<string, number[]>();
  const elementOf = (ids: readonly number[]): Element => {
    const key = ids.join(',');
    let element = shared.get(key);
    if (element === undefined) {
      const options = ids.map((p) => phrases[p]!);
      shared.set(key, (element = { id: shared.size, options, byFirst: indexOptions(options) }));
      for (const word of element.byFirst.keys()) (elementsByWord.get(word) ?? elementsByWord.set(word, []).get(word)!).push(element.id);
    }
    return element;
  };
  const rules = bundle.concepts.map((c, id): RuntimeConcept => {
    const elements = c.slots.map((slot) => elementOf(slot.options));
    // Looked for fewest first words first: the rarer an element, the likelier a sentence lacks it.
    elements.sort((a, b) => a.byFirst.size - b.byFirst.size);
    // Keyed by its anchor (claims/anchor.ts): words every match holds one of, chosen to be rare on ordinary pages.
    for (const word of new Set(c.anchor.flatMap((form) => bundle.forms[form]!))) (byKey.get(word) ?? byKey.set(word, []).get(word)!).push(id);
    return { claim: c.claim, source: c.source, elements };
  });
  return { rules, byKey, elementCount: shared.size, elementsByWord };
}

/**
 * Nouns after which an element's words name a kind of thing, not the thing ("the massage room",
 * "a massage table", "the toxin test"). A pattern's order mostly keeps such words out ("massage
 * ... improves ... circulation" wants massage as the subject); a concept rule has no order to do so.
 */
const KIND_OF = new Set([
  'room', 'rooms', 'table', 'tables', 'bed', 'beds', 'studio', 'studios', 'school', 'schools', 'course', 'courses', 'class',
  'classes', 'oil', 'oils', 'lotion', 'cream', 'ball', 'balls', 'roller', 'rollers', 'tool', 'tools', 'device', 'devices',
  'machine', 'machines', 'parlour', 'parlor', 'voucher', 'vouchers', 'test', 'tests', 'kit', 'kits',
]);

/**
 * Words that set two things side by side ("yoga did not help back pain more than stretching"):
 * which of them the claim's words belong to cannot be read from their presence, so a concept match
 * may not span one.
 */
const COMPARISONS = new Set(['than']);

/**
 * Conjunctions that open a clause of their own after a comma ("Ice reduces swelling, and massage
 * comes later"): it usually has a subject of its own, and a claim's words do not reach across.
 * (Patterns may: their order says which words go together.)
 */
const JOINED_AFTER_COMMA = new Set(['and', 'or', 'so', 'nor', 'then']);

/** A token's own words: a pronoun's alias is left out (see placesOf). */
function ownKeys(t: Token, visit: (key: string) => boolean): boolean {
  for (const key of t.keys) if (key !== t.alias && visit(key)) return true;
  return false;
}

/**
 * Where the element's alternatives stand in the sentence, on unblocked words; the first MAX_PLACES.
 * `words` are the sentence's words that start one of its alternatives, `at` holds each word's
 * positions. A pronoun counts as its own word only: the alias the scanner gives it ("it" ->
 * massage) rests on the subject position that a pattern's order supplies and a concept rule does not.
 */
function placesOf(element: Element, words: readonly string[], at: ReadonlyMap<string, number[]>, tokens: readonly Token[], blocked: readonly boolean[]): Place[] {
  // The longest alternative at each word: "lactic acid build up" rather than "lactic acid".
  const longest = new Map<number, number>();
  for (const word of words) {
    const options = element.byFirst.get(word)!;
    for (const i of at.get(word)!) {
      for (const option of options) {
        if (option.length <= (longest.get(i) ?? 0) || i + option.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < option.length && ok; k++) ok = !blocked[i + k] && ownKeys(tokens[i + k]!, (key) => option[k]!.has(key));
        if (ok) longest.set(i, option.length);
      }
    }
  }
  const places: Place[] = [];
  for (const [i, length] of longest) if (!KIND_OF.has(tokens[i + length]?.norm ?? '')) places.push({ at: i, length });
  return places.sort((a, b) => a.at - b.at).slice(0, MAX_PLACES);
}

/** The tightest choice of one place per element, all in one clause, apart, within the reach; earliest on ties. */
function tightest(places: readonly Place[][], tokens: readonly Token[], clauseOf: readonly number[]): Place[] | undefined {
  let best: { chosen: Place[]; from: number; span: number } | undefined;
  const chosen: Place[] = [];
  // Places chosen so far span from..to; a choice that takes them past the reach is not followed.
  const visit = (e: number, from: number, to: number): void => {
    if (e === places.length) {
      if (clauseOf[from] !== clauseOf[to - 1]) return;
      for (let i = from; i < to; i++) if (COMPARISONS.has(tokens[i]!.norm)) return;
      const span = to - from;
      if (!best || span < best.span || (span === best.span && from < best.from)) best = { chosen: [...chosen], from, span };
      return;
    }
    for (const place of places[e]!) {
      const f = Math.min(from, place.at);
      const t = Math.max(to, place.at + place.length);
      if (t - f > CONCEPT_REACH) continue;
      // Elements take words of their own: "remove" cannot be both the verb and the waste.
      if (chosen.some((p) => place.at < p.at + p.length && p.at < place.at + place.length)) continue;
      chosen.push(place);
      visit(e + 1, f, t);
      chosen.pop();
    }
  };
  visit(0, Infinity, -Infinity);
  return best?.chosen;
}

/** Each token's clause number in the sentence (clauses.ts decides where a clause starts). */
function clauses(tokens: readonly Token[]): number[] {
  let clause = 0;
  const opens = (i: number) => isClauseStart(tokens, i) || (tokens[i - 1]!.comma === true && JOINED_AFTER_COMMA.has(tokens[i]!.norm));
  return tokens.map((_, i) => (i > 0 && opens(i) ? ++clause : clause));
}

/** The first hit per claim of the concept rules the sentence meets, for claims not in `skip`. */
export function matchConcepts(
  index: ConceptIndex,
  tokens: readonly Token[],
  blocked: readonly boolean[],
  skip: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): Array<{ rule: RuntimeConcept; hit: PatternHit }> {
  // Each word's positions; the rules keyed by the words.
  const at = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (const key of t.keys) if (key !== t.alias) (at.get(key) ?? at.set(key, []).get(key)!).push(i);
  }
  const candidates: number[] = [];
  for (const word of at.keys()) for (const id of index.byKey.get(word) ?? []) candidates.push(id);
  if (candidates.length === 0) return [];
  // Each element's words in the sentence (one lookup per word, not one per word and element), and
  // its places, found once however many rules share it.
  const wordsOf: Array<string[] | undefined> = new Array(index.elementCount);
  for (const word of at.keys()) for (const id of index.elementsByWord.get(word) ?? []) (wordsOf[id] ??= []).push(word);
  const placesFound: Array<Place[] | undefined> = new Array(index.elementCount);
  const places = (element: Element) => (placesFound[element.id] ??= placesOf(element, wordsOf[element.id] ?? [], at, tokens, blocked));
  let clauseOf: number[] | undefined;
  const out: Array<{ rule: RuntimeConcept; hit: PatternHit }> = [];
  const done = new Set<string>();
  for (const id of [...new Set(candidates)].sort((a, b) => a - b)) {
    const rule = index.rules[id]!;
    if (skip.has(rule.claim) || done.has(rule.claim)) continue;
    const placed: Place[][] = [];
    for (const element of rule.elements) {
      const found = places(element);
      if (found.length === 0) break;
      placed.push(found);
    }
    if (placed.length < rule.elements.length) continue;
    clauseOf ??= clauses(tokens);
    const chosen = tightest(placed, tokens, clauseOf);
    if (!chosen) continue;
    const literal = chosen.flatMap((p) => Array.from({ length: p.length }, (_, k) => p.at + k)).sort((a, b) => a - b);
    const from = literal[0]!;
    const to = literal[literal.length - 1]! + 1;
    done.add(rule.claim);
    out.push({ rule, hit: { from, to, literal, gapWords: to - from - literal.length } });
  }
  return out;
}
