import prefilter from 'virtual:claims-prefilter';
import tooltipCss from '@/src/ui/tooltip.css?inline';
import '@/src/page/marks.css';
import { startPageContent } from '@/src/extension/page-content';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    await startPageContent(ctx, { prefilter, tooltipCss });
  },
});
