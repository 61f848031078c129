import { describe, expect, test } from 'vitest';
import { loadClaims } from '../../../src/claims/load';
import { blockedTokens, eligibility, findPattern, indexOptions, indexPatterns, type RuntimePattern, type RuntimePhrase } from '../../../src/engine/match';
import { createScanner } from '../../../src/engine/scanner';
import { sentencesOf, type Token } from '../../../src/engine/tokenize';

type SlotSpec = string | { gap: number };

/**
 * A pattern from a compact spec: each string is one slot, "a|b c" = alternatives "a" and "b c",
 * a trailing "?" makes it optional; word forms are "flush/flushes/flushed".
 */
function pattern(...spec: SlotSpec[]): RuntimePattern {
  return {
    id: 0,
    claim: 'test-claim',
    source: spec.map((s) => (typeof s === 'string' ? s : `..${s.gap}`)).join(' '),
    required: [],
    slots: spec.map((s) => {
      if (typeof s !== 'string') return { kind: 'gap', max: s.gap };
      const optional = s.endsWith('?');
      const body = optional ? s.slice(0, -1) : s;
      const options = body.split('|').map((opt) => phrase(opt));
      return { kind: 'alt', optional, options, byFirst: indexOptions(options) };
    }),
  };
}

const phrase = (text: string): RuntimePhrase => text.split(' ').map((w) => new Set(w.split('/')));

function tokensOf(text: string): Token[] {
  return sentencesOf(text).flatMap((s) => s.tokens);
}

/** The matched words, the literal (pattern-matched) words and the gap count. */
function run(p: RuntimePattern, text: string, vetoes: RuntimePhrase[] = []) {
  const tokens = tokensOf(text);
  const hit = findPattern(p, tokens, blockedTokens(vetoes, tokens));
  if (!hit) return undefined;
  return {
    span: tokens.slice(hit.from, hit.to).map((t) => t.norm).join(' '),
    literal: hit.literal.map((i) => tokens[i]!.norm).join(' '),
    gapWords: hit.gapWords,
  };
}

const MASSAGE = 'massage/massages';
const FLUSH = 'flush/flushes/flushed|get rid of|rid of';

