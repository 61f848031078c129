/**
 * The cheap stages before any NLP (this module must stay free of compromise):
 *  1. the patterns' anchor words (the engine runs one regular expression, anchor-pattern.ts; the
 *     content script a quick pass over their first letters, anchor-prefix.ts; both are held to
 *     the word lookups below); around each hit, a sentence-sized window;
 *  2. a window's words must include a word of every required slot of at least one pattern (word
 *     presence only, not order; see requirements.ts).
 * The content script runs stage 1 on every page (without the stage-2 tables) and sends the chunks
 * of text where it found anchor words to the background's engine, which runs both stages and NLP
 * on the windows that pass. On most pages nothing passes stage 1.
 * With subject carry-over (carryover.ts), list items under an intro that mentions the subject get
 * windows too, and stage 2 counts the carried subject's words as present in them. A window holding
 * a question and its answer (question-lead.ts) counts the pair's stand-in words as present too.
 */
import type { PrefilterData, PrefilterDetail } from './types';
import { createAnchorFinder } from './anchor-pattern';
import { holdsAnchor } from './anchor-prefix';
import { createRequirementCheck, type RequirementCheck } from './requirements';
import { blockAt, blockStartAt, DEVICES, introBefore, isLeadIn, isRemedyHeading, isServiceHeading, itemsAfter, markerEnd, opensSection, seriesIntroBefore, topicAbove, type Block, type ItemStart } from './sections';
import { answerAfter } from './faq-answer';
import { HOW_OFTEN_QUESTION } from './how-often';
import { namesBackPain, PROBLEM_ALIAS, RELIEF_ENDS, sentenceBefore } from './problem-pronouns';
import { isAboutBackPain, RELIEF_IN } from './implied-complaint';
import { candidateWindows, sentenceStarts, type Window } from './windows';
import { createMentionFinder } from './page-topic';
import { abbreviatedIn } from './abbreviations';

/**
 * A window; `item` when it opens a block that sits under an intro mentioning the carried subject,
 * or under a lead-in (a colon intro) whose words may complete a claim with the item's: the intro's
 * block and where the item's own words start (after any list marker).
 */
export interface CandidateWindow extends Window {
  item?: { intro: Block; content: number };
  /** When the window opens a numbered series heading ("Myth 2: It ..."): the intro of its series (sections.ts). */
  series?: Block;
  /**
   * When the window's block sits right under a heading that makes massage the topic, and may open a
   * sentence with a phrase naming the massage ("An hour on the table lowers ..."): the block that
   * decides (massage-phrases.ts, sections.ts topicAbove).
   */
  topic?: Block;
  /** The text is about back pain and the window holds a relief or cure word: a complaint may be left unsaid (implied-complaint.ts). */
  impliedComplaint?: true;
  /** The text is about back pain or massage therapy, so the claim model may be asked (`modelTopicOf`). */
  modelTopic?: true;
}

/** Head words of a phrase naming the massage (massage-phrases.ts): a cheap test before looking for the heading above. */
// Case-sensitive (faster): a phrase's head follows its determiner or words of touch, in lower case.
const PHRASE_HEADS = /\b(?:strokes?|pressure|kneading|touch|work|treatment|session|techniques?|movements|table)\b/;

export interface SubjectCarry {
  /** Words standing in for the carried subject: stage 2 counts them as present in items under an intro. */
  words: readonly string[];
  /** Forms of the subject an intro must mention ("massage", "massages"). */
  mentions: ReadonlySet<string>;
  /** Words an intro must also hold, one at least ("benefits", "can"): most headings naming the subject are no intro. */
  cues: ReadonlySet<string>;
}

