/**
 * The first look at a page: does its text hold candidates, an anchor word (stage 1 of the
 * prefilter) and a word naming the topic, or words about back pain? Most pages do not, and for
 * them this is all the extension does, so it costs little more than reading the text: a TreeWalker
 * over text nodes only (the browser steps through the elements), tested a slice at a time,
 * stopping once the page holds candidates. It reads more than the full walk
 * (text-blocks.ts) does, since it skips only text directly inside the elements the full walk
 * never reads (scripts, styles, form fields ...), not text deeper inside them, nor hidden or
 * editable parts: it can send a page on to the full walk that then finds nothing, never the other
 * way round.
 */
import { SLICE_MS, yieldToPage } from './slicing';
import { isBlock, SKIP_TAGS } from './text-blocks';

/** Words about back pain: a page holding them is read in full too, so the popup can offer the red-flag guidance. */
export const BACK_PAIN_WORDS = /\b(back ?pain|backache|back ache|lumbago|sciatica|(lower|low|upper) back)\b/i;

/**
 * Words that name the topic: massage and its kinds and practitioners, a back or spine in trouble,
 * pain medicines, the mechanisms the claims invoke. Every claim in scope is about back pain or massage
 * therapy, and no page stating one has gone without such a word (all 212 labelled dev and held-out
 * pages have one). Ordinary pages hold anchor words ("core", "general", "down", "force": 118 of the
 * bench's 191 READMEs) but none of these (0 of the 191), so the probe stops there instead of sending
 * their text to the engine. A word of BACK_PAIN_WORDS is one of these too.
 */
export const TOPIC_WORDS =
  /\b(?:massag\w*|masseu[rs]e?s?|back ?pains?|back ?aches?|lumbago|sciatica|sciatic|(?:lower|low|upper|mid|middle|bad|sore|stiff|aching|achy|painful|tight|injured|strained|my|your|his|her|their|our) backs?|back (?:muscles?|problems?|injur(?:y|ies)|spasms?|trouble|issues?|strains?|stiffness|complaints?)|spines?|spinal|chiropract\w*|chiros?|lumbar|vertebra\w*|subluxations?|(?:slipped|herniated|bulging) discs?|physios?|physiotherap\w*|osteopath\w*|therapists?|therapeut\w*|bodywork|rub-?downs?|back rubs?|acupressure|acupunctur\w*|pressure points?|trigger points?|painkillers?|pain (?:pills?|medications?|medicines?|relievers?|killers?)|analgesics?|anti-?inflammator\w*|nsaids?|opioids?|ibuprofen|paracetamol|deep tissue|neuromuscular|effleurage|kneading|reflexolog\w*|meridians?|chakras?|endorphins?|adhesions?|scar tissue|stiff necks?|neck stiffness|lbp|rmts?|ankylosing|spondylitis|lymphatic|spasms?)\b/i;

/**
 * What sends a page on to the full walk: words about back pain, or an anchor word (stage 1 of the
 * prefilter) and a topic word, not necessarily in the same place. Reads the page a piece at a time
 * (slices of its text as it loads, then its changes) and remembers what the pieces held.
 */
export interface CandidateTest {
  /**
   * Could this slice tell something new? A quick look, before it is cleared of script and style
   * content. On a page that has named no topic word yet, a slice without one is kept for the anchor
   * test instead (false: nothing new until a topic word turns up).
   */
  mayAdd: (text: string) => boolean;
  /**
   * Reads a piece of the page's text: true if it brings candidates, words about back pain, or an
   * anchor word on a page with a topic word or the other way round (a change elsewhere on a page
   * that holds both brings nothing).
   */
  add: (text: string) => boolean;
}

/**
 * Text held back from the anchor test before it runs anyway: a page that keeps adding text without
 * naming the topic (a feed) is tested in pieces of this size rather than kept.
 */
const HELD_CHARS = 256_000;