describe('engine/match', () => {
  test.each<[string, SlotSpec[], string, string | undefined]>([
    ['plain words', [MASSAGE, FLUSH, 'toxins'], 'Massage flushes toxins.', 'massage flushes toxins'],
    ['gap skips words', [MASSAGE, { gap: 3 }, FLUSH], 'Massage will really flush them.', 'massage will really flush'],
    ['gap too short', [MASSAGE, { gap: 1 }, FLUSH], 'Massage will really flush them.', undefined],
    ['multi-word alternative after a gap', [MASSAGE, { gap: 4 }, FLUSH, { gap: 2 }, 'toxins'], 'Massage will get rid of the toxins.', 'massage will get rid of the toxins'],
    ['multi-word alternative right after the gap', [MASSAGE, { gap: 4 }, 'rid of|flush'], 'Massage will get rid of it.', 'massage will get rid of'],
    ['optional slot present', [MASSAGE, 'deep?', 'tissue'], 'massage deep tissue', 'massage deep tissue'],
    ['optional slot absent', [MASSAGE, 'deep?', 'tissue'], 'massage tissue', 'massage tissue'],
    ['contractions are expanded', [MASSAGE, 'does', 'not', FLUSH], "Massage doesn't flush.", 'massage does not flush'],
    ['possessive matches the bare word', ['body', 'toxins'], "the body's toxins", "body's toxins"],
    ['possessive starting alternatives through both its forms', ["body's|body", 'toxins'], "the body's toxins", "body's toxins"],
    ['possessive after a gap', [MASSAGE, { gap: 2 }, 'body', 'toxins'], "massage clears the body's toxins", "massage clears the body's toxins"],
    ['order matters', [FLUSH, MASSAGE], 'Massage flushes.', undefined],
    ['case-insensitive', [MASSAGE, FLUSH], 'MASSAGE FLUSHES', 'massage flushes'],
  ])('%s', (_name, spec, text, expected) => {
    expect(run(pattern(...spec), text)?.span).toBe(expected);
  });

  test('gaps are tried shortest first: the tightest span wins', () => {
    const p = pattern(MASSAGE, { gap: 5 }, 'toxins');
    const r = run(p, 'Massage toxins and more toxins here.');
    expect(r).toEqual({ span: 'massage toxins', literal: 'massage toxins', gapWords: 0 });
  });

  test('the earliest start wins', () => {
    const r = run(pattern(MASSAGE, { gap: 2 }, 'helps'), 'First massage then massage helps.');
    expect(r?.span).toBe('massage then massage helps');
  });

  test('gap words are counted and not literal', () => {
    const r = run(pattern(MASSAGE, { gap: 4 }, FLUSH), 'Massage can really help flush.');
    expect(r).toEqual({ span: 'massage can really help flush', literal: 'massage flush', gapWords: 3 });
  });

  test('backtracks into an alternative when the first one leads nowhere', () => {
    const p = pattern(MASSAGE, 'get|get rid', 'of', 'toxins');
    expect(run(p, 'massage get rid of toxins')?.span).toBe('massage get rid of toxins');
  });

  test('a pattern longer than the sentence does not match', () => {
    expect(run(pattern(MASSAGE, FLUSH, 'toxins'), 'Massage')).toBeUndefined();
    expect(run(pattern(MASSAGE), '')).toBeUndefined();
  });

  test('vetoed words cannot take part in a match', () => {
    const p = pattern(MASSAGE, { gap: 3 }, 'relieves');
    const veto = [phrase('massage/massages chair/chairs')];
    expect(run(p, 'The massage chair relieves tension.', veto)).toBeUndefined();
    expect(run(p, 'The massage chair relieves tension.')?.span).toBe('massage chair relieves');
    // A veto only blocks its own words: a real mention in the same sentence still matches.
    expect(run(p, 'Massage relieves it, unlike a massage chair.', veto)?.span).toBe('massage relieves');
  });

  test('a gap does not skip a concession ("though"), but does skip "but"', () => {
    const p = pattern('massage', { gap: 5 }, 'toxins');
    expect(run(p, 'Massage feels good, though toxins are a myth.')).toBeUndefined();
    expect(run(p, 'Massage feels good, although the toxins story is a myth.')).toBeUndefined();
    expect(run(p, 'Massage feels good, but toxins are a myth.')?.span).toBe('massage feels good but toxins');
  });

  test('vetoed words may still be skipped by a gap', () => {
    const p = pattern('therapist', { gap: 3 }, 'relieves');
    const veto = [phrase('massage chair')];
    expect(run(p, 'The therapist massage chair relieves pain.', veto)?.span).toBe('therapist massage chair relieves');
  });

  test('blockedTokens marks every word of each veto occurrence', () => {
    const tokens = tokensOf('A massage chair and a massage gun, then massage.');
    const blocked = blockedTokens([phrase('massage chair'), phrase('massage gun')], tokens);
    const marked = tokens.filter((_, i) => blocked[i]).map((t) => t.norm);
    expect(marked).toEqual(['massage', 'chair', 'massage', 'gun']);
    expect(blocked).toHaveLength(tokens.length);
  });

  test('blockedTokens finds a veto through any key of a word (a possessive)', () => {
    const tokens = tokensOf("The massage's chair was comfy.");
    const blocked = blockedTokens([phrase('massage chair')], tokens);
    expect(tokens.filter((_, i) => blocked[i]).map((t) => t.norm)).toEqual(["massage's", 'chair']);
  });

  test('eligibility keeps, per first word, only the patterns whose required words the sentence holds, in index order', () => {
    const withIds = (p: RuntimePattern, id: number, required: number[]) => {
      const head = p.slots[0]!;
      return { ...p, id, required, first: head.kind === 'alt' && !head.optional ? new Set(head.options.flatMap((o) => [...o[0]!])) : undefined };
    };
    // Slot 0: "massage"; slot 1: "toxins"; slot 2: "knots".
    const slotWords = [['massage'], ['toxins'], ['knots']];
    const flush = withIds(pattern('massage', { gap: 3 }, 'toxins'), 0, [0, 1]);
    const knots = withIds(pattern('massage', { gap: 3 }, 'knots'), 1, [0, 2]);
    const alone = withIds(pattern('massage'), 2, [0]);
    const floating = withIds(pattern('deep?', 'toxins'), 3, [1]);
    const index = indexPatterns([flush, knots, alone, floating], slotWords);
    const eligible = eligibility(index, tokensOf('Massage flushes toxins.'));
    expect(eligible.startingWith('massage').map((p) => p.id)).toEqual([0, 2]);
    expect(eligible.startingWith('knots')).toEqual([]);
    expect(eligible.floating.map((p) => p.id)).toEqual([3]);
  });

  test('the real scanner matches a multi-word alternative after a gap (where compromise\'s matcher fails)', () => {
    const scanner = createScanner(loadClaims().bundle);
    const m = scanner.scan('Massage will get rid of the toxins.').matches.find((x) => x.claimId === 'massage-flushes-toxins');
    expect(m?.text).toBe('Massage will get rid of the toxins');
    expect(m?.stance).toBe('asserts');
  });
});
