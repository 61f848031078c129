/**
 * compromise's terms for a text, as `nlp(text).compute('offset')` gives the fields the engine reads
 * (text, normal, implicit, pre, post, offset), for less work. Only compromise's shared world is
 * read, never changed: other users of compromise in the process (the full build, plugins) keep
 * theirs. Saved, on a claim-dense article, about a quarter of the scan's time spent in compromise:
 *
 * - the hooks `nlp()` runs after tokenizing are left out but for `contractions`: the others only
 *   add what the engine does not read (aliases, machine forms, ids, indexes, tags and frozen flags
 *   from the lexicons), and `contractions`, the only one that changes words, runs first anyway.
 *   (`typeahead` would set a last word's `implicit`, but only once someone registers prefixes.)
 *   `contractions` itself runs only on sentences it may change (`mayContract`).
 * - the tokenizer is compromise's own (`fromString`, parse.js, step for step), with shortcuts for
 *   plain words that give what its steps give, checked where they rest on its tables:
 *   `plainTerm` for the punctuation around a word, PLAIN_WORD for a word's normal form.
 *
 * tests/unit/engine/terms.test.ts holds these to `nlp()` on awkward text.
 */
import nlp from 'compromise/one';

/** A compromise term, with what `compute('offset')` adds and a contraction's expanded word. */
export interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  pre?: string;
  post?: string;
  offset: { start: number; length: number };
}

/** What splitWhitespace makes of a term's string. */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
}

interface Model {
  one: { postPunctuation: Record<string, boolean>; emoticons: Record<string, unknown>; contractions: ReadonlyArray<{ word?: string }> };
}

/** The parts of compromise's world used here (`nlp.world()`: its documented way into the internals). */
interface World {
  model: Model;
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: World): string[];
        splitTerms(text: string, model: Model): string[];
        splitWhitespace(text: string, model: Model): RawTerm;
      };
    };
  };
  compute: { normal(view: { docs: RawTerm[][]; world: World }): void; offset(view: { document: RawTerm[][] }): void };
}

interface Doc {
  docs: Term[][];
  compute(names: string[]): Doc;
}

const world = nlp.world() as World;
/** compromise's document class, as `nlp()` builds it for a string. */
const Document = (nlp('') as unknown as { constructor: new (document: RawTerm[][]) => Doc }).constructor;

/** A word of ASCII letters and digits, then only sentence punctuation and ASCII white space. */
const PLAIN_TERM = /^([A-Za-z0-9]+)([.,;:!?]*[ \t\n\r]*)$/;
/** What such a term is trimmed (an emoticon is looked up trimmed). */
const PLAIN_TRIMMED = /^[A-Za-z0-9]+[.,;:!?]*$/;
const PLAIN_TAIL = ['.', ',', ';', ':', '!', '?', ' ', '\t', '\n', '\r'];

/**
 * splitWhitespace (tokenize.js normalizePunctuation) on a plain term, when `plainTerms` allows:
 * nothing before the word, all after it as `post`. A letter or digit ends its loops; the trailing
 * characters here are none of those it keeps on the word (a `postPunctuation` entry would stop it
 * from peeling the rest, an acronym's "." needs a letter after a one-letter word's "."; "'", "+"
 * and ")" are not among them). Anything else goes to compromise.
 */
function plainTerm(str: string, model: Model): RawTerm {
  const m = PLAIN_TERM.exec(str);
  if (m === null) return world.methods.one.tokenize.splitWhitespace(str, model);
  return { text: m[1]!, pre: '', post: m[2]!, tags: new Set() };
}

/**
 * False if compromise's tables make a plain term special: an emoticon that is one (it is kept
 * whole), or a trailing character that is `postPunctuation`. None are, unless someone adds them;
 * checked once per text, as looking every term up in them cost more than the rest of `plainTerm`.
 */
function plainTerms(model: Model): boolean {
  return !Object.keys(model.one.emoticons).some((e) => PLAIN_TRIMMED.test(e)) && !PLAIN_TAIL.some((c) => model.one.postPunctuation[c] === true);
}

/**
 * Text whose normal form is its lower case: compromise's normalize (cleanup, killUnicode,
 * acronyms) finds nothing in it to strip, transliterate (its table maps ASCII to itself) or join.
 */
const PLAIN_WORD = /^[A-Za-z0-9][A-Za-z0-9']*$/;

/** compromise's fromString (parse.js): sentences, terms, whitespace, normal forms. */
function fromString(input: string): RawTerm[][] {
  const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
  const split = plainTerms(world.model) ? plainTerm : splitWhitespace;
  /** Terms left to compromise's normalize, in one call. */
  const other: RawTerm[] = [];
  const document = splitSentences(input, world).map((sentence) =>
    splitTerms(sentence, world.model).map((str) => {
      const term = split(str, world.model);
      if (PLAIN_WORD.test(term.text)) term.normal = term.text.toLowerCase();
      else other.push(term);
      return term;
    }),
  );
  if (other.length > 0) world.compute.normal({ docs: [other], world });
  return document;
}

/** The whole words compromise's contractions list splits ("cannot", "gonna"), kept with the list they came from. */
let contractionWords: { list: ReadonlyArray<{ word?: string }>; size: number; words: Set<string> } | undefined;

/**
 * False if compromise's contractions step (contraction-one/compute/contractions) leaves the
 * sentence as it is: each of its rules needs, in one term, an apostrophe in the normal form (the
 * list's "'re", "n't", "'d", French "l'", "there's"), a whole word of its list, or a digit ("44-2",
 * "4km"). Most sentences have none, and the step tries its whole list on every word.
 */
function mayContract(terms: readonly RawTerm[]): boolean {
  const list = world.model.one.contractions;
  if (contractionWords?.list !== list || contractionWords.size !== list.length) {
    contractionWords = { list, size: list.length, words: new Set(list.flatMap((c) => (c.word === undefined ? [] : [c.word]))) };
  }
  const { words } = contractionWords;
  return terms.some((t) => t.normal!.includes("'") || words.has(t.normal!) || HAS_DIGIT.test(t.text) || HAS_DIGIT.test(t.normal!));
}
const HAS_DIGIT = /[0-9]/;

/** The sentences of `text`, as lists of terms with offsets into it. */
export function termsOf(text: string): Term[][] {
  if (!text) return [];
  const document = fromString(text);
  // The step splices the words it splits into the sentence's own list, which `document` holds.
  const contracting = document.filter(mayContract);
  if (contracting.length > 0) new Document(contracting).compute(['contractions']);
  // compute('offset') on a document, without building one: it only reads `document`.
  world.compute.offset({ document });
  return document as unknown as Term[][];
}
