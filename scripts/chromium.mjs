// Where Chromium is, for `npm start` and the e2e tests: $CHROMIUM_PATH, else Debian's package.
import { existsSync } from 'node:fs';

export const CHROMIUM_HELP =
  "No Chromium found. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.";

export function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}
