// Where Firefox is, for the Firefox end-to-end smoke test: $FIREFOX_PATH, else Debian's firefox-esr.
// Keep in step with tests/e2e-firefox/harness.ts.
import { existsSync } from 'node:fs';

export const FIREFOX_HELP =
  "No Firefox found. Install Debian's package (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary (140 or later).";

export function firefoxPath() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
}
