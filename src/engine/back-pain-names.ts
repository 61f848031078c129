/**
 * The common names of back pain, as a regular-expression source for string work before or beside
 * NLP (headings in sections.ts, an earlier sentence in problem-pronouns.ts). The claims' own
 * @back-pain concept is far larger; these are the names headings and testimonials mostly use.
 */
export const BACK_PAIN_NAMES = String.raw`back ?pain|back ?aches?|lumbago|sciatica|(?:lower|low|upper) back`;
