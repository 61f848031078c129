/**
 * Turns the validated claims data into the compact bundle the engine loads: patterns with concepts
 * and inflections expanded, vetoes, the prefilter vocabulary, and the texts the UI shows.
 * Every problem is collected (not just the first) and reported with file, claim and field.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ClaimInfo, CompiledBundle, CompiledConcept, CompiledPattern, RedFlags, Slot } from '../engine/types';
import { STANCES } from '../engine/types';
import { chooseAnchors } from './anchor';
import { ClaimsDataError, type ClaimsProblem } from './errors';
import { inflections } from './inflect';
import { Pool } from './pool';
import { prefilterData } from './prefilter-data';
import { expandAlternatives, parseConceptRule, parsePattern, parsePhrase, type PatternOption, type PatternWord } from './pattern-syntax';
import { claimModelSchema, claimSchema, lexiconSchema, redFlagsSchema, type ClaimFile } from './schema';
import type { ClaimModel } from '../engine/claim-model';

export interface RawFile {
  /** Path as shown in error messages, e.g. claims/claims/massage-flushes-toxins.yaml */
  file: string;
  /** The parsed YAML (or a parse error message). */
  data: unknown;
  parseError?: string;
  /** Raw text, for the version hash. */
  text: string;
}

export interface ClaimsInput {
  claims: RawFile[];
  lexicons: RawFile[];
  redFlags: RawFile;
  /** The trained claim model (claims/model.json), if there is one. */
  model?: RawFile;
  /** Source document texts by file name. */
  sources: Record<string, string>;
}

export interface CompileResult {
  bundle: CompiledBundle;
  /** The validated claim files, for checks and the ClaimReview export. */
  files: Array<{ file: string; claim: ClaimFile }>;
}

function zodProblems(file: string, claim: string | undefined, error: z.ZodError): ClaimsProblem[] {
  return error.issues.map((issue) => ({
    file,
    claim,
    field: issue.path.length ? issue.path.join('.') : undefined,
    message: issue.message,
  }));
}


