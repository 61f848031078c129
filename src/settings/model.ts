/**
 * User settings: the shape, the defaults, and how stored values of any age or state become a
 * valid Settings. Pure (no browser APIs) so migrations and validation are unit-tested.
 * Every field is checked on its own: a corrupt field falls back to its default without losing
 * the others.
 */
import { isOneOf, isRecord } from './validate';
import type { Verdict } from '../engine/types';

export const SETTINGS_VERSION = 1;

export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export const PALETTES = ['standard', 'colorblind'] as const;
export const TOOLTIP_TRIGGERS = ['hover-focus', 'click'] as const;

export interface Settings {
  enabled: boolean;
  /** Host names where the extension does nothing. */
  pausedSites: string[];
  /** Which verdicts get marks. `supported` is opt-in: by default only claims worth a caution are marked. */
  verdicts: Record<Verdict, boolean>;
  /** Mark passages that dispute a claim (they usually agree with the evidence). */
  markDisputes: boolean;
  /** Mark hedged mentions ("may", "some believe"). */
  markHedges: boolean;
  markStyle: (typeof MARK_STYLES)[number];
  palette: (typeof PALETTES)[number];
  tooltipTrigger: (typeof TOOLTIP_TRIGGERS)[number];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  pausedSites: [],
  verdicts: { contradicted: true, unsupported: true, mixed: true, supported: false },
  markDisputes: true,
  markHedges: true,
  markStyle: 'underline',
  palette: 'standard',
  tooltipTrigger: 'hover-focus',
});

const HOST = /^[a-z0-9.-]+(:\d+)?$/;

/** A site as stored in pausedSites: lower-case host with optional port, or "file". */
export function normalizeSite(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const site = value.trim().toLowerCase();
  return site.length <= 260 && HOST.test(site) ? site : undefined;
}

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/**
 * Any stored value (missing, corrupt, partial, from an older version) -> valid Settings.
 * Each field is checked on its own, so one bad field does not cost the others.
 */
export function normalizeSettings(value: unknown): Settings {
  const r = isRecord(value) ? value : {};
  const d = DEFAULT_SETTINGS;
  const verdicts = isRecord(r.verdicts) ? r.verdicts : {};
  return {
    enabled: bool(r.enabled, d.enabled),
    pausedSites: Array.isArray(r.pausedSites) ? [...new Set(r.pausedSites.map(normalizeSite).filter((s): s is string => !!s))] : [],
    verdicts: {
      contradicted: bool(verdicts.contradicted, d.verdicts.contradicted),
      unsupported: bool(verdicts.unsupported, d.verdicts.unsupported),
      mixed: bool(verdicts.mixed, d.verdicts.mixed),
      supported: bool(verdicts.supported, d.verdicts.supported),
    },
    markDisputes: bool(r.markDisputes, d.markDisputes),
    markHedges: bool(r.markHedges, d.markHedges),
    markStyle: isOneOf(r.markStyle, MARK_STYLES) ? r.markStyle : d.markStyle,
    palette: isOneOf(r.palette, PALETTES) ? r.palette : d.palette,
    tooltipTrigger: isOneOf(r.tooltipTrigger, TOOLTIP_TRIGGERS) ? r.tooltipTrigger : d.tooltipTrigger,
  };
}

/** Host name of a page URL for "pause on this site"; undefined for pages without one. */
export function siteOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.host.toLowerCase() : u.protocol === 'file:' ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

export function isPaused(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== undefined && settings.pausedSites.includes(site);
}

/** Whether the settings switch the extension off on this page, and how to say so. */
export function offStatus(settings: Settings, url: string): 'paused' | 'disabled' | undefined {
  if (!settings.enabled) return 'disabled';
  return isPaused(settings, url) ? 'paused' : undefined;
}

/** Whether a found mention gets a mark under these settings. */
export function shouldMark(mention: { verdict: Verdict; stance: 'asserts' | 'hedges' | 'disputes' }, settings: Settings): boolean {
  if (!settings.verdicts[mention.verdict]) return false;
  if (mention.stance === 'disputes') return settings.markDisputes;
  if (mention.stance === 'hedges') return settings.markHedges;
  return true;
}
