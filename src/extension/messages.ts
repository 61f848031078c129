/**
 * The one message protocol between content script, background and popup. Every message is
 * checked on receipt: its sender by the receiver (isOwnSender), its shape here. A message that
 * does not parse is ignored rather than acted on.
 */
import { STANCES, VERDICTS, type ClaimInfo, type ClaimMatch, type Stance, type Verdict } from '../engine/types';
import { offStatus, type Settings } from '../settings/model';
import { isInt, isOneOf, isRecord, isString } from '../settings/validate';

export interface Mention {
  claimId: string;
  verdict: Verdict;
  stance: Stance;
  text: string;
}

/** 'failed': the check could not run or finish here (the checker could not be injected, the background did not answer). */
export const PAGE_STATUSES = ['scanning', 'done', 'paused', 'disabled', 'failed'] as const;
export const SCAN_OUTCOMES = ['complete', 'no-candidates', 'time-budget', 'size-limit'] as const;

export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];

/** The outcome of a page scanned in chunks: the least complete chunk's (a cut-short chunk makes the page partly checked). */
export function pageOutcome(sofar: ScanOutcome, chunk: ScanOutcome): ScanOutcome {
  if (chunk === 'time-budget' || chunk === 'size-limit') return chunk;
  return chunk === 'complete' && sofar === 'no-candidates' ? 'complete' : sofar;
}

export interface PageReport {
  url: string;
  status: (typeof PAGE_STATUSES)[number];
  /** The marked mentions, in page order. */
  mentions: Mention[];
  /** Mentions found but not marked because of the user's settings. */
  hidden: number;
  /** The page talks about back pain: the popup offers the red-flag guidance. */
  aboutBackPain: boolean;
  /** How the last scan ended (engine outcome), for "partly checked" notices. */
  outcome?: (typeof SCAN_OUTCOMES)[number];
}

export type Message =
  /** content -> background: the page's current results (badge). */
  | { type: 'page-report'; report: PageReport }
  /** content -> background: inject the marker script (marks, tooltip) into this frame: there is something to mark. */
  | { type: 'load-marker' }
  /** probe -> background: inject the page checker into this frame: the page holds candidate words. */
  | { type: 'load-checker' }
  /**
   * probe -> background: does the engine find anything in these chunks of the page at `url` (those
   * with anchor words)? The reply is a FirstLookReply: most pages with candidate words hold no
   * claim, and for them the page checker is never loaded.
   */
  | { type: 'first-look'; chunks: string[]; url: string }
  /**
   * content -> background: run the engine over this text (a chunk of whole blocks of the page at
   * `url`); the reply is a ScanReply. The engine lives in the background, never in the page.
   */
  | { type: 'scan-text'; text: string; url: string }
  /**
   * extension page -> background: check this text as the "Check selected text" menu item does
   * (the background accepts it only from the extension's own pages, never from content scripts).
   */
  | { type: 'check-selection'; text: string };

/**
 * The background's answer to scan-text: matches (offsets into the text sent) and their claims,
 * with the settings they were found under, so the content script never reads storage itself.
 */
export interface ScanReply {
  matches: ClaimMatch[];
  /** The claims the matches refer to, once each (what marks and the tooltip show). */
  claims: ClaimInfo[];
  outcome: (typeof SCAN_OUTCOMES)[number];
  /** The current settings (the receiver normalizes them again). */
  settings: Settings;
  /** Set when the settings switch the extension off on the page: nothing was scanned. */
  off?: 'paused' | 'disabled';
}

/** The background's answer to first-look: `check` when the page checker has something to do (matches, or the extension is off there). */
export interface FirstLookReply {
  check: boolean;
  /** How the engine's look ended (the least complete chunk's outcome). */
  outcome: ScanOutcome;
}

export function isFirstLookReply(v: unknown): v is FirstLookReply {
  return isRecord(v) && typeof v.check === 'boolean' && isOneOf(v.outcome, SCAN_OUTCOMES);
}

