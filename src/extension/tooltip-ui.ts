/**
 * The tooltip's home in the page: a shadow root (WXT's shadow-root UI) holding its own styles, so
 * page CSS cannot reach it, removed with everything else when the extension context is invalidated.
 * Part of the marker script: pages without marks never load it or Preact.
 */
import { createShadowRootUi } from '#imports';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTooltipController, type TooltipController, type TooltipOptions } from '../page/tooltip-controller';
import { OWN_ATTR } from '../page/text-blocks';

export async function createTooltipUi(ctx: ContentScriptContext, css: string, options: Omit<TooltipOptions, 'mount'>): Promise<TooltipController> {
  const ui = await createShadowRootUi(ctx, {
    name: 'claimcheck-tooltip',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount: (container, _shadow, host) => {
      host.setAttribute(OWN_ATTR, '');
      return { host, container };
    },
  });
  ui.mount();
  const controller = createTooltipController({ ...options, mount: ui.mounted! });
  return {
    ...controller,
    dispose() {
      controller.dispose();
      ui.remove();
    },
  };
}
