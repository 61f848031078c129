/**
 * Where a block sits in the page's structure, read from plain text: blocks are lines, list items
 * may carry a marker ("- ", "• ", "1. "), and an intro line ("Benefits of massage include:") or a
 * short heading ("The Benefits of Massage") opens a section of short items. Subject carry-over
 * (carryover.ts) lets such items take "massage" from their intro; this module only finds the
 * intro, with string work alone, because the prefilter (no NLP) needs it too.
 *
 * Limits keep the link short and the section unbroken: an intro of at most MAX_ITEM_CHARS, then
 * at most MAX_ITEMS_BETWEEN sibling items, each at most MAX_ITEM_CHARS long, before the item, all
 * within MAX_REACH_BACK characters; a long paragraph, a change from list items to plain blocks, or
 * any other intro or heading in between ends the section.
 */

import { BACK_PAIN_NAMES } from './back-pain-names';

export interface Block {
  start: number;
  /** Exclusive; the "\n" after the block (if any) is at `end`. */
  end: number;
}

export const MAX_ITEMS_BETWEEN = 8;
export const MAX_ITEM_CHARS = 400;
export const MAX_REACH_BACK = 1500;
/** Longest block that still reads as a heading (or as a list item without a marker). */
export const MAX_HEADING_WORDS = 10;

/**
 * A list marker: a dash, bullet or number, or a symbol or emoji used as a bullet on social posts and
 * product pages ("✨ Keeps my back pain at bay", "✔ Improves circulation", "#4:").
 */
