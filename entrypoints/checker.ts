// The content script on every page (declared in wxt.config.ts): reads the page's text, and only
// where it holds candidate words asks the background's engine and loads the marker.
// An unlisted script rather than WXT's content-script entrypoint, whose context reaches the
// extension API as it starts: see src/extension/lazy-browser.ts.
import prefilter from 'virtual:claims-prefilter';
import { startPageContent } from '@/src/extension/page-content';

export default defineUnlistedScript(() => {
  startPageContent({ prefilter });
});
