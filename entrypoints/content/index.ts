import prefilter from 'virtual:claims-prefilter';
import '@/src/page/marks.css';
import { startPageContent } from '@/src/extension/page-content';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    startPageContent(ctx, { prefilter });
  },
});
