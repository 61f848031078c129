/**
 * Firefox end-to-end harness: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi,
 * the built MV2 extension installed as a temporary add-on through BiDi (webExtension.install),
 * fixture pages served from 127.0.0.1 by the Chromium harness's server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export { ROOT, serveFixtures } from '../e2e/harness';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

export const FIREFOX_HELP =
  "No Firefox found for the Firefox end-to-end tests. Install Debian's package (sudo apt-get install -y firefox-esr) " +
  'or point FIREFOX_PATH at a Firefox binary (140 or later).';

/** Where Firefox is: $FIREFOX_PATH, else Debian's firefox-esr, else /usr/bin/firefox. Throws with how to get one. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(FIREFOX_HELP);
  return found;
}

/** Preferences that keep Firefox off the network (there is none here) and quiet; puppeteer adds its own test defaults. */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'services.settings.server': 'http://127.0.0.1:9/',
  'browser.newtabpage.enabled': false,
  'browser.topsites.contile.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'app.normandy.enabled': false,
  'geo.provider.network.url': '',
};

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** Headless Firefox (temporary profile, made and removed by puppeteer) with the built extension installed temporarily. */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run "npm run build:firefox" first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: QUIET_PREFS,
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    timeout: 60_000,
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
