/**
 * Pronoun resolution: "it" and "they" stand for the antecedent concept (massage) after a mention,
 * so "Massage is popular. It also flushes toxins." is read as "massage flushes toxins"; so do a
 * demonstrative and a noun for it ("This treatment releases endorphins"; not "the treatment",
 * which as often names another one). A resolved
 * pronoun gets the concept's alias as one more key for the matcher; nothing else changes.
 */
import type { Sentence, Token } from './tokenize';
import type { CompiledBundle } from './types';

/** Pronouns that need a plural antecedent. */
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = /(ss|us|is|ous|ics|'s|’s)$|^(was|has|does|its|this|yes|thus|plus|always|perhaps|sometimes|towards|as)$/;
/** "This treatment", "these sessions": after a demonstrative, a noun standing for the massage just mentioned. */
const NOUN_ANAPHORS = new Set(['treatment', 'therapy', 'session', 'sessions', 'treatments']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'each']);
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it', 'who', 'therapist', 'masseuse', 'masseur', 'practitioner']);

/** Who gives a massage. */
const GIVERS = new Set(['therapist', 'masseuse', 'masseur', 'practitioner']);

/**
 * "session" or "appointment" alone: on a page about massage, the massage's ("Regular sessions boost
 * circulation", "Skip your appointment if you have a fever"). Not "treatment": a massage page
 * speaks of other treatments too, and it cost a wrong stance on unseen pages (HELDOUT.md).
 */
const SESSIONS = new Set(['session', 'sessions', 'appointment', 'appointments']);
/**
 * What may stand before such a session: determiners, numbers and words of schedule, a closed list,
 * so that "physio sessions", "yoga sessions" or "a gym session" stay theirs.
 */
const SESSION_LEADS = new Set([
  'a', 'an', 'the', 'each', 'every', 'one', 'your', 'our', 'my', 'his', 'her', 'their', 'regular', 'weekly', 'fortnightly',
  'monthly', 'first', 'next', 'later', 'further', 'more', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'single',
  'repeat', 'repeated', 'follow-up', 'short', 'long', 'longer', 'shorter', 'hour', 'hour-long',
]);

/** A session of no named kind at i: after nothing or a word of SESSION_LEADS, and not "a session of acupuncture", "sessions with a physio", "your appointment at the gym". */
function bareSession(tokens: readonly Token[], i: number): boolean {
  if (!SESSIONS.has(tokens[i]!.norm)) return false;
  if (i > 0 && !SESSION_LEADS.has(tokens[i - 1]!.norm)) return false;
  const after = tokens[i + 1]?.norm;
  return after !== 'of' && after !== 'with' && after !== 'to' && after !== 'at' && after !== 'for';
}

/** Whom a session is with when a pronoun says it: the person the text speaks to or of ("sessions with you", "an appointment with us"), the giver on a massage page. */
const PERSONS = new Set(['you', 'us', 'me', 'him', 'them']);

/** Words between "with" or "at" and whom or where a session is with. */
const PLACE_LEADS = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'local']);

/**
 * True if the sentence places a session or appointment with someone or somewhere other than a
 * massage giver: "your appointment with the dentist", "a session at the gym". Not "with Anna", "with
 * a remedial therapist", "with you", "at our clinic's massage room", "at £55": a name, a giver, a
 * pronoun, massage itself or a figure.
 */
export function namesSessionElsewhere(s: Sentence, isMention: (t: Token) => boolean): boolean {
  return s.tokens.some((t, i) => {
    if (!SESSIONS.has(t.norm) || (s.tokens[i + 1]?.norm !== 'with' && s.tokens[i + 1]?.norm !== 'at')) return false;
    let k = i + 2;
    if (PERSONS.has(s.tokens[k]?.norm ?? '')) return false;
    while (k < s.tokens.length && PLACE_LEADS.has(s.tokens[k]!.norm)) k++;
    const head = s.tokens[k];
    if (!head || !/^[a-z]/.test(s.text.slice(head.start - s.start, head.end - s.start))) return false;
    return !s.tokens.slice(k, k + 3).some((w) => GIVERS.has(w.norm) || isMention(w));
  });
}

/** What a giver does to give a massage: "our therapist Nok offers Thai massage. She works along ...": "she" is the massage she gives. */
const GIVES = new Set(['offers', 'offered', 'gives', 'gave', 'provides', 'provided', 'practises', 'practices', 'practised', 'practiced', 'performs', 'performed', 'specialises', 'specializes', 'specialised', 'specialized', 'delivers', 'teaches', 'trained']);
/** Pronouns for the giver, resolved only as the next sentence's first word. */
const GIVER_PRONOUNS = new Set(['she', 'he']);
/**
 * What a giver does with the hands, as the pronoun's verb: "she works along ...", "he uses slow
 * strokes to flush ...". A giver does other things too ("She also teaches yoga, which helps back
 * pain"), which are not the massage's.
 */
const HANDS_ON = new Set([
  'works', 'uses', 'applies', 'focuses', 'targets', 'releases', 'breaks', 'kneads', 'presses', 'loosens', 'eases', 'relieves',
  'restores', 'rebalances', 'balances', 'corrects', 'realigns', 'manipulates', 'flushes', 'boosts', 'stimulates', 'combines',
  'blends', 'treats', 'unblocks', 'clears', 'melts', 'improves', 'reduces', 'increases', 'draws', 'moves', 'channels',
]);
/** Words between the pronoun and its verb. */
const BEFORE_VERB = new Set(['also', 'then', 'gently', 'will', 'can', 'often', 'usually', 'carefully', 'slowly', 'skilfully']);

/** Words joining another treatment to the mention ("acupuncture and massage", "massage or reiki"). */
const JOINS = new Set(['and', 'or', 'plus', 'alongside', 'with']);

