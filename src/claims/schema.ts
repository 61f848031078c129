/**
 * The shape of the human-edited files in claims/. Validation errors must name the file,
 * the claim and the field, so every rule carries a message a curator can act on.
 */
import { z } from 'zod';
import { CERTAINTIES, STANCES, VERDICTS } from '../engine/types';

/** Tooltip notes longer than this do not fit the tooltip without scrolling. */
export const NOTE_MAX = 300;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

export const citationSchema = z
  .object({
    authors: text(300),
    title: text(400),
    published: text(300).optional(),
    /** Publication year; web pages without one give the date they were read instead (`accessed`). */
    year: z.number().int().min(1900).max(2100).optional(),
    accessed: isoDate.optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz (no https://doi.org/ prefix)').optional(),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
  })
  .strict()
  .refine((c) => c.doi !== undefined || c.url !== undefined, { message: 'needs a doi or a url', path: ['doi'] })
  .refine((c) => c.year !== undefined || c.accessed !== undefined, { message: 'needs a year, or for a web page the date it was accessed', path: ['year'] });

export const claimSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    title: text(80),
    statement: text(300),
    verdict: z.enum(VERDICTS),
    certainty: z.enum(CERTAINTIES),
    evidence: text(NOTE_MAX),
    notes: z
      .object({ asserts: text(NOTE_MAX), hedges: text(NOTE_MAX).optional(), disputes: text(NOTE_MAX) })
      .strict(),
    citations: z.array(citationSchema).min(1, 'needs at least one citation'),
    provenance: z
      .array(z.object({ source: text(200), quote: text(2000) }).strict())
      .min(1, 'needs at least one quote from the source documents'),
    patterns: z.array(text(400)).min(1, 'needs at least one pattern'),
    /**
     * Wordings of the claim's opposite, in the same syntax: a page stating one disputes the claim,
     * a page denying one asserts it ("get a massage instead of seeing a doctor" disputes "massage
     * is no replacement for medical care").
     */
    opposites: z.array(text(400)).optional(),
    /**
     * Broader claims this one says more precisely: where both are found in one sentence, only this
     * one is reported ("Swedish massage is too gentle to help; only deep tissue works" is about
     * which massage helps, not whether massage relieves back pain).
     */
    overrides: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be claim ids')).optional(),
    /**
     * Claims the claim model reads from the same words as this one, in a sentence that does not
     * name massage: where this claim is found there, they are not taken from the model. Heat's
     * relief ("twenty minutes of warmth takes the edge off my back") is no relief by massage.
     */
    overridesUnnamed: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be claim ids')).optional(),
    /**
     * Concept rules, a fallback to the patterns: the claim is found where all the elements of one
     * rule stand in one clause, close together, in any order ("toxins are what a massage flushes").
     */
    concepts: z.array(text(400)).optional(),
    examples: z.array(text(400)).min(1, 'needs at least one example wording'),
    reviewed: isoDate,
  })
  .strict();

export type ClaimFile = z.infer<typeof claimSchema>;

export const lexiconSchema = z
  .object({
    concepts: z.record(z.string().regex(/^[a-z0-9-]+$/, 'concept names are lower-case words joined by hyphens'), z.array(text(100)).min(1)).optional(),
    vetoes: z.array(text(400)).optional(),
    /** Pronouns that stand for a concept mentioned just before ("Massage ... It also flushes toxins"). */
    anaphora: z.object({ antecedent: z.string().regex(/^[a-z0-9-]+$/), pronouns: z.array(z.string().regex(/^[a-z]+$/)).min(1) }).strict().optional(),
  })
  .strict();

export type LexiconFile = z.infer<typeof lexiconSchema>;

export const redFlagsSchema = z
  .object({
    intro: text(400),
    reviewed: isoDate,
    source: z
      .array(
        z
          .object({ authors: text(200), title: text(300), year: z.number().int().optional(), url: z.string().url().optional(), doi: z.string().optional() })
          .strict(),
      )
      .min(1),
    groups: z
      .array(
        z
          .object({
            level: z.enum(['emergency', 'urgent', 'see-a-doctor']),
            heading: text(120),
            items: z.array(text(200)).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** claims/model.json, written by `npm run model:train` (src/claims/train-model.ts); checked against the claims in compile.ts. */
const modelWeights = z.record(
  z.string(),
  z
    .array(z.number().finite())
    .refine((pairs) => pairs.length % 2 === 0 && pairs.every((x, k) => k % 2 === 1 || Number.isInteger(x)), 'must list claim index and weight in pairs'),
);

export const claimModelSchema = z
  .object({
    claims: z.array(z.string().min(1)).min(1),
    bias: z.array(z.number().finite()),
    weights: modelWeights,
    threshold: z.number().gt(0).lt(1),
    claimThresholds: z.record(z.string(), z.number().gt(0).lt(1)).optional(),
    disputes: z.object({ bias: z.array(z.number().finite()), weights: modelWeights }).strict(),
    disputeThreshold: z.number().gt(0.5).lt(1),
    stance: z
      .object({ bias: z.array(z.number().finite()).length(STANCES.length), weights: modelWeights, threshold: z.number().gt(1 / STANCES.length).lt(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((m) => m.bias.length === m.claims.length, { message: 'must give one bias per claim', path: ['bias'] })
  .refine((m) => m.disputes.bias.length === m.claims.length, { message: 'must give one bias per claim', path: ['disputes', 'bias'] });