const LIST_MARKER = /^[ \t\u00a0]*(?:[-\u2013\u2014\u2022*\u00b7\u25aa\u2023\u25e6]|#?\d{1,2}[.):]|[\u2190-\u21ff\u2600-\u27bf\u25a0-\u25ff]\ufe0f?|\p{Extended_Pictographic}\ufe0f?)[ \t\u00a0]+/u;

/** Longest list marker, with the spaces around it. */
const MARKER_CHARS = 12;

/** Offset just after the list marker of the block starting at `blockStart`, or `null` when it has none. */
export function markerEnd(text: string, blockStart: number): number | null {
  const m = LIST_MARKER.exec(text.slice(blockStart, blockStart + MARKER_CHARS));
  return m ? blockStart + m[0].length : null;
}

/** The block (line) holding offset `at`. */
export function blockAt(text: string, at: number): Block {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * The start of the block `at` opens: `at` is the block's start or inside its list marker (a
 * sentence window may begin after "1." as after a full stop). Otherwise null.
 */
export function blockStartAt(text: string, at: number): number | null {
  if (at === 0 || text[at - 1] === '\n') return at;
  // Inside a marker, the block starts at most MARKER_CHARS back: never search further (long blocks).
  const head = text.slice(Math.max(0, at - MARKER_CHARS), at);
  const nl = head.lastIndexOf('\n');
  if (nl < 0 && at > MARKER_CHARS) return null;
  const start = at - head.length + nl + 1;
  const end = markerEnd(text, start);
  return end !== null && at <= end ? start : null;
}

/** Ends with a colon: an intro line for what follows. */
const isColonIntro = (s: string) => /[:\uff1a]\s*$/.test(s);

/**
 * A colon intro short enough to be read as the start of each item's sentence ("Avoid massage if
 * you have:" / "- a fever", "Common causes of back pain include:" / "- poor posture").
 */
export const isLeadIn = (line: string) => line.length <= MAX_ITEM_CHARS && (isColonIntro(line) || isWarningHeading(line) || isRemedyHeading(line));

/** "4 drug-free ways to tame back pain", "Natural remedies for lower back pain:", "Things that help sciatica". */
const REMEDIES = new RegExp(
  String.raw`\b(?:ways|tips|remedies|treatments|things|options|exercises|stretches|alternatives|fixes|solutions)\b[^.!?]{0,24}?\b(?:to|for|that|which)\b[^.!?]{0,40}?\b(?:${BACK_PAIN_NAMES})\b`,
  'i',
);
/** A remedies heading with these lists what to avoid or what causes pain, not what helps. */
const NOT_REMEDIES = /\b(?:avoid|worse|worsen|cause|causes|causing|trigger|triggers|mistakes?|myths?|habits|risk|risks|signs?|symptoms?|never|don't|not)\b/i;

/**
 * A heading over things that help back pain ("4 drug-free ways to tame chronic back pain" /
 * "- Yoga"): each item is read as what eases back pain (list-items.ts).
 */
export function isRemedyHeading(line: string): boolean {
  if (line.length > MAX_ITEM_CHARS || !(isColonIntro(line) || isHeadingShaped(line))) return false;
  return REMEDIES.test(line) && !NOT_REMEDIES.test(line);
}

/** "When not to book a massage", "Who should avoid massage?", "Avoid massage if ...". */
const WARNING = /^\s*(?:(?:when|who)\b[^.!]{0,40}?(?:\b(?:not|avoid|skip|postpone)\b|n['\u2019]t\b)|(?:avoid|skip|postpone|reschedule)\b)[^.!]{0,60}?\bmassag/i;

/**
 * A heading or intro that says when massage should be avoided: its items are the conditions
 * ("When NOT to book a massage" / "- You have a fever"). Read with each item as "avoid massage if
 * <item>", whatever its own wording (list-items.ts).
 */
export function isWarningHeading(line: string): boolean {
  if (line.length > MAX_ITEM_CHARS) return false;
  return (isColonIntro(line) || isHeadingShaped(line)) && WARNING.test(line);
}

/** Short and without a sentence ending: a heading, or a list item written without a marker. */
export function isHeadingShaped(s: string): boolean {
  if (s.length > MAX_ITEM_CHARS) return false;
  const t = s.trim();
  if (!t || /[.!;,:\uff1a]$/.test(t)) return false;
  return t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * A line holding only a price or a duration, as product and service cards put between their name
 * and their description ("39.99", "£45 | 60 min", "75 minutes, now 76 pounds"): it belongs to the
 * heading above it, and is passed over between a heading and the block under it.
 */
export function isDetailLine(line: string): boolean {
  if (line.length > MAX_DETAIL_CHARS || !/\d/.test(line)) return false;
  return DETAIL_WORDS.test(line.replace(/\d+(?:[.,]\d+)*/g, ' '));
}
const MAX_DETAIL_CHARS = 40;
const DETAIL_WORDS = /^(?:[\s$\u00a3\u20ac%()[\]|/\u00b7,.:+\u2013\u2014-]|\b(?:mins?|minutes?|hrs?|hours?|now|was|from|only|per|each|session|pounds?|dollars?|euros?|gbp|usd|eur|rrp|ml|g|kg|pack|x)\b)*$/i;

/** What may follow a service's name in a menu heading: a duration or price ("— 60 min", "(90 minutes)", "| $80"). */
const SERVICE_DETAILS = /(?:\s*(?:[-\u2013\u2014|(),\u00b7/]|\d+(?:[.,]\d+)?(?![\d.,])|[$\u00a3\u20ac]|\b(?:mins?|minutes?|hrs?|hours?)\b))*\s*$/i;
/** Words before the name that make a heading about something else: "Before your massage", "Book a massage". */
const NOT_A_SERVICE = /\b(?:before|after|during|your|our|my|the|a|an|for|to|with|about|of|without|no|not|why|how|what|when|vs|versus|or|than|book|get|try|avoid|skip|stop|instead|alternatives?|prices?|gift|voucher)\b/i;

/**
 * A menu heading naming a massage ("Detox Body Wrap & Lymphatic Massage", "Deep Sleep Massage —
 * 60 min"): heading-shaped, ending on a form of the subject (`mentions`), perhaps followed by a
 * duration or price, with no word before it that makes it about something else. The block under
 * it describes the treatment without naming it ("Stimulates the lymphatic system ...").
 */
export function isServiceHeading(line: string, mentions: ReadonlySet<string>): boolean {
  if (!isHeadingShaped(line) || /[?]\s*$/.test(line)) return false;
  const name = line.replace(SERVICE_DETAILS, '');
  const last = /([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return last !== undefined && (mentions.has(last) || DEVICES.has(last)) && !NOT_A_SERVICE.test(name);
}

/**
 * A product card's name may end on a device that gives the massage ("Handheld Percussion
 * Massager"): its description is the massage's ("Breaks up knots ..."). Devices the lexicon vetoes
 * ("massage chair", "deep tissue massager") are no massage, as everywhere.
 */
export const DEVICES: ReadonlySet<string> = new Set(['massager', 'massagers']);

/** Words that make a short line a heading of its own section ("Exercise benefits"), never a sibling item. */
const SECTION_WORDS = /\b(?:benefits?|advantages?|perks?|myths?|misconceptions?|tips|reasons|facts)\b/i;

/** True if the block, read as a page's text, is an intro or heading that can open a section. */
export function opensSection(line: string): boolean {
  return (line.length <= MAX_ITEM_CHARS && isColonIntro(line)) || isHeadingShaped(line);
}

/**
 * The intro or heading the block holding `fragmentStart` sits under, if it may introduce items
 * under the subject (`introduces`, a cheap word test) and the section is unbroken between them.
 * Walking back: blank lines are skipped; a colon intro decides (it introduces the subject's items,
 * or the section is someone else's); a heading that introduces is the intro; any other heading
 * ends the search, except when the item itself is heading-shaped without a marker (a list whose
 * items are plain lines: its siblings look like headings too) and the line does not name a section
 * ("Exercise benefits"); other blocks are siblings.
 */
export function introBefore(text: string, fragmentStart: number, introduces: (line: string) => boolean): Block | undefined {
  const fragment = blockAt(text, fragmentStart);
  const own = text.slice(fragment.start, fragment.end);
  if (isColonIntro(own)) return undefined; // an intro is not an item of its own list
  const marked = markerEnd(text, fragment.start) !== null;
  const plainItems = !marked && isHeadingShaped(own);
  // Only the stretch within reach is searched, however long the block before it.
  const reach = Math.max(0, fragment.start - MAX_REACH_BACK);
  const before = text.slice(reach, fragment.start);
  let siblings = 0;
  let end = before.length - 1; // the "\n" before the current block, in `before`
  while (end >= 0) {
    const nl = end > 0 ? before.lastIndexOf('\n', end - 1) : -1; // lastIndexOf(x, -1) would look at 0
    if (nl < 0 && reach > 0) return undefined; // the block starts out of reach
    const block = { start: reach + nl + 1, end: reach + end };
    end = nl;
    const line = text.slice(block.start, block.end);
    if (!line.trim() || isDetailLine(line)) continue;
    const blockMarked = markerEnd(text, block.start) !== null;
    if (isColonIntro(line)) return line.length <= MAX_ITEM_CHARS && introduces(line) ? block : undefined;
    if (!blockMarked && isHeadingShaped(line)) {
      if (introduces(line)) return block;
      if (!plainItems || SECTION_WORDS.test(line)) return undefined;
    } else if (blockMarked !== marked || line.length > MAX_ITEM_CHARS) return undefined;
    if (++siblings > MAX_ITEMS_BETWEEN) return undefined;
  }
  return undefined;
}

/** A block that may be an item under an intro: where it starts, and where its own words start. */
export interface ItemStart {
  block: number;
  content: number;
}

/**
 * The blocks that may be items under an intro block: the next non-blank blocks, as far as a
 * section can reach. Generous on purpose: introBefore decides for each one.
 */
export function itemsAfter(text: string, intro: Block): ItemStart[] {
  const items: ItemStart[] = [];
  let at = intro.end + 1;
  while (at < text.length && at - intro.start <= MAX_REACH_BACK && items.length <= MAX_ITEMS_BETWEEN) {
    const block = blockAt(text, at);
    const line = text.slice(block.start, block.end);
    if (line.trim()) {
      if (isColonIntro(line)) break;
      items.push({ block: block.start, content: markerEnd(text, block.start) ?? block.start + (line.length - line.trimStart().length) });
    }
    at = block.end + 1;
  }
  return items;
}

/**
 * A numbered heading of a series that runs through an article, each with its own paragraphs under
 * it: "Myth 2: It has to be deep to do any good", "Misconception #3 - ...", "Fact 4:". Its label
 * (lower case, without a plural "s") and number.
 */
const SERIES = /^\s*(myth|misconception|fact|truth|reason|benefit|tip)s?\s*(?:no\.?\s*|#\s*)?(\d{1,2})\s*[:.)\u2013\u2014-]\s*\S/i;
/** How a series heading starts: a label or a number. */
const SERIES_START = /^\s*(?:#?\d|myth|misconception|fact|truth|reason|benefit|tip)/i;
/** A heading numbered without a label: "5. Calmer mind, deeper sleep". */
const NUMBERED = /^\s*#?(\d{1,2})[.)]\s+\S/;

export function seriesHeading(line: string): { label: string; n: number } | undefined {
  if (line.length > MAX_ITEM_CHARS) return undefined;
  const m = SERIES.exec(line);
  if (m) return { label: m[1]!.toLowerCase(), n: Number(m[2]) };
  const numbered = isHeadingShaped(line) ? NUMBERED.exec(line) : null;
  return numbered ? { label: '', n: Number(numbered[1]) } : undefined;
}

/** Most characters between two headings of a series (the paragraphs of one heading). */
export const MAX_SERIES_GAP = 5000;
/** Most blocks between two headings of a series. */
export const MAX_SERIES_BLOCKS = 12;
/** Most non-blank blocks between a series' intro and its first heading (a standfirst, a byline). */
export const MAX_SERIES_LEAD_BLOCKS = 4;

/** True if text[start, end) holds only white space (looked at without copying a long block). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** The non-blank blocks before `at`, nearest first, while within `chars` characters and `count` blocks. */
export function* blocksBefore(text: string, at: number, chars: number, count: number): Generator<Block> {
  let end = at - 1; // the "\n" before the block at `at`
  let seen = 0;
  while (end > 0 && at - end <= chars) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (!isBlank(text, start, end)) {
      if (++seen > count) return;
      yield { start, end };
    }
    end = start - 1;
  }
}

/**
 * The intro a series heading sits under ("7 Myths About Massage You Probably Still Believe" above
 * "Myth 1: ..." ... "Myth 4: It works by boosting your circulation"), if `introduces` accepts it:
 * each earlier heading of the series (same label, numbers counting down to 1) is found within
 * MAX_SERIES_GAP characters and MAX_SERIES_BLOCKS blocks of the next, and the intro is a heading or
 * colon intro within MAX_SERIES_LEAD_BLOCKS blocks before the first. A gap in the numbering, or a
 * series that starts nowhere, has no intro.
 */
export function seriesIntroBefore(text: string, headingStart: number, introduces: (line: string) => boolean): Block | undefined {
  // A cheap look at the block's first characters first: most blocks are no series heading.
  if (!SERIES_START.test(text.slice(headingStart, headingStart + 24))) return undefined;
  const own = blockAt(text, headingStart);
  const heading = seriesHeading(text.slice(own.start, own.end));
  if (!heading) return undefined;
  let at = own.start;
  for (let n = heading.n - 1; n >= 1; n--) {
    let found: Block | undefined;
    for (const b of blocksBefore(text, at, MAX_SERIES_GAP, MAX_SERIES_BLOCKS)) {
      const other = b.end - b.start > MAX_ITEM_CHARS ? undefined : seriesHeading(text.slice(b.start, b.end));
      if (other?.label === heading.label) {
        if (other.n === n) found = b;
        break;
      }
    }
    if (!found) return undefined;
    at = found.start;
  }
  for (const b of blocksBefore(text, at, MAX_REACH_BACK, MAX_SERIES_LEAD_BLOCKS)) {
    const line = text.slice(b.start, b.end);
    if ((isHeadingShaped(line) || isColonIntro(line)) && introduces(line)) return b;
  }
  return undefined;
}

/**
 * The heading a block sits right under (price and duration lines passed over), if that heading
 * makes massage the topic: it introduces (`introduces`: a menu or card heading naming a massage, an
 * intro), or it is a numbered series heading under such an intro ("5. Calmer mind, deeper sleep" in
 * "7 Ways Massage Can Help Your Aching Back"). Returns the block whose words decide (the heading or
 * the series' intro).
 */
export function topicAbove(text: string, blockStart: number, introduces: (line: string) => boolean): Block | undefined {
  // Called for many blocks: a plain loop over the blocks before, copying only short ones.
  let end = blockStart - 1;
  for (let looked = 0; end > 0 && looked < MAX_SERIES_LEAD_BLOCKS; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const b = { start, end };
    end = start - 1;
    if (b.end - b.start > MAX_ITEM_CHARS) return undefined; // a paragraph, no heading
    const line = text.slice(b.start, b.end);
    if (!line.trim()) continue;
    looked++;
    if (isDetailLine(line)) continue;
    if (!isHeadingShaped(line)) return undefined;
    return introduces(line) ? b : seriesIntroBefore(text, b.start, introduces);
  }
  return undefined;
}
