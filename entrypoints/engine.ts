// The NLP engine, the full claims bundle and the tooltip, injected by the background only into
// frames whose prefilter found candidates (see src/extension/inject-engine.ts).
import bundle from 'virtual:claims-bundle';
import tooltipCss from '@/src/ui/tooltip.css?inline';
import { createScanner } from '@/src/engine/scanner';
import { createTooltipUi } from '@/src/extension/tooltip-ui';
import { publishEngine } from '@/src/page/engine-handle';

export default defineUnlistedScript(() => {
  publishEngine({ scanner: createScanner(bundle), createTooltip: (ctx, options) => createTooltipUi(ctx, tooltipCss, options) });
});
