import { describe, expect, test } from 'vitest';
import { compileClaims, type ClaimsInput } from '../../../src/claims/compile';
import { ClaimsDataError } from '../../../src/claims/errors';
import { claimFile, validClaim, validInput } from './fixture';

/** The valid input with the claim's data changed by `edit`. */
function withClaim(edit: (c: Record<string, unknown>) => void): ClaimsInput {
  const input = validInput();
  const c = validClaim();
  edit(c);
  input.claims = [claimFile(c)];
  return input;
}

function compileError(input: ClaimsInput): ClaimsDataError {
  try {
    compileClaims(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ClaimsDataError);
    return e as ClaimsDataError;
  }
  throw new Error('expected compileClaims to throw');
}

const FILE = 'claims/claims/massage-flushes-toxins.yaml';
const CLAIM = 'claim "massage-flushes-toxins"';

describe('claims/compile', () => {
  test('a valid input compiles into a bundle', () => {
    const { bundle, files } = compileClaims(validInput());
    expect(bundle.claims.map((c) => c.id)).toEqual(['massage-flushes-toxins']);
    expect(bundle.claims[0]!.verdict).toBe('unsupported');
    expect(bundle.patterns).toHaveLength(1);
    expect(bundle.patterns[0]!.source).toBe('@massage ..4 (flush|=rid of) ..3 @toxin');
    expect(bundle.patterns[0]!.anchor.length).toBeGreaterThan(0);
    expect(bundle.vetoes).toHaveLength(1);
    expect(bundle.redFlags.groups.map((g) => g.level)).toEqual(['emergency', 'urgent']);
    expect(bundle.version).toMatch(/^[0-9a-f]{12}$/);
    expect(bundle.reviewed).toBe('2026-11-23');
    expect(bundle.prefilter.words).toContain('massage');
    expect(files).toHaveLength(1);
    expect(files[0]!.file).toBe(FILE);
  });

  test('the version hash follows the file texts', () => {
    const a = compileClaims(validInput()).bundle.version;
    const input = validInput();
    input.lexicons[0]!.text = 'core changed';
    expect(compileClaims(input).bundle.version).not.toBe(a);
    expect(compileClaims(validInput()).bundle.version).toBe(a);
  });

  test('pattern words are inflected; =word stays exact', () => {
    const { bundle } = compileClaims(validInput());
    const flush = bundle.forms.find((f) => f.includes('flush'));
    expect(flush).toEqual(expect.arrayContaining(['flush', 'flushes', 'flushed', 'flushing']));
    const rid = bundle.forms.filter((f) => f.includes('rid'));
    expect(rid).toEqual([['rid']]);
    const toxin = bundle.forms.find((f) => f.includes('toxin'));
    expect(toxin).toEqual(expect.arrayContaining(['toxin', 'toxins']));
  });

  test('concepts expand to all their phrases, each word inflected', () => {
    const { bundle } = compileClaims(validInput());
    const alt = bundle.patterns[0]!.slots[0]!;
    expect(alt.kind).toBe('alt');
    if (alt.kind !== 'alt') return;
    const phrases = alt.options.map((p) => bundle.phrases[p]!.map((f) => bundle.forms[f]![0]).join(' '));
    expect(phrases.sort()).toEqual(['massage', 'massage therapy']);
    const massageForms = bundle.forms.find((f) => f[0] === 'massage')!;
    expect(massageForms).toEqual(expect.arrayContaining(['massages', 'massaged']));
  });

  test.each<[string, (c: Record<string, unknown>) => void, string, RegExp]>([
    ['missing title', (c) => delete c.title, 'title', /./],
    ['empty title', (c) => (c.title = '   '), 'title', /must not be empty/],
    ['bad verdict', (c) => (c.verdict = 'true'), 'verdict', /./],
    ['note over 300 characters', (c) => (c.notes = { asserts: 'x'.repeat(301), disputes: 'ok' }), 'notes.asserts', /at most 300/],
    ['hedges note over 300 characters', (c) => (c.notes = { asserts: 'ok', hedges: 'y'.repeat(301), disputes: 'ok' }), 'notes.hedges', /at most 300/],
    ['citation without doi or url', (c) => (c.citations = [{ authors: 'A', title: 'T', year: 2010 }]), 'citations.0.doi', /needs a doi or a url/],
    ['doi with https prefix', (c) => (c.citations = [{ authors: 'A', title: 'T', year: 2010, doi: 'https://doi.org/10.1/x' }]), 'citations.0.doi', /must be a DOI/],
    ['citation without year or accessed date', (c) => (c.citations = [{ authors: 'A', title: 'T', url: 'https://example.org/x' }]), 'citations.0.year', /needs a year/],
    ['citation with an http url', (c) => (c.citations = [{ authors: 'A', title: 'T', year: 2010, url: 'http://example.org/x' }]), 'citations.0.url', /https/],
    ['no citations', (c) => (c.citations = []), 'citations', /at least one citation/],
    ['no provenance', (c) => (c.provenance = []), 'provenance', /at least one quote/],
    ['provenance quote not verbatim', (c) => (c.provenance = [{ source: 'doc.txt', quote: 'Massage flushes toxins.' }]), 'provenance.0.quote', /does not occur verbatim/],
    ['unknown source file', (c) => (c.provenance = [{ source: 'nope.txt', quote: 'End.' }]), 'provenance.0.source', /no source document named "nope\.txt"/],
    ['unknown @concept', (c) => (c.patterns = ['@massage ..2 @nope']), 'patterns.0', /unknown concept "@nope"/],
    ['unbalanced "("', (c) => (c.patterns = ['@massage (flush|clear']), 'patterns.0', /unbalanced "\("/],
    ['unbalanced ")"', (c) => (c.patterns = ['@massage flush|clear) @toxin']), 'patterns.0', /unbalanced "\)"/],
    ['gap ..9', (c) => (c.patterns = ['@massage ..9 @toxin']), 'patterns.0', /gap "\.\.9" must be \.\.1 to \.\.8/],
    ['pattern of only a gap', (c) => (c.patterns = ['..3']), 'patterns.0', /needs at least one required word/],
    ['second pattern bad', (c) => (c.patterns = ['@massage flush', 'flush ..2']), 'patterns.1', /cannot start or end with a gap/],
    ['unknown field', (c) => (c.colour = 'red'), '', /colour/],
    ['bad review date', (c) => (c.reviewed = '23/11/2026'), 'reviewed', /YYYY-MM-DD/],
    ['overrides an unknown claim', (c) => (c.overrides = ['massage-cures-everything']), 'overrides.0', /no claim with the id "massage-cures-everything"/],
    ['overrides itself', (c) => (c.overrides = ['massage-flushes-toxins']), 'overrides.0', /cannot override itself/],
    ['overrides an unknown claim where massage is unnamed', (c) => (c.overridesUnnamed = ['massage-cures-everything']), 'overridesUnnamed.0', /no claim with the id "massage-cures-everything"/],
    ['bad opposite pattern', (c) => (c.opposites = ['@massage ..2 @nope']), 'opposites.0', /unknown concept "@nope"/],
  ])('%s: the error names the file, claim and field', (_name, edit, field, message) => {
    const err = compileError(withClaim(edit));
    expect(err.message).toContain(FILE);
    expect(err.message).toContain(CLAIM);
    if (field) expect(err.message).toContain(`field "${field}"`);
    expect(err.message).toMatch(message);
    const problem = err.problems.find((p) => (field ? p.field === field : true))!;
    expect(problem).toBeDefined();
    expect(problem.file).toBe(FILE);
    expect(problem.claim).toBe('massage-flushes-toxins');
  });

  test('a web citation may give the date it was accessed instead of a year', () => {
    const input = withClaim((c) => (c.citations = [{ authors: 'NHS', title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/', accessed: '2026-11-01' }]));
    expect(compileClaims(input).bundle.claims[0]!.citations[0]).toMatchObject({ accessed: '2026-11-01' });
  });

  test('every problem is reported, not just the first', () => {
    const err = compileError(
      withClaim((c) => {
        delete c.title;
        c.verdict = 'maybe';
      }),
    );
    expect(err.problems.map((p) => p.field).sort()).toEqual(['title', 'verdict']);
    expect(err.message).toContain('2 problem(s)');
  });

  test('id not equal to the file name', () => {
    const input = validInput();
    input.claims = [claimFile(validClaim(), 'claims/claims/massage-removes-toxins.yaml')];
    const err = compileError(input);
    expect(err.message).toContain('claims/claims/massage-removes-toxins.yaml');
    expect(err.message).toContain(CLAIM);
    expect(err.message).toContain('field "id"');
    expect(err.message).toContain('must equal the file name "massage-removes-toxins"');
  });

  test('dates written as a YAML date are accepted', () => {
    const input = withClaim((c) => (c.reviewed = new Date('2026-11-20T00:00:00Z')));
    expect(compileClaims(input).bundle.claims[0]!.reviewed).toBe('2026-11-20');
  });

  test('duplicate concept across lexicon files', () => {
    const input = validInput();
    input.lexicons.push({ file: 'claims/lexicon/extra.yaml', data: { concepts: { massage: ['rubdown'] } }, text: 'extra' });
    const err = compileError(input);
    expect(err.message).toContain('claims/lexicon/extra.yaml');
    expect(err.message).toContain('field "concepts.massage"');
    expect(err.message).toContain('concept also defined in claims/lexicon/core.yaml');
  });

  test('bad veto syntax names the lexicon file and veto', () => {
    const input = validInput();
    input.lexicons[0]!.data = { concepts: { massage: ['massage'], toxin: ['toxin'] }, vetoes: ['massage (chair'] };
    const err = compileError(input);
    expect(err.message).toContain('claims/lexicon/core.yaml');
    expect(err.message).toContain('field "vetoes.0"');
  });

  test.each([
    ['claim', (i: ClaimsInput) => (i.claims = [{ file: FILE, data: undefined, text: 'id: [', parseError: 'not valid YAML: Flow sequence not closed' }]), FILE],
    ['lexicon', (i: ClaimsInput) => (i.lexicons = [{ file: 'claims/lexicon/core.yaml', data: undefined, text: ':', parseError: 'not valid YAML: bad' }]), 'claims/lexicon/core.yaml'],
    ['red flags', (i: ClaimsInput) => (i.redFlags = { file: 'claims/red-flags.yaml', data: undefined, text: ':', parseError: 'not valid YAML: bad' }), 'claims/red-flags.yaml'],
  ])('YAML parse error in the %s file names the file', (_kind, edit, file) => {
    const input = validInput();
    edit(input);
    const err = compileError(input);
    expect(err.message).toContain(`${file}: not valid YAML`);
  });

  test('malformed red flags name the file and field', () => {
    const input = validInput();
    input.redFlags.data = { ...(input.redFlags.data as object), groups: [{ level: 'soon', heading: 'x', items: ['y'] }] };
    const err = compileError(input);
    expect(err.message).toContain('claims/red-flags.yaml');
    expect(err.message).toContain('field "groups.0.level"');
  });

  test('duplicate claim ids are reported', () => {
    const input = validInput();
    input.claims.push(claimFile(validClaim(), 'claims/claims/massage-flushes-toxins.yml'));
    const err = compileError(input);
    expect(err.message).toMatch(/duplicate of claims\/claims\/massage-flushes-toxins\.yaml/);
  });
});

describe('claims/compile: the claim model', () => {
  const MODEL_PATH = 'claims/model.json';
  const withModel = (data: unknown, text = JSON.stringify(data)): ClaimsInput => ({ ...validInput(), model: { file: MODEL_PATH, data, text } });
  const model = {
    claims: ['massage-flushes-toxins'],
    bias: [-3],
    weights: { toxin: [0, 2.5] },
    threshold: 0.9,
    disputes: { bias: [0], weights: { myth: [0, 3] } },
    disputeThreshold: 0.8,
  };

  test('a valid model joins the bundle and the version', () => {
    const { bundle } = compileClaims(withModel(model));
    expect(bundle.model).toEqual(model);
    expect(bundle.version).not.toBe(compileClaims(validInput()).bundle.version);
  });

  test('a model with a stance model joins the bundle', () => {
    const withStance = { ...model, stance: { bias: [0.5, -1, -2], weights: { theory: [1, 1.2], 'rule:asserts': [0, 2] }, threshold: 0.7 } };
    expect(compileClaims(withModel(withStance)).bundle.model).toEqual(withStance);
  });

  test.each([
    [{ ...model, claims: ['massage-cures-cancer'] }, 'claims/model.json, field "claims.0": "massage-cures-cancer" is not a claim'],
    [{ ...model, weights: { toxin: [0] } }, 'claims/model.json, field "weights.toxin": must list claim index and weight in pairs'],
    [{ ...model, weights: { toxin: [3, 1.5] } }, 'claims/model.json, field "weights.toxin": names a claim index outside 0..0'],
    [{ ...model, bias: [] }, 'claims/model.json, field "bias": must give one bias per claim'],
    [{ ...model, threshold: 1.5 }, 'claims/model.json, field "threshold"'],
    [{ ...model, claimThresholds: { 'massage-flushes-toxins': 1 } }, 'claims/model.json, field "claimThresholds.massage-flushes-toxins"'],
    [{ ...model, claimThresholds: { 'massage-cures-cancer': 0.7 } }, 'claims/model.json, field "claimThresholds.massage-cures-cancer": is not one of the model\'s claims'],
    [{ ...model, disputes: { bias: [0], weights: { myth: [2, 3] } } }, 'claims/model.json, field "disputes.weights.myth": names a claim index outside 0..0'],
    [{ ...model, disputes: { bias: [], weights: {} } }, 'claims/model.json, field "disputes.bias": must give one bias per claim'],
    [{ ...model, stance: { bias: [0, 0, 0], weights: { theory: [3, 1] }, threshold: 0.7 } }, 'claims/model.json, field "stance.weights.theory": names a stance index outside 0..2'],
    [{ ...model, stance: { bias: [0, 0], weights: {}, threshold: 0.7 } }, 'claims/model.json, field "stance.bias"'],
    [{ ...model, stance: { bias: [0, 0, 0], weights: {}, threshold: 0.2 } }, 'claims/model.json, field "stance.threshold"'],
  ])('a broken model fails the build naming file and field (%#)', (data, message) => {
    expect(compileError(withModel(data)).message).toContain(message);
  });

  test('a model that is not JSON fails the build naming the file', () => {
    const input: ClaimsInput = { ...validInput(), model: { file: MODEL_PATH, data: undefined, text: '{', parseError: 'not valid JSON: Unexpected end' } };
    expect(compileError(input).message).toContain('claims/model.json: not valid JSON');
  });
});
