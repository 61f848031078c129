// Marks and the tooltip, injected by the background only into frames where the engine found
// something to mark (see src/extension/inject-marker.ts and src/page/marker-handle.ts).
import tooltipCss from '@/src/ui/tooltip.css?inline';
import { createTooltipUi } from '@/src/extension/tooltip-ui';
import { publishMarker } from '@/src/page/marker-handle';
import { createPageMarker } from '@/src/page/page-marker';

export default defineUnlistedScript(() => {
  publishMarker((ctx, options) => createPageMarker({ ...options, createTooltip: (tooltipOptions) => createTooltipUi(ctx, tooltipCss, tooltipOptions) }));
});