export function candidateTest(hasAnchor: (text: string) => boolean): CandidateTest {
  let anchor = false;
  let topic = false;
  /**
   * Text read while the page named no topic word, not yet tested for anchor words. Without a topic
   * word there is nothing to check whatever the anchors, and most pages have none: they never pay
   * for compiling and running the anchor expression, the larger of the two. Slices held by `mayAdd`
   * still hold their script and style text, which can only make a page a candidate that the second
   * look (probe.ts) then finds empty, never the reverse.
   */
  let held: string[] = [];
  let heldChars = 0;
  const hold = (text: string) => {
    if (anchor) return;
    held.push(text);
    heldChars += text.length;
    if (heldChars >= HELD_CHARS) anchorInHeld();
  };
  /** Tests the held text (once a topic word turns up, or too much is held). */
  const anchorInHeld = () => {
    if (held.length > 0) anchor ||= hasAnchor(held.join('\n'));
    held = [];
    heldChars = 0;
  };
  return {
    // While a page is read slice by slice it holds one of the two at most (both end the read).
    mayAdd: (text) => {
      if (topic) return (!anchor && hasAnchor(text)) || BACK_PAIN_WORDS.test(text);
      if (TOPIC_WORDS.test(text)) return true;
      hold(text);
      return false;
    },
    add: (text) => {
      const named = TOPIC_WORDS.test(text);
      // Words about back pain are topic words: only a text with a topic word may hold them.
      if (named && BACK_PAIN_WORDS.test(text)) return (topic = true);
      if (!named && !topic) {
        hold(text);
        return false;
      }
      if (!topic) anchorInHeld();
      const anchored = hasAnchor(text);
      const brings = (anchored && (topic || named)) || (named && anchor);
      anchor ||= anchored;
      topic ||= named;
      return brings;
    },
  };
}

/** Blocks longer than this are not tested after a change: assumed to hold candidates. */
const LONG_BLOCK = 100_000;

/**
 * After a change to the page: the text of the block the changed node is in (where a sentence it
 * is part of ends), tested as the page's text was. A clock or ticker updating elsewhere on the
 * page costs one regular expression.
 */
export function changeMayHoldClaim(node: Node, body: Element, test: (text: string) => boolean): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== body && !isBlock(el)) el = el.parentElement;
  const text = (el ?? node).textContent ?? '';
  return text.length > LONG_BLOCK || test(text);
}

/** Text nodes read between two looks at the clock (the clock costs more than a node). */
const NODES_PER_CHECK = 256;
/**
 * Text nodes at least this long have their parent checked as they are read: a page's inline
 * scripts and styles (JSON state of several hundred kilobytes) are not worth testing. Shorter nodes
 * are checked only when their slice may hold candidate words, which spares most pages a parent
 * lookup per text node.
 */
const LONG_NODE = 1000;

export interface CandidateScan {
  /**
   * Reads on until `deadline` (a performance.now() time): true once the page holds candidates,
   * false when the whole text was read without, undefined when the deadline came first.
   */
  step(deadline: number): boolean | undefined;
}

const readable = (node: Text) => !SKIP_TAGS.has(node.parentNode?.nodeName ?? '');

export function candidateScan(root: Node, test: CandidateTest): CandidateScan {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let result: boolean | undefined;
  /**
   * Does the page hold candidates, with this slice read? The slice's text is looked at as one
   * string ("\n" between nodes keeps their words apart), then, if it may tell something new, read
   * without the nodes inside scripts, styles and form fields.
   */
  const sliceHolds = (nodes: Text[], texts: string[]) => test.mayAdd(texts.join('\n')) && test.add(nodes.filter(readable).map((n) => n.data).join('\n'));
  return {
    step(deadline) {
      while (result === undefined) {
        const nodes: Text[] = [];
        const texts: string[] = [];
        let node: Text | null = null;
        for (let n = 0; n < NODES_PER_CHECK && (node = walker.nextNode() as Text | null); n++) {
          const data = node.data;
          if (data.length >= LONG_NODE && !readable(node)) continue;
          nodes.push(node);
          texts.push(data);
        }
        if (nodes.length > 0 && sliceHolds(nodes, texts)) result = true;
        else if (node === null) result = false; // the walker ran out of nodes
        else if (performance.now() > deadline) return undefined;
      }
      return result;
    },
  };
}

/**
 * The quick read from start to end, a slice per task: whether the text holds candidate words, or
 * undefined when `isCurrent` turned false between slices (a newer read, or the script stopped).
 */
export async function readForCandidates(root: Node, win: Window, test: CandidateTest, isCurrent: () => boolean): Promise<boolean | undefined> {
  const quick = candidateScan(root, test);
  let candidates: boolean | undefined;
  while ((candidates = quick.step(performance.now() + SLICE_MS)) === undefined) {
    await yieldToPage(win);
    if (!isCurrent()) return undefined;
  }
  return candidates;
}