export function compileClaims(input: ClaimsInput): CompileResult {
  const problems: ClaimsProblem[] = [];
  const forms = new Pool<string[]>((f) => f.join(' '));
  const phrases = new Pool<number[]>((p) => p.join(' '));
  /** A phrase as pooled form lists: one per word, inflected unless written =word. */
  const phraseId = (words: PatternWord[]) => phrases.add(words.map((w) => forms.add(w.exact ? [w.text] : inflections(w.text))));

  // Lexicon: concepts by name, vetoes.
  const concepts = new Map<string, { file: string; phrases: string[] }>();
  const vetoes: number[] = [];
  let anaphoraSpec: { file: string; antecedent: string; pronouns: string[] } | undefined;
  for (const lex of input.lexicons) {
    if (lex.parseError) {
      problems.push({ file: lex.file, message: lex.parseError });
      continue;
    }
    const parsed = lexiconSchema.safeParse(lex.data ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(lex.file, undefined, parsed.error));
      continue;
    }
    for (const [name, phrases] of Object.entries(parsed.data.concepts ?? {})) {
      const existing = concepts.get(name);
      if (existing) problems.push({ file: lex.file, field: `concepts.${name}`, message: `concept also defined in ${existing.file}` });
      else concepts.set(name, { file: lex.file, phrases });
    }
    if (parsed.data.anaphora) {
      if (anaphoraSpec) problems.push({ file: lex.file, field: 'anaphora', message: `also defined in ${anaphoraSpec.file}` });
      else anaphoraSpec = { file: lex.file, ...parsed.data.anaphora };
    }
    for (const [i, veto] of (parsed.data.vetoes ?? []).entries()) {
      try {
        for (const phrase of expandAlternatives(veto, `veto "${veto}"`)) vetoes.push(phraseId(phrase));
      } catch (e) {
        problems.push({ file: lex.file, field: `vetoes.${i}`, message: (e as Error).message });
      }
    }
  }

  // The tokenizer keeps some hyphenated words whole in lower case ("anti-inflammatory",
  // "co-codamol") but splits them when capitalised ("Anti-inflammatory effects of massage", a
  // heading or a sentence's first word): a phrase with a hyphenated word also matches its parts.
  const withParts = (words: PatternWord[]): PatternWord[][] =>
    words.some((w) => w.text.includes('-'))
      ? [words, words.flatMap((w) => (w.text.includes('-') ? w.text.split('-').filter(Boolean).map((text) => ({ text, exact: w.exact })) : [w]))]
      : [words];
  const resolveOption = (option: PatternOption): number[] => {
    if (option.kind === 'words') return withParts(option.words).map(phraseId);
    const concept = concepts.get(option.name);
    if (!concept) throw new Error(`unknown concept "@${option.name}" (define it in claims/lexicon/)`);
    return concept.phrases.flatMap((p) => withParts(parsePhrase(p, `concept "@${option.name}"`)).map(phraseId));
  };

  const claims: ClaimInfo[] = [];
  const patterns: CompiledPattern[] = [];
  const conceptRules: CompiledConcept[] = [];
  const files: CompileResult['files'] = [];
  const seenIds = new Map<string, string>();

  for (const raw of input.claims) {
    if (raw.parseError) {
      problems.push({ file: raw.file, message: raw.parseError });
      continue;
    }
    const fileId = raw.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const parsed = claimSchema.safeParse(raw.data);
    if (!parsed.success) {
      problems.push(...zodProblems(raw.file, fileId, parsed.error));
      continue;
    }
    const claim = parsed.data;
    if (claim.id !== fileId) problems.push({ file: raw.file, claim: claim.id, field: 'id', message: `must equal the file name "${fileId}"` });
    const dup = seenIds.get(claim.id);
    if (dup) problems.push({ file: raw.file, claim: claim.id, field: 'id', message: `duplicate of ${dup}` });
    seenIds.set(claim.id, raw.file);

    claim.provenance.forEach((p, i) => {
      const doc = input.sources[p.source];
      if (doc === undefined) problems.push({ file: raw.file, claim: claim.id, field: `provenance.${i}.source`, message: `no source document named "${p.source}" in claims/sources/` });
      else if (!doc.includes(p.quote)) problems.push({ file: raw.file, claim: claim.id, field: `provenance.${i}.quote`, message: 'does not occur verbatim in the source document' });
    });

    const addPattern = (source: string, field: string, opposite: boolean) => {
      try {
        const slots: Slot[] = parsePattern(source).map((s) =>
          s.kind === 'gap' ? s : { kind: 'alt', optional: s.optional, options: [...new Set(s.options.flatMap(resolveOption))] },
        );
        patterns.push({ claim: claim.id, source, slots, anchor: [], ...(opposite ? { opposite: true as const } : {}) });
      } catch (e) {
        problems.push({ file: raw.file, claim: claim.id, field, message: (e as Error).message });
      }
    };
    claim.patterns.forEach((source, i) => addPattern(source, `patterns.${i}`, false));
    claim.opposites?.forEach((source, i) => addPattern(source, `opposites.${i}`, true));
    claim.concepts?.forEach((source, i) => {
      try {
        const slots = parseConceptRule(source).map((s) => ({ kind: 'alt' as const, optional: false, options: [...new Set(s.options.flatMap(resolveOption))] }));
        conceptRules.push({ claim: claim.id, source, slots, anchor: [] });
      } catch (e) {
        problems.push({ file: raw.file, claim: claim.id, field: `concepts.${i}`, message: (e as Error).message });
      }
    });

    const { id, title, statement, verdict, certainty, evidence, notes, citations, reviewed, overrides, overridesUnnamed } = claim;
    claims.push({ id, title, statement, verdict, certainty, evidence, notes, citations, reviewed, ...(overrides ? { overrides } : {}), ...(overridesUnnamed ? { overridesUnnamed } : {}) });
    files.push({ file: raw.file, claim });
  }
  for (const { file, claim } of files) {
    for (const field of ['overrides', 'overridesUnnamed'] as const) {
      claim[field]?.forEach((other, i) => {
        if (!seenIds.has(other)) problems.push({ file, claim: claim.id, field: `${field}.${i}`, message: `no claim with the id "${other}"` });
        else if (other === claim.id) problems.push({ file, claim: claim.id, field: `${field}.${i}`, message: 'a claim cannot override itself' });
      });
    }
  }

  // Antecedents: the single-word phrases of the concept (massage, bodywork), all their forms.
  let anaphora: CompiledBundle['anaphora'];
  if (anaphoraSpec) {
    const concept = concepts.get(anaphoraSpec.antecedent);
    if (!concept) problems.push({ file: anaphoraSpec.file, field: 'anaphora.antecedent', message: `unknown concept "${anaphoraSpec.antecedent}"` });
    else {
      const words = concept.phrases.filter((p) => !/\s/.test(p.trim())).map((p) => p.trim().replace(/^=/, '').toLowerCase());
      anaphora = { antecedents: [...new Set(words.flatMap(inflections))], pronouns: anaphoraSpec.pronouns, alias: words[0] ?? anaphoraSpec.antecedent };
    }
  }

  let redFlags: RedFlags | undefined;
  if (input.redFlags.parseError) problems.push({ file: input.redFlags.file, message: input.redFlags.parseError });
  else {
    const parsed = redFlagsSchema.safeParse(input.redFlags.data);
    if (parsed.success) redFlags = parsed.data;
    else problems.push(...zodProblems(input.redFlags.file, undefined, parsed.error));
  }

  const model = input.model ? checkModel(input.model, new Set(claims.map((c) => c.id)), problems) : undefined;

  if (problems.length > 0 || !redFlags) throw new ClaimsDataError(problems);

  const hash = createHash('sha256');
  for (const f of [...input.claims, ...input.lexicons, input.redFlags, ...(input.model ? [input.model] : [])].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(f.file).update('\0').update(f.text).update('\0');
  }
  claims.sort((a, b) => a.id.localeCompare(b.id));
  const reviewed = claims.reduce((max, c) => (c.reviewed > max ? c.reviewed : max), '0000-00-00');
  // Concept rules wake the engine like patterns do: they take anchors and prefilter requirements too.
  const rules = [...patterns, ...conceptRules];
  const anchors = chooseAnchors(rules.map((p) => p.slots), phrases.items, forms.items);
  rules.forEach((p, i) => (p.anchor = anchors[i]!));
  const prefilter = prefilterData(rules, phrases.items, forms.items);

  return {
    bundle: {
      version: hash.digest('hex').slice(0, 12),
      reviewed,
      claims,
      forms: forms.items,
      phrases: phrases.items,
      patterns,
      concepts: conceptRules,
      vetoes,
      prefilter,
      anaphora,
      redFlags,
      ...(model ? { model } : {}),
    },
    files,
  };
}

