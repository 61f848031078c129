// The content script on every page (declared in wxt.config.ts): looks for candidate words and,
// only where it finds some, has the background inject the page checker (entrypoints/checker.ts).
// An unlisted script rather than WXT's content-script entrypoint, whose context reaches the
// extension API as it starts: see src/extension/lazy-browser.ts.
import prefilter from 'virtual:claims-prefilter';
import { startProbeContent } from '@/src/extension/probe-content';

export default defineUnlistedScript(() => {
  startProbeContent({ prefilter });
});
