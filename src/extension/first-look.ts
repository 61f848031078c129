/**
 * The background's side of the probe's first look at a page with candidate words: the page
 * checker is worth loading only if the engine finds something there (even what the settings do
 * not mark: the popup counts it), or if the extension is off on the page (the checker reports that).
 */
import { pageOutcome, type FirstLookReply, type ScanOutcome, type ScanReply } from './messages';

export function firstLook(chunks: readonly string[], scanChunk: (text: string) => ScanReply): FirstLookReply {
  let outcome: ScanOutcome = 'no-candidates';
  for (const chunk of chunks) {
    const reply = scanChunk(chunk);
    if (reply.off || reply.matches.length > 0) return { check: true, outcome: reply.outcome };
    outcome = pageOutcome(outcome, reply.outcome);
  }
  return { check: false, outcome };
}