export interface Prefilter {
  /** Stage 1: the text holds at least one anchor word. */
  test(text: string): boolean;
  /** Stage 1 and 2, lazily: the windows of the text that may hold a claim, in order. Needs the stage-2 tables (`detail`). */
  windows(text: string): Generator<CandidateWindow, void>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'%-]*/gu;
/** The same words on text whose letters and digits are all ASCII, several times faster. */
const ASCII_WORD = /[a-z0-9][a-z0-9'%-]*/g;
/** Non-ASCII other than common punctuation (curly quotes, dashes, no-break space, guillemets, x). */
const NON_ASCII_LETTER = /[^\x00-\x7f\u2000-\u206f\u00a0\u00ab\u00bb\u00d7\u00f7]/;

/**
 * Visits the words of a window, generously: each word as written (lower case), its parts around
 * hyphens and apostrophes, and "not" for contractions, so that no form the NLP tokenizer produces
 * is missed. Words may repeat. The visitor returns true to stop.
 */
export function visitLooseWords(text: string, visit: (word: string) => boolean): void {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const pattern = NON_ASCII_LETTER.test(lower) ? WORD : ASCII_WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    const w = m[0];
    if (visit(w)) return;
    if (/[-']/.test(w)) for (const part of w.split(/[-']/)) if (part && visit(part)) return;
    if (w.endsWith("n't") || w === 'cannot') {
      const base = w === "won't" ? 'will' : w === "can't" || w === 'cannot' ? 'can' : w.slice(0, -3);
      if (visit('not') || visit(base)) return;
    }
    if (w.endsWith("'s") && visit(w.slice(0, -2))) return;
  }
}

/** Candidate words for stage 1: ASCII letters and digits, with inner apostrophes, hyphens and %. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’%-]*/g;

/**
 * Stage 1 by the definition: the offsets of anchor words in the text, a set lookup per word
 * (holdsAnchor's rule). The faster forms (anchor-pattern.ts, anchor-prefix.ts) are
 * tested to agree with it.
 */
function anchorHits(anchors: ReadonlySet<string>, text: string, firstOnly: boolean): number[] {
  const hits: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (!holdsAnchor(anchors, m[0])) continue;
    hits.push(m.index);
    if (firstOnly) break;
  }
  return hits;
}

/** Stage 1 alone by word lookups: does the text hold an anchor word? */
export function createAnchorTest(words: readonly string[]): (text: string) => boolean {
  const anchors = new Set(words);
  return (text) => anchorHits(anchors, text, true).length > 0;
}

/**
 * Blocks mentioning the subject looked at per text for intros: a page chunk (about 50,000
 * characters) has far fewer; the cap bounds the work on hostile text (a million "massage:" lines).
 */
const MAX_INTRO_LOOKS = 1000;

/** Words a warning heading's items are read with ("avoid massage if"; list-items.ts). */
export const WARNING_WORDS: readonly string[] = ['avoid', 'if'];
/** Words a remedies heading's items are read with ("<item> eases backache"; list-items.ts). */
export const REMEDY_WORDS: readonly string[] = ['eases', 'backache'];
/** Both, counted as present for any lead-in's items. */
const LEAD_STAND_INS: readonly string[] = [...WARNING_WORDS, ...REMEDY_WORDS];

/** Words after which the back pain of the sentence before may be meant: "it", or a relief verb ending the sentence. */
const PROBLEM_SLOT = new RegExp(`\\b(?:it|${[...RELIEF_ENDS].join('|')})\\b`, 'i');

/** Words that may stand for the massage named outside the window (pronouns.ts, page-topic.ts). */
const STAND_INS = /\b(?:it|they|sessions?|appointments?)\b/i;
/** A session or appointment of no named kind (pronouns.ts bareSession): the massage's on a page about massage. */
const SESSION = /\b(?:sessions?|appointments?)\b/i;

