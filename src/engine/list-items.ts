/**
 * Reading a list item with the block it sits under (the prefilter gives such windows an `item`):
 *  - an intro that makes massage the actor ("Benefits of massage include:") carries massage over to
 *    items that do not name it ("- Better circulation"), with carryover.ts's precautions;
 *  - its stance holds for what the items state themselves (under a myths heading they dispute);
 *  - a lead-in that ends mid-sentence ("Avoid massage if you have:") is read with each item as one
 *    sentence ("- a fever").
 * Intros and lead-ins are read once per scan.
 */
import { carriedStance, carries, introStance, MAX_PREDICATE_WORDS, namesSubject, withLead, withSubject } from './carryover';
import { massagePhraseEnd, OTHER_TREATMENTS } from './massage-phrases';
import { blockedTokens, type PatternHit, type RuntimePhrase } from './match';
import type { CandidateWindow } from './prefilter';
import { blockAt, isLeadIn, isRemedyHeading, isWarningHeading, type Block } from './sections';
import { sentencesOf, type Sentence, type Token } from './tokenize';
import type { ClaimMatch, Stance } from './types';

/** A fragment read with borrowed words before its own: which hits count, and the stance they get. */
export interface Carried {
  accept(hit: PatternHit): boolean;
  stance(fragment: Stance): Stance | undefined;
  /** Hits may start anywhere, not only at the borrowed first word (a lead-in's words). */
  anywhere?: boolean;
}

export interface ItemReaderOptions {
  /** The scanner's matcher for one sentence. */
  match(s: Sentence, carried: Carried): ClaimMatch[];
  vetoes: readonly RuntimePhrase[];
  /** Noun forms of the carried subject ("massage", "massages"). */
  mentions: ReadonlySet<string>;
  /** Stand-in subjects tried in turn (carryover.ts leadsFor). */
  leads: readonly (readonly string[])[];
  /** What a warning heading's items are read after ("avoid massage if"). */
  warningLead: readonly string[];
  /** What a remedies heading's items are read before ("eases backache"). */
  remedyTail: readonly string[];
}

/** Items of one window, read with what they sit under. */
export interface ItemsOfText {
  /** The stance the window's intro lends its items; undefined when it does not make massage the actor. */
  introStance(w: CandidateWindow): Stance | undefined;
  /** The same for the intro of a series of numbered headings ("Myth 2: It ..."): "it" in them is massage. */
  seriesStance(intro: Block): Stance | undefined;
  /** Claims the window's first sentence makes only with its intro or lead-in, not found in `found`. */
  matches(w: CandidateWindow, first: Sentence, found: readonly ClaimMatch[]): ClaimMatch[];
  /**
   * Claims of the window's sentences that open with a phrase naming the massage ("An hour on the
   * table lowers your stress"), read with massage for the phrase, when the block sits right under a
   * heading that makes massage the topic and asserts (`w.topic`). The item's own first sentence is
   * read by `matches`.
   */
  topicMatches(w: CandidateWindow, sentences: readonly Sentence[], found: readonly ClaimMatch[]): ClaimMatch[];
  /** Turns the stance of the item's claims to the intro's where it hedges or disputes. */
  lendIntroStance(w: CandidateWindow, matches: ClaimMatch[]): void;
}

/** A lead-in's words as read with each item: before the item's words, or after them. */
interface LeadIn {
  tokens: Token[];
  after: boolean;
}

/** Last words of a lead-in that leave its sentence open for the item to complete. */
const OPEN_ENDS = new Set([
  'if', 'when', 'whenever', 'while', 'unless', 'you', 'have', 'has', 'had', 'having', 'are', 'is', 'were', 'was', 'be', 'with',
  'from', 'by', 'include', 'includes', 'including', 'as', 'like', 'to', 'of', 'the', 'a', 'an', 'any', 'your', 'experience', 'feel',
]);

/** Longest item read as a remedy under a remedies heading. */
const MAX_REMEDY_WORDS = 6;
/** Words of an item that names the pain itself, not a remedy for it. */
const PAIN_WORDS = new Set(['pain', 'pains', 'back', 'backache', 'ache', 'aches', 'sciatica', 'lumbago']);

/** An item under a myths intro that states the facts too. */
const SETS_STRAIGHT = /\b(?:facts?|truth|reality)\b/i;

/** Words an item may open with that hold for each of its verb phrases ("May ease back pain, improve ..."). */
const SHARED_OPENERS = new Set(['can', 'may', 'might', 'could', 'will', 'also', 'often', 'usually', 'help', 'helps']);
/** Words that deny or limit what follows them, and whatever the item lists after them. */
const DENIALS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'cannot']);
/** Most later phrases read per item. */
const MAX_LATER_PHRASES = 6;

/**
 * Where the later verb phrases of an item without a subject start ("Eases back pain, improves
 * circulation and helps you sleep"): after a comma or an "and", each read with the carried subject
 * and the item's opening modal ("May ease ..., improve ..."). None in an item with a denial, which
 * may reach over the whole list ("Won't cure back pain or improve circulation").
 */