/** The model's shape, and that its claims are the claims file's and its weights name them by index. */
function checkModel(file: RawFile, ids: ReadonlySet<string>, problems: ClaimsProblem[]): ClaimModel | undefined {
  if (file.parseError) {
    problems.push({ file: file.file, message: file.parseError });
    return undefined;
  }
  const parsed = claimModelSchema.safeParse(file.data);
  if (!parsed.success) {
    problems.push(...zodProblems(file.file, undefined, parsed.error));
    return undefined;
  }
  const model = parsed.data;
  const before = problems.length;
  model.claims.forEach((id, k) => {
    if (!ids.has(id)) problems.push({ file: file.file, field: `claims.${k}`, message: `"${id}" is not a claim in claims/claims/ (retrain: npm run model:train)` });
  });
  for (const claim of Object.keys(model.claimThresholds ?? {})) {
    if (!model.claims.includes(claim)) problems.push({ file: file.file, field: `claimThresholds.${claim}`, message: 'is not one of the model\'s claims' });
  }
  const indexed = [
    ['weights', model.weights, model.claims.length, 'a claim'],
    ['disputes.weights', model.disputes.weights, model.claims.length, 'a claim'],
    ['stance.weights', model.stance?.weights ?? {}, STANCES.length, 'a stance'],
  ] as const;
  for (const [field, weights, size, what] of indexed) {
    for (const [feature, pairs] of Object.entries(weights)) {
      if (pairs.some((x, k) => k % 2 === 0 && (x < 0 || x >= size))) {
        problems.push({ file: file.file, field: `${field}.${feature}`, message: `names ${what} index outside 0..${size - 1}` });
      }
    }
  }
  return problems.length === before ? model : undefined;
}
