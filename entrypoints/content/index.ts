import prefilter from 'virtual:claims-prefilter';
import '@/src/page/marks.css';
import { startPageContent } from '@/src/extension/page-content';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT tells an older copy of this script (after an update) to stop through a DOM event; its
  // extra window.postMessage, kept only for old WXT versions, reaches the page's own message
  // listeners and cost about 3 ms per page load here (measured). Not needed: one WXT version.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageContent(ctx, { prefilter });
  },
});