/** Most words from the giver to the mention: "therapist Nok offers traditional Thai yoga massage". */
const GIVER_REACH = 8;

/** True if the mention at i is a massage a therapist gives: a giver, then a verb of giving, then the mention. */
function givenAt(tokens: readonly Token[], i: number): boolean {
  // "offers massage and acupuncture": "she" may be doing either.
  if (tokens.slice(i + 1, i + 1 + JOINED_REACH).some((t) => JOINS.has(t.norm))) return false;
  let verb = false;
  for (let k = i - 1; k >= 0 && i - k <= GIVER_REACH; k--) {
    const norm = tokens[k]!.norm;
    if (tokens[k]!.comma || tokens[k]!.clauseBreak || JOINS.has(norm)) return false;
    if (GIVES.has(norm)) verb = true;
    else if (verb && GIVERS.has(norm)) return true;
  }
  return false;
}

/** A word that may be a plural noun: another candidate for "they". */
function looksPlural(norm: string): boolean {
  return norm.length > 3 && norm.endsWith('s') && !NOT_PLURAL.test(norm);
}

/**
 * A plural mention of the antecedent: "massages" (not after a singular subject, "she massages"),
 * or "massage" heading a plural noun that is not a person ("massage sessions", not "therapists").
 */
function isPluralMention(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  const next = tokens[i + 1]?.norm ?? '';
  if (looksPlural(norm)) return !SINGULAR_SUBJECTS.has(tokens[i - 1]?.norm ?? '');
  return /^(sessions|treatments|therapies|techniques|appointments)$/.test(next);
}

/** Words that may stand between "and" and the plural it joins to a mention: "massage and other hands-on treatments". */
const JOINED_REACH = 4;
/** Words that end a joined subject: its verb follows. */
const VERB_AFTER_SUBJECT = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should', 'are', 'were', 'do', 'have', 'help', 'work', 'both', 'all']);

/**
 * A plural noun joined to the mention at i by "and"/"or" ("massage and other hands-on treatments",
 * "massage or manual therapies"): "they" after it takes in massage. Returns the plural's index, or -1.
 */
function joinedPlural(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.norm !== 'and' && tokens[i + 1]?.norm !== 'or') return -1;
  let plural = -1;
  // The noun phrase's last plural ("hands-on treatments"), up to its verb or a comma.
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + JOINED_REACH) && !VERB_AFTER_SUBJECT.has(tokens[k]!.norm); k++) {
    if (looksPlural(tokens[k]!.norm)) plural = k;
    if (tokens[k]!.comma || tokens[k]!.clauseBreak) break;
  }
  return plural;
}

/**
 * Marks pronouns that refer back to the antecedent concept: a mention earlier in the sentence or
 * in the previous sentence of the same block (a window never crosses a block boundary), or, for
 * a list item, in the intro that makes massage the actor of its items, or in the sentence just
 * before the window (`afterMention`). On a page about massage (`onTopic`, asked only when needed),
 * a bare session is the massage's too (bareSession). A plural
 * pronoun ("they") needs a plural mention ("massages", or massage joined to a plural: "massage and
 * other hands-on treatments") with no other plural-looking word after it
 * ("Massages relax the muscles. They ..." is left alone: "they" may be the muscles).
 */
export function createPronounResolver(anaphora: CompiledBundle['anaphora']): (sentences: Sentence[], afterMention: boolean, onTopic?: () => boolean) => void {
  if (!anaphora) return () => undefined;
  const antecedents = new Set(anaphora.antecedents);
  const pronouns = new Set(anaphora.pronouns);
  return (sentences, afterMention, onTopic = () => false) => {
    let previous = { singular: afterMention, plural: false, given: false };
    for (const s of sentences) {
      const seen = { ...previous };
      const mentions = { singular: false, plural: false, given: false };
      // "Our therapist Nok offers Thai massage. She works along the body's energy lines ...".
      const first = s.tokens[0];
      let verb = 1;
      while (BEFORE_VERB.has(s.tokens[verb]?.norm ?? '')) verb++;
      if (previous.given && first && GIVER_PRONOUNS.has(first.norm) && HANDS_ON.has(s.tokens[verb]?.norm ?? '')) {
        first.alias = anaphora.alias;
        first.keys.push(first.alias);
      }
      /** Last token of a plural joined to a mention ("massage and other hands-on treatments"). */
      let joinedUntil = -1;
      s.tokens.forEach((t, i) => {
        if (antecedents.has(t.norm)) {
          const joined = joinedPlural(s.tokens, i);
          if (joined >= 0) joinedUntil = joined;
          const plural = joined >= 0 || isPluralMention(s.tokens, i);
          seen.singular = mentions.singular = true;
          seen.plural = mentions.plural = plural;
          mentions.given ||= givenAt(s.tokens, i);
        } else if (i <= joinedUntil) {
          // The joined plural ("treatments") is part of the mention, not another antecedent for "they".
        } else if (
          (pronouns.has(t.norm) && (PLURAL_PRONOUNS.has(t.norm) ? seen.plural : seen.singular)) ||
          (seen.singular && NOUN_ANAPHORS.has(t.norm) && DEMONSTRATIVES.has(s.tokens[i - 1]?.norm ?? '')) ||
          (bareSession(s.tokens, i) && onTopic())
        ) {
          t.alias = anaphora.alias;
          t.keys.push(t.alias);
        } else if (looksPlural(t.norm) && !(i > 0 && antecedents.has(s.tokens[i - 1]!.norm) && isPluralMention(s.tokens, i - 1))) {
          seen.plural = mentions.plural = false;
        }
      });
      previous = mentions;
    }
  };
}
