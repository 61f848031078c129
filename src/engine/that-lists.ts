/**
 * Lists of bare "That ..." clauses: "Things I've decided not to tell clients" / "- That massage
 * realigns the spine." / "- That it balances their energy." Each item names a claim without making
 * it, as one of what people say; what the list says of them is in the lines above it. Under lines
 * that deny or dismiss ("... that I don't pass on", "Most common nonsense you hear?") the items
 * dispute their claims; under any other ("Claims you will meet in practice:") they hedge.
 *
 * An item counts only beside another one like it: a lone "That massage helped." is more likely
 * "that" pointing at a massage than a clause.
 */
import { blockAt, blocksBefore, markerEnd, type Block } from './sections';
import { cuesAt } from './stance';
import { sentencesOf } from './tokenize';
import type { Stance } from './types';

/** An item's words: "That", then a clause ("That said, ..." and "That's ..." are not). */
const THAT_ITEM = /^that\s+(?!said\b|is\b|was\b|would\b|will\b|does\b|did\b|has\b|had\b|means\b|way\b|one\b|time\b|day\b|week\b)\S/i;
/** Lines above the list read for what it says of its items (an intro and the heading above it). */
const LEAD_LINES = 2;
/** Most items walked past to reach the top of the list. */
const MAX_ITEMS = 12;

/** The block's own words, after any list marker. */
function ownWords(text: string, block: Block): string {
  return text.slice(markerEnd(text, block.start) ?? block.start, block.end).trim();
}

/** The nearest block after `block` with words in it, or undefined. */
function blockAfter(text: string, block: Block): Block | undefined {
  for (let start = block.end + 1; start < text.length; ) {
    const after = blockAt(text, start);
    if (text.slice(after.start, after.end).trim()) return after;
    start = after.end + 1;
  }
  return undefined;
}

const isItem = (text: string, block: Block | undefined) => block !== undefined && THAT_ITEM.test(ownWords(text, block));

/** True if a negation or a dispute cue stands anywhere in the line. */
function denies(line: string): boolean {
  return sentencesOf(line).some((s) => s.tokens.some((_, i) => {
    const cues = cuesAt(s.tokens, i);
    return cues.negates || cues.disputes;
  }));
}

/**
 * The stance the list lends a claim of the sentence starting at `sentenceStart`, if that sentence
 * opens an item of a list of "That ..." clauses; undefined otherwise.
 */
export function thatListStance(text: string, sentenceStart: number): Stance | undefined {
  const block = blockAt(text, sentenceStart);
  if (text.slice(markerEnd(text, block.start) ?? block.start, sentenceStart).trim() !== '') return undefined;
  if (!isItem(text, block)) return undefined;
  // The items above it, then the lines above the list.
  const above = [...blocksBefore(text, block.start, Infinity, MAX_ITEMS + LEAD_LINES)];
  let items = 0;
  while (items < MAX_ITEMS && isItem(text, above[items])) items++;
  if (items === 0 && !isItem(text, blockAfter(text, block))) return undefined;
  return above.slice(items, items + LEAD_LINES).some((lead) => denies(text.slice(lead.start, lead.end))) ? 'disputes' : 'hedges';
}
