// The tooltip, injected by the background only into frames that have marks
// (see src/extension/inject-tooltip.ts).
import tooltipCss from '@/src/ui/tooltip.css?inline';
import { createTooltipUi } from '@/src/extension/tooltip-ui';
import { publishTooltip } from '@/src/page/tooltip-handle';

export default defineUnlistedScript(() => {
  publishTooltip((ctx, options) => createTooltipUi(ctx, tooltipCss, options));
});