/** A question followed, in the same window, by more text: the window may hold a question and its answer. */
const QUESTION_THEN_MORE = /\?["'”’)]*[ \t]+\S/;

/** The intro of the series whose numbered heading opens at `at` ("Myth 2: ..."), if any. */
function seriesAt(text: string, at: number, introduces: (line: string) => boolean): Block | undefined {
  const start = blockStartAt(text, at);
  return start === null ? undefined : seriesIntroBefore(text, start, introduces);
}

/**
 * `pairWords`: the stand-in words a question-answer pair is read with ("massage", "help"), counted
 * as present in windows that hold a question followed by more text. `modelTopicOf`: the claim
 * model's topic test (scanner.ts); on a text it holds for, every sentence gets a window, with an
 * anchor word or not, and every window passes, whatever stage 2 says, marked `modelTopic` (the
 * model, which the scanner asks there, reads claims in words no pattern requires: "each massage
 * bought me three days of relief").
 */
export function createPrefilter(
  data: Pick<PrefilterData, 'words'> & Partial<PrefilterData>,
  carry?: SubjectCarry,
  pairWords?: readonly string[],
  modelTopicOf?: (text: string) => boolean,
): Prefilter {
  const anchorsIn = createAnchorFinder(data.words);
  let check: RequirementCheck | undefined;

  /** Stage 2 on a window's text, with `extra` words counted as present. */
  const mayHoldClaim = (text: string, extra: readonly string[] = []) => {
    if (data.detail === undefined) throw new Error('prefilter: this prefilter has no stage-2 tables (stage 1 only)');
    check ??= createRequirementCheck(JSON.parse(data.detail) as PrefilterDetail);
    return check.met((visit) => {
      visitLooseWords(text, visit);
      // Visiting on after a met requirement is harmless, and spares a wrapper call per word.
      for (const word of extra) visit(word);
    });
  };

  /** True if the line mentions the subject and holds an intro's cue word, or names it as a menu heading: it may introduce items. */
  const introduces = (line: string) => {
    if (isServiceHeading(line, carry!.mentions)) return true;
    let subject = false;
    let cue = false;
    visitLooseWords(line, (word) => {
      subject ||= carry!.mentions.has(word);
      cue ||= carry!.cues.has(word);
      return subject && cue;
    });
    return subject && cue;
  };

  // The subject's mentions, found apart from the anchor words (which need not include them).
  const mentionWords = carry && new RegExp(`\\b(?:${[...carry.mentions, ...DEVICES].map((w) => w.replace(/[^a-z0-9]/gi, '\\$&')).join('|')})\\b`, 'gi');

  /**
   * Items under any intro or heading that may introduce items under the subject, by block start:
   * only these blocks can take a carried subject, so only they are looked at again.
   */
  function itemsUnderIntros(text: string, mentionRe: RegExp): Map<number, ItemStart> {
    const items = new Map<number, ItemStart>();
    let looks = 0;
    mentionRe.lastIndex = 0;
    for (let m = mentionRe.exec(text); m && ++looks <= MAX_INTRO_LOOKS; m = mentionRe.exec(text)) {
      const block = blockAt(text, m.index);
      const line = text.slice(block.start, block.end);
      if (opensSection(line) && introduces(line)) for (const item of itemsAfter(text, block)) items.set(item.block, item);
      mentionRe.lastIndex = block.end; // one look per block
    }
    return items;
  }

  /**
   * Items under lead-ins that hold an anchor word (added to `items`): the lead-in may hold the part
   * of a claim its items complete ("Avoid massage if you have:" / "- a fever"). Each block is
   * looked at once, so a long block with many hits costs one look.
   */
  function itemsUnderLeadIns(text: string, hits: readonly number[], items: Map<number, ItemStart>): void {
    let looks = 0;
    let blockEnd = -1;
    for (const hit of hits) {
      if (hit < blockEnd) continue;
      if (++looks > MAX_INTRO_LOOKS) return;
      const block = blockAt(text, hit);
      blockEnd = block.end;
      if (isLeadIn(text.slice(block.start, block.end))) for (const item of itemsAfter(text, block)) items.set(item.block, item);
      // A remedies heading rarely holds an anchor word itself; its items do ("- Yoga").
      else if (!items.has(block.start) && introBefore(text, block.start, isRemedyHeading)) {
        items.set(block.start, { block: block.start, content: markerEnd(text, block.start) ?? block.start });
      }
    }
  }

  // When every mention of the subject is an anchor word, text without anchor words has no intro
  // either, so it needs no second pass: the common case, a page about something else.
  const anchorSet = new Set(data.words);
  const mentionsAreAnchors = !carry || [...carry.mentions].every((w) => anchorSet.has(w));

  // Without the devices the scanner leaves out ("massage chair"): a window let through here for
  // one is only parsed for nothing, as the scanner's own reading decides.
  const mentionFinder = carry && createMentionFinder(carry.mentions);

  function* windows(text: string): Generator<CandidateWindow, void> {
    let aboutBackPain: boolean | undefined;
    let aboutMassage: boolean | undefined;
    const onTopic = () => (aboutMassage ??= mentionFinder!.isTopicOf(text));
    // Asked once per text, and only with a model.
    let modelTopic: boolean | undefined;
    const onModelTopic = () => (modelTopic ??= modelTopicOf?.(text) ?? false);
    /** The topic heading above each block looked at, by block start (a block may hold many windows). */
    const topics = new Map<number, Block | undefined>();
    const topicOf = (block: number) => {
      if (!topics.has(block)) topics.set(block, topicAbove(text, block, introduces));
      return topics.get(block);
    };
    const hits = anchorsIn(text, false);
    if (hits.length === 0 && mentionsAreAnchors) return;
    const items = mentionWords ? itemsUnderIntros(text, mentionWords) : new Map<number, ItemStart>();
    itemsUnderLeadIns(text, hits, items);
    // Items get windows even without an anchor word of their own ("- Reduced inflammation"); on a
    // text the model reads, so does every sentence: a fifth of the claims the model missed on the
    // dev pages were said without an anchor word ("Slept like a log every time afterwards").
    const anchored = items.size ? [...hits, ...[...items.values()].map((i) => i.content)].sort((a, b) => a - b) : hits;
    const starts = onModelTopic() ? [...new Set([...anchored, ...sentenceStarts(text)])].sort((a, b) => a - b) : anchored;
    for (const w of candidateWindows(text, starts)) {
      const slice = text.slice(w.start, w.end);
      const blockStart = items.size ? blockStartAt(text, w.start) : null;
      const item = blockStart === null ? undefined : items.get(blockStart);
      const intro = item && carry && introBefore(text, item.block, introduces);
      // "Myth 2: It has to be deep": the series' intro names what "it" is.
      const series = carry ? seriesAt(text, w.start, introduces) : undefined;
      const topic = carry && PHRASE_HEADS.test(slice) ? topicOf(text.lastIndexOf('\n', w.start - 1) + 1) : undefined;
      // A lead-in's words count as the item's own: the two are read as one sentence.
      const leadIn = item && introBefore(text, item.block, isLeadIn);
      const pair = pairWords !== undefined && QUESTION_THEN_MORE.test(slice);
      // "How often should I get a massage?" holds no schedule: its answer, next, does (how-often.ts).
      const answer = HOW_OFTEN_QUESTION.test(slice) ? answerAfter(text, w.end) : undefined;
      // "My lower back has been killing me." / "A massage really helped it.": "it" may be the back pain (problem-pronouns.ts).
      const problemBefore = PROBLEM_SLOT.test(slice) && namesBackPain(sentenceBefore(text, w.start));
      // On a page about back pain, "Massage gave me some relief." leaves it unsaid (implied-complaint.ts).
      const impliedComplaint = RELIEF_IN.test(slice) && (aboutBackPain ??= isAboutBackPain(text));
      // "Is massage safe?" / "Mostly, but skip it if ...", and "Regular sessions boost circulation" on a page about massage.
      const standIn = () => STAND_INS.test(slice) && (mentionFinder!.namedAbove(text, w.start) || (SESSION.test(slice) && onTopic()));
      if (
        mayHoldClaim(slice, abbreviatedIn(slice)) ||
        ((intro || series || topic) && mayHoldClaim(slice, carry!.words)) ||
        (leadIn && mayHoldClaim(`${text.slice(leadIn.start, leadIn.end)}\n${slice}`, LEAD_STAND_INS)) ||
        (pair && mayHoldClaim(slice, pairWords)) ||
        (answer !== undefined && mayHoldClaim(`${slice}\n${answer.text}`)) ||
        ((problemBefore || impliedComplaint) && mayHoldClaim(slice, [PROBLEM_ALIAS])) ||
        (carry !== undefined && standIn() && mayHoldClaim(slice, carry.words)) ||
        onModelTopic()
      ) {
        const under = intro || leadIn;
        const found: CandidateWindow = under ? { ...w, item: { intro: under, content: item!.content } } : { ...w };
        if (series) found.series = series;
        if (topic) found.topic = topic;
        if (impliedComplaint) found.impliedComplaint = true;
        if (onModelTopic()) found.modelTopic = true;
        yield found;
      }
    }
  }

  return { test: (text) => anchorsIn(text, true).length > 0, windows };
}