/** Shape check of a ScanReply (it comes from our own background; this catches a version mix-up). */
export function isScanReply(v: unknown): v is ScanReply {
  return (
    isRecord(v) &&
    Array.isArray(v.matches) &&
    Array.isArray(v.claims) &&
    isOneOf(v.outcome, SCAN_OUTCOMES) &&
    isRecord(v.settings) &&
    (v.off === undefined || v.off === 'paused' || v.off === 'disabled')
  );
}

export const MAX_MENTIONS = 5000;
/** Longest text in one scan-text message (the content script sends chunks of about 50,000 characters). */
export const MAX_SCAN_CHARS = 4_000_000;
/** Most text a first look sends (a larger page goes straight to the page checker, which sends it a chunk at a time). */
export const MAX_FIRST_LOOK_CHARS = 1_000_000;
/** Longest selection checked; a longer one is cut here (the result page says so). */
export const MAX_SELECTION_CHARS = 20_000;
const CLAIM_ID = /^[a-z0-9-]{1,100}$/;

function isMention(v: unknown): v is Mention {
  return isRecord(v) && isString(v.claimId, 100) && CLAIM_ID.test(v.claimId) && isOneOf(v.verdict, VERDICTS) && isOneOf(v.stance, STANCES) && isString(v.text, 2000);
}

export function parsePageReport(v: unknown): PageReport | undefined {
  if (!isRecord(v)) return undefined;
  const ok =
    isString(v.url, 10_000) &&
    isOneOf(v.status, PAGE_STATUSES) &&
    Array.isArray(v.mentions) &&
    v.mentions.length <= MAX_MENTIONS &&
    v.mentions.every(isMention) &&
    isInt(v.hidden, 0) &&
    typeof v.aboutBackPain === 'boolean' &&
    (v.outcome === undefined || isOneOf(v.outcome, SCAN_OUTCOMES));
  if (!ok) return undefined;
  const { url, status, mentions, hidden, aboutBackPain, outcome } = v as unknown as PageReport;
  return { url, status, mentions: mentions.map(({ claimId, verdict, stance, text }) => ({ claimId, verdict, stance, text })), hidden, aboutBackPain, outcome };
}

/**
 * A page's report as the popup shows it. The content script learns the settings only from the
 * engine's replies, so on a page without candidate words it cannot know it is paused or off.
 */
export function reportUnderSettings(report: PageReport, settings: Settings): PageReport {
  const off = offStatus(settings, report.url);
  return off ? { url: report.url, status: off, mentions: [], hidden: 0, aboutBackPain: false } : report;
}

/** The message, or undefined when it is not one of ours. */
export function parseMessage(v: unknown): Message | undefined {
  if (!isRecord(v)) return undefined;
  switch (v.type) {
    case 'page-report': {
      const report = parsePageReport(v.report);
      return report && { type: 'page-report', report };
    }
    case 'load-marker':
    case 'load-checker':
      return { type: v.type };
    case 'scan-text':
      if (!isString(v.text, MAX_SCAN_CHARS) || !isString(v.url, 10_000)) return undefined;
      return { type: 'scan-text', text: v.text, url: v.url };
    case 'first-look': {
      if (!Array.isArray(v.chunks) || !isString(v.url, 10_000)) return undefined;
      const chunks = v.chunks as unknown[];
      if (!chunks.every((c): c is string => isString(c, MAX_FIRST_LOOK_CHARS))) return undefined;
      if (chunks.reduce((n, c) => n + c.length, 0) > MAX_FIRST_LOOK_CHARS) return undefined;
      return { type: 'first-look', chunks, url: v.url };
    }
    case 'check-selection':
      if (!isString(v.text, MAX_SELECTION_CHARS) || v.text.trim() === '') return undefined;
      return { type: 'check-selection', text: v.text };
    default:
      return undefined;
  }
}
