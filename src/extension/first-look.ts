/**
 * The background's side of the probe's first look at a page with candidate words: the page
 * checker is worth loading only if the engine finds something there (even what the settings do
 * not mark: the popup counts it), or if the extension is off on the page (the checker reports that).
 */
import { pageOutcome, type FirstLookReply, type ScanOutcome, type ScanReply } from './messages';

/** `keep` receives the chunks scanned for a look that loads the checker, with the engine's answers, for the checker's first scan (scan-cache.ts). */
export function firstLook(chunks: readonly string[], scanChunk: (text: string) => ScanReply, keep?: (text: string, reply: ScanReply) => void): FirstLookReply {
  let outcome: ScanOutcome = 'no-candidates';
  const scanned: Array<[string, ScanReply]> = [];
  for (const chunk of chunks) {
    const reply = scanChunk(chunk);
    if (reply.off) return { check: true, outcome: reply.outcome };
    scanned.push([chunk, reply]);
    if (reply.matches.length > 0) {
      for (const [text, answer] of scanned) keep?.(text, answer);
      return { check: true, outcome: reply.outcome };
    }
    outcome = pageOutcome(outcome, reply.outcome);
  }
  return { check: false, outcome };
}
