import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isPaused, offStatus, normalizeSettings, normalizeSite, shouldMark, siteOf, type Settings } from '../../../src/settings/model';
import type { Stance, Verdict } from '../../../src/engine/types';

const defaults = (): Settings => structuredClone({ ...DEFAULT_SETTINGS }) as Settings;

describe('settings/model', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
  ])('%s gives the defaults', (_name, value) => {
    expect(normalizeSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  test('defaults: supported is opt-in, everything else on', () => {
    expect(DEFAULT_SETTINGS.verdicts).toEqual({ contradicted: true, unsupported: true, mixed: true, supported: false });
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  test('a valid full object is kept as is', () => {
    const s: Settings = {
      enabled: false,
      pausedSites: ['example.com', 'localhost:8080', 'file'],
      verdicts: { contradicted: false, unsupported: true, mixed: false, supported: true },
      markDisputes: false,
      markHedges: false,
      markStyle: 'background',
      palette: 'colorblind',
      tooltipTrigger: 'click',
    };
    expect(normalizeSettings(s)).toEqual(s);
  });

  test('partial objects keep their valid fields and default the rest', () => {
    expect(normalizeSettings({ enabled: false, verdicts: { supported: true } })).toEqual({
      ...defaults(),
      enabled: false,
      verdicts: { ...DEFAULT_SETTINGS.verdicts, supported: true },
    });
  });

  test.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['markStyle: huge', { markStyle: 'huge' }, {}],
    ['palette: 3', { palette: 3 }, {}],
    ['tooltipTrigger: null', { tooltipTrigger: null }, {}],
    ['enabled: "false"', { enabled: 'false' }, {}],
    ['markDisputes: 0', { markDisputes: 0 }, {}],
    ['markHedges: {}', { markHedges: {} }, {}],
    ['verdicts: "x"', { verdicts: 'x' }, {}],
    ['verdicts: []', { verdicts: [true, true] }, {}],
    ['verdicts.mixed: "yes"', { verdicts: { mixed: 'yes', supported: true } }, { verdicts: { ...DEFAULT_SETTINGS.verdicts, supported: true } }],
    ['pausedSites: "ok.com"', { pausedSites: 'ok.com' }, {}],
    ['pausedSites with junk', { pausedSites: ['ok.com', 42, 'BAD SITE', 'Ok.com', null, ' other.org ', 'x'.repeat(300)] }, { pausedSites: ['ok.com', 'other.org'] }],
  ])('corrupt %s falls back to its default and keeps the valid others', (_name, corrupt, expectedChanges) => {
    const valid = { enabled: false, markStyle: 'none', palette: 'colorblind', markHedges: false };
    const out = normalizeSettings({ ...valid, ...corrupt });
    const expected = { ...defaults(), ...valid, ...expectedChanges };
    for (const key of Object.keys(corrupt)) if (key in valid) (expected as unknown as Record<string, unknown>)[key] = (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
    expect(out).toEqual(expected);
  });

  test('normalizing is idempotent', () => {
    const once = normalizeSettings({ pausedSites: ['A.com', 'a.com'], markStyle: 'huge' });
    expect(normalizeSettings(once)).toEqual(once);
    expect(once.pausedSites).toEqual(['a.com']);
  });

  test('the result does not share the defaults object', () => {
    const s = normalizeSettings(undefined);
    s.pausedSites.push('x.com');
    s.verdicts.supported = true;
    expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
    expect(DEFAULT_SETTINGS.verdicts.supported).toBe(false);
  });

  test.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['localhost:3000', 'localhost:3000'],
    ['file', 'file'],
    ['bad site', undefined],
    ['https://example.com', undefined],
    [42, undefined],
    ['', undefined],
  ])('normalizeSite(%j) -> %j', (value, expected) => {
    expect(normalizeSite(value)).toBe(expected);
  });

  test.each<[Verdict, Stance, Partial<Settings>, boolean]>([
    ['unsupported', 'asserts', {}, true],
    ['contradicted', 'asserts', {}, true],
    ['mixed', 'hedges', {}, true],
    ['supported', 'asserts', {}, false],
    ['supported', 'asserts', { verdicts: { ...DEFAULT_SETTINGS.verdicts, supported: true } }, true],
    ['unsupported', 'asserts', { verdicts: { ...DEFAULT_SETTINGS.verdicts, unsupported: false } }, false],
    ['unsupported', 'disputes', {}, true],
    ['unsupported', 'disputes', { markDisputes: false }, false],
    ['unsupported', 'hedges', { markHedges: false }, false],
    ['unsupported', 'asserts', { markHedges: false, markDisputes: false }, true],
    ['supported', 'disputes', { markDisputes: true }, false],
  ])('shouldMark(%s, %s, %j) -> %s', (verdict, stance, changes, expected) => {
    expect(shouldMark({ verdict, stance }, { ...defaults(), ...changes })).toBe(expected);
  });

  test.each([
    ['https://Example.com/page?q=1', 'example.com'],
    ['http://localhost:8080/x', 'localhost:8080'],
    ['file:///home/me/page.html', 'file'],
    ['chrome://extensions', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('siteOf(%j) -> %j', (url, expected) => {
    expect(siteOf(url)).toBe(expected);
  });

  test.each([
    ['https://example.com/a', true],
    ['http://example.com/b', true],
    ['https://sub.example.com/', false],
    ['https://example.org/', false],
    ['file:///tmp/x.html', true],
    ['about:blank', false],
  ])('isPaused(%j) -> %s', (url, expected) => {
    const settings = normalizeSettings({ pausedSites: ['example.com', 'file'] });
    expect(isPaused(settings, url)).toBe(expected);
  });

  test('offStatus: switched off everywhere wins over paused; otherwise paused sites only', () => {
    expect(offStatus(normalizeSettings({}), 'https://example.com/a')).toBeUndefined();
    expect(offStatus(normalizeSettings({ pausedSites: ['example.com'] }), 'https://example.com/a')).toBe('paused');
    expect(offStatus(normalizeSettings({ pausedSites: ['example.com'] }), 'https://other.org/')).toBeUndefined();
    expect(offStatus(normalizeSettings({ enabled: false, pausedSites: ['example.com'] }), 'https://example.com/a')).toBe('disabled');
  });
});
