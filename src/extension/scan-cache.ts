/**
 * What the engine found in a frame's first look (first-look.ts), kept until the page checker that
 * the look loaded asks for the same chunks: a page with claims is scanned once, not twice. The
 * engine's answer depends only on the text (settings are applied afresh on the way out), so a kept
 * answer is right for any frame that sends that text; frames only bound what is kept. Each chunk is
 * handed out once, and only the latest look of a few frames is kept (a service worker that Chrome
 * restarts loses them, and the checker then scans as before).
 */
import type { ScanReply } from './messages';

const MAX_FRAMES = 8;

export interface ScanCache {
  /** Starts a frame's new look: what an earlier look of the frame left is dropped. */
  forget(frame: string): void;
  keep(frame: string, text: string, reply: ScanReply): void;
  /** The kept answer for this text, once. */
  take(frame: string, text: string): ScanReply | undefined;
}

export function createScanCache(maxFrames = MAX_FRAMES): ScanCache {
  const frames = new Map<string, Map<string, ScanReply>>();
  return {
    forget: (frame) => void frames.delete(frame),
    keep(frame, text, reply) {
      let chunks = frames.get(frame);
      if (!chunks) {
        const oldest = frames.keys().next();
        if (frames.size >= maxFrames && !oldest.done) frames.delete(oldest.value);
        frames.set(frame, (chunks = new Map()));
      }
      chunks.set(text, reply);
    },
    take(frame, text) {
      const chunks = frames.get(frame);
      const reply = chunks?.get(text);
      if (!chunks || !reply) return undefined;
      chunks.delete(text);
      if (chunks.size === 0) frames.delete(frame);
      return reply;
    },
  };
}
