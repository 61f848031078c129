// The page checker, injected by the background into a frame where the probe found candidate words
// (src/extension/probe-content.ts): reads the page, asks the background's engine, loads the marker.
import { CHECKER_GLOBAL } from '@/src/extension/checker-entry';
import { startPageContent } from '@/src/extension/page-content';
import { publishEntry } from '@/src/page/on-demand';

export default defineUnlistedScript(() => {
  publishEntry(CHECKER_GLOBAL, startPageContent);
});
