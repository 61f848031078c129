// Marks and the tooltip, injected by the background only into frames where the engine found
// something to mark (see src/extension/inject-scripts.ts and src/page/marker-handle.ts).
import tooltipCss from '@/src/ui/tooltip.css?inline';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTooltipUi } from '@/src/extension/tooltip-ui';
import { publishMarker } from '@/src/page/marker-handle';
import { createPageMarker } from '@/src/page/page-marker';

export default defineUnlistedScript(() => {
  // WXT's shadow-root UI is tied to a content-script context: the tooltip's own, made here, since
  // the content script that reads every page does without one.
  const ctx = new ContentScriptContext('marker', { noScriptStartedPostMessage: true });
  publishMarker((options) => createPageMarker({ ...options, createTooltip: (tooltipOptions) => createTooltipUi(ctx, tooltipCss, tooltipOptions) }));
});