function laterPhrases(first: Sentence, content: number): Array<{ at: number; openers: string[] }> {
  const own = first.tokens.filter((t) => t.start >= content);
  if (own.some((t) => DENIALS.has(t.norm))) return [];
  const openers: string[] = [];
  for (const t of own) {
    if (!SHARED_OPENERS.has(t.norm)) break;
    openers.push(t.norm);
  }
  const out: Array<{ at: number; openers: string[] }> = [];
  for (let i = 1; i < own.length && out.length < MAX_LATER_PHRASES; i++) {
    const after = own[i - 1]!;
    const next = own[i]!.norm === 'and' ? i + 1 : i;
    if ((after.comma || after.norm === 'and') && next < own.length && own[next]!.norm !== 'and') out.push({ at: own[next]!.start, openers });
  }
  return out;
}

/** End of the first sentence from `from` (after its terminator), or `end`. */
function firstSentenceEnd(text: string, from: number, end: number): number {
  const stop = /[.!?](?=["'”’)\]]*(?:\s|$))/.exec(text.slice(from, end));
  return stop ? from + stop.index + 1 : end;
}

/** Returns, for one text, a reader of its items (with that text's caches). */
export function createItemReader(options: ItemReaderOptions): (text: string) => ItemsOfText {
  const { match, vetoes, mentions, leads, warningLead, remedyTail } = options;

  return (text) => {
    const intros = new Map<number, Stance | undefined>();
    const leadIns = new Map<number, LeadIn | undefined>();

    /** The stance an intro lends its items (undefined: it lends none). */
    const readIntro = (intro: Block): Stance | undefined => {
      if (intros.has(intro.start)) return intros.get(intro.start);
      const last = sentencesOf(text.slice(intro.start, intro.end), intro.start).at(-1);
      const stance = last && introStance(last, blockedTokens(vetoes, last.tokens), mentions);
      intros.set(intro.start, stance);
      return stance;
    };

    /**
     * The words of a lead-in ("Avoid massage if you have:"), without its colon; undefined if it
     * cannot start its items' sentences. One that names massage must end open, on a word that
     * needs what follows ("if you have:", "such as:"): "Before your massage:", "Alternatives to
     * massage:", "Our massage menu:" head lists of other things.
     */
    const readLeadIn = (intro: Block): LeadIn | undefined => {
      if (leadIns.has(intro.start)) return leadIns.get(intro.start);
      const line = text.slice(intro.start, intro.end);
      const stand = (words: readonly string[]) => words.map((norm): Token => ({ norm, start: intro.start, end: intro.start, clauseBreak: false, keys: [norm] }));
      let read: LeadIn | undefined;
      // Read as what they mean, whatever their wording: "When NOT to book a massage" / "- a fever"
      // (avoid massage if a fever); "4 ways to tame back pain" / "- Yoga" (yoga eases backache).
      if (isWarningHeading(line)) read = { tokens: stand(warningLead), after: false };
      else if (isRemedyHeading(line)) read = { tokens: stand(remedyTail), after: true };
      else {
        const tokens = isLeadIn(line) ? sentencesOf(line.replace(/[:\uff1a]\s*$/, ''), intro.start).at(-1)?.tokens : undefined;
        const closed = tokens?.some((t) => mentions.has(t.norm)) && !OPEN_ENDS.has(tokens.at(-1)!.norm);
        read = tokens && !closed ? { tokens, after: false } : undefined;
      }
      leadIns.set(intro.start, read);
      return read;
    };

    /** Claims of the item's first sentence read with the subject its intro carries over. */
    const carriedMatches = (w: CandidateWindow, first: Sentence, found: readonly ClaimMatch[]): ClaimMatch[] => {
      const introSays = !namesSubject(first, w.item!.content, mentions) && readIntro(w.item!.intro);
      if (!introSays) return [];
      const out = new Map<string, ClaimMatch>();
      for (const m of found) if (m.sentenceStart === first.start) out.set(m.claimId, m);
      const owned = new Set(out.values());
      const read = (at: number, lead: readonly string[], s = withLead(first, at, lead), maxWords?: number) => {
        if (!s) return false;
        const carried: Carried = { accept: (hit) => carries(s, lead.length, hit, maxWords), stance: (fragment) => carriedStance(introSays, fragment) };
        for (const m of match(s, carried)) {
          const prior = out.get(m.claimId);
          // A later phrase's own reading is the tighter mark ("helps you sleep", not "improves circulation and helps you sleep").
          if (!prior || (!owned.has(prior) && prior.start < m.start && prior.end >= m.end)) out.set(m.claimId, m);
        }
        return true;
      };
      const later = laterPhrases(first, w.item!.content);
      for (const lead of leads) {
        if (!read(w.item!.content, lead)) break;
        for (const { at, openers } of later) read(at, [...lead, ...openers]);
      }
      // "Slow, firm pressure that breaks down adhesions": a phrase naming the massage is its subject.
      const from = first.tokens.findIndex((t) => t.start >= w.item!.content);
      const to = from < 0 || !leads[0] ? undefined : massagePhraseEnd(first.tokens, from);
      if (to !== undefined) read(0, leads[0]!, withSubject(first, from, to, leads[0]!), MAX_PREDICATE_WORDS);
      return [...out.values()].filter((m) => !owned.has(m));
    };

    /**
     * Claims an item completes with its lead-in, read as one sentence ("- a fever"; "Common causes
     * of back pain include:" / "- poor posture"). A match must use words of both; its mark covers
     * the item's words only (the lead-in's words stand, zero-width, where the item's first word
     * starts, as a carried subject does).
     */
    const leadInMatches = (w: CandidateWindow, first: Sentence, found: readonly ClaimMatch[]): ClaimMatch[] => {
      const lead = readLeadIn(w.item!.intro);
      const own = first.tokens.filter((t) => t.start >= w.item!.content);
      if (!lead?.tokens.length || own.length === 0) return [];
      // Under a remedies heading only a short item naming a remedy is read so ("- Yoga", "- Heat
      // packs"); one that names the pain itself is a heading or link of its own ("Massage Therapy for
      // Back Pain" in a site menu under "Natural Treatments For Back Pain").
      if (lead.after && (own.length > MAX_REMEDY_WORDS || own.some((t) => PAIN_WORDS.has(t.norm)))) return [];
      // The borrowed words stand, zero-width, where the item's words start (or, read after them, end).
      const at = lead.after ? own.at(-1)!.end : own[0]!.start;
      const borrowed = lead.tokens.map((t) => ({ ...t, keys: [...t.keys], start: at, end: at }));
      const n = lead.after ? own.length : borrowed.length;
      const s: Sentence = { ...first, tokens: lead.after ? [...own, ...borrowed] : [...borrowed, ...own] };
      const said = new Set(found.filter((m) => m.sentenceStart === first.start).map((m) => m.claimId));
      const both = (hit: PatternHit) => hit.literal.some((i) => i < n) && hit.literal.some((i) => i >= n);
      return match(s, { accept: both, stance: (stance) => stance, anywhere: true }).filter((m) => !said.has(m.claimId));
    };

    return {
      introStance: (w) => readIntro(w.item!.intro),
      seriesStance: readIntro,
      topicMatches(w, sentences, found) {
        const lead = leads[0];
        // Under a myths heading the paragraph sets the record straight: only a topic that asserts lends.
        if (!lead || readIntro(w.topic!) !== 'asserts') return [];
        const out: ClaimMatch[] = [];
        for (const s of sentences) {
          if (w.item && s === sentences[0]) continue;
          const to = massagePhraseEnd(s.tokens, 0);
          if (to === undefined || OTHER_TREATMENTS.test(text.slice(blockAt(text, s.start).start, s.start))) continue;
          const said = new Set(found.filter((m) => m.sentenceStart === s.start).map((m) => m.claimId));
          const read = (r: Sentence | undefined, words: readonly string[], maxWords?: number) => {
            if (!r) return;
            const carried: Carried = { accept: (hit) => carries(r, words.length, hit, maxWords), stance: (fragment) => carriedStance('asserts', fragment) };
            for (const m of match(r, carried)) {
              if (!said.has(m.claimId)) out.push(m);
              said.add(m.claimId);
            }
          };
          read(withSubject(s, 0, to, lead), lead, MAX_PREDICATE_WORDS);
          // "The treatment melts tension and boosts circulation": each verb phrase after the first.
          if (s.tokens[to]) for (const { at, openers } of laterPhrases(s, s.tokens[to]!.start)) read(withLead(s, at, [...lead, ...openers]), [...lead, ...openers]);
        }
        return out;
      },
      matches(w, first, found) {
        const carried = carriedMatches(w, first, found);
        // An intro that makes massage the actor carries it, with the carry's own precautions.
        if (readIntro(w.item!.intro)) return carried;
        return [...carried, ...leadInMatches(w, first, [...found, ...carried])];
      },
      /**
       * Under a myths intro ("Three massage myths, busted") "Massage flushes toxins." disputes,
       * unless the item sets the record straight itself; under "Some therapists claim massage can:"
       * it hedges. Claims in the item's block only.
       */
      lendIntroStance(w, matches) {
        const intro = readIntro(w.item!.intro);
        if (!intro || intro === 'asserts') return;
        const block = blockAt(text, w.item!.content);
        if (intro === 'disputes' && SETS_STRAIGHT.test(text.slice(block.start, block.end))) return;
        // Under a myths intro the item's first sentence states the myth; what follows it in the item
        // ("Myth: it has to hurt to work. Gentle massage helped as much in a trial.") corrects it.
        const mythEnd = intro === 'disputes' ? firstSentenceEnd(text, w.item!.content, block.end) : block.end;
        for (const m of matches) {
          if (m.start < block.start || m.end > block.end || m.start >= mythEnd) continue;
          if (intro === 'disputes') m.stance = 'disputes';
          else if (m.stance === 'asserts') m.stance = 'hedges';
        }
      },
    };
  };
}
