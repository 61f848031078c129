/**
 * Opens the tooltip for a mark on hover or focus (or on click only, per settings), keeps it open
 * while the pointer is over the mark or the tooltip, and closes it on Escape, on leaving, or when
 * focus moves away (WCAG 1.4.13: dismissible, hoverable, persistent). One tooltip for the page,
 * positioned next to its mark and kept inside the viewport.
 */
import { render } from 'preact';
import type { ClaimInfo, Stance } from '../engine/types';
import { Tooltip } from '../ui/Tooltip';
import { MARK_TAG } from './annotate';

export interface TooltipMount {
  /** The shadow host in the page. */
  host: HTMLElement;
  /** Where Preact renders, inside the shadow root. */
  container: HTMLElement;
}

export interface TooltipOptions {
  doc: Document;
  mount: TooltipMount;
  claim: (id: string) => ClaimInfo | undefined;
  trigger: () => 'hover-focus' | 'click';
  onReport?: (mark: HTMLElement) => Promise<void>;
}

export interface TooltipController {
  open(mark: HTMLElement): void;
  close(): void;
  dispose(): void;
}

const CLOSE_DELAY_MS = 300;
const GAP_PX = 6;
export const TOOLTIP_ID = 'claimcheck-tooltip-panel';

/** The first piece of a mark's occurrence (where focus and the description live). */
function occurrenceHead(el: Element): HTMLElement | undefined {
  const mark = el.closest<HTMLElement>(MARK_TAG);
  if (!mark || !mark.hasAttribute('data-continued')) return mark ?? undefined;
  const head = mark.ownerDocument.querySelector<HTMLElement>(`${MARK_TAG}[data-occurrence="${mark.dataset.occurrence}"]:not([data-continued])`);
  return head ?? mark;
}

export function createTooltipController({ doc, mount, claim, trigger, onReport }: TooltipOptions): TooltipController {
  const win = doc.defaultView!;
  let current: HTMLElement | undefined;
  let closeTimer: number | undefined;
  const reported = new WeakSet<HTMLElement>();

  const cancelClose = () => {
    if (closeTimer !== undefined) win.clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    cancelClose();
    closeTimer = win.setTimeout(close, CLOSE_DELAY_MS);
  };

  function position() {
    const panel = mount.container.firstElementChild as HTMLElement | null;
    if (!panel || !current) return;
    const rect = current.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    let top = rect.bottom + GAP_PX;
    if (top + box.height > vh - GAP_PX && rect.top - GAP_PX - box.height >= GAP_PX) top = rect.top - GAP_PX - box.height;
    top = Math.max(GAP_PX, Math.min(top, vh - box.height - GAP_PX));
    const left = Math.max(GAP_PX, Math.min(rect.left, vw - box.width - GAP_PX));
    panel.style.top = `${Math.round(top)}px`;
    panel.style.left = `${Math.round(left)}px`;
  }

  function draw() {
    if (!current) return;
    const info = claim(current.dataset.claimId ?? '');
    if (!info) return;
    const mark = current;
    render(
      <Tooltip
        id={TOOLTIP_ID}
        claim={info}
        stance={(mark.dataset.stance as Stance) ?? 'asserts'}
        reported={reported.has(mark)}
        onReport={
          onReport &&
          (() => {
            reported.add(mark);
            void onReport(mark).then(draw);
          })
        }
      />,
      mount.container,
    );
    position();
  }

  function open(mark: HTMLElement) {
    cancelClose();
    const head = occurrenceHead(mark) ?? mark;
    if (current === head) return;
    current = head;
    draw();
  }

  function close() {
    cancelClose();
    if (!current) return;
    current = undefined;
    render(null, mount.container);
  }

  const inTooltip = (node: EventTarget | null) => node instanceof Node && (node === mount.host || mount.host.contains(node));
  const markOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null);

  const onOver = (e: Event) => {
    const mark = markOf(e.target);
    if (mark && trigger() === 'hover-focus') open(mark);
    else if (mark && current && occurrenceHead(mark) === current) cancelClose();
  };
  const onOut = (e: MouseEvent) => {
    if (!current || !markOf(e.target)) return;
    if (markOf(e.relatedTarget) || inTooltip(e.relatedTarget)) return;
    scheduleClose();
  };
  let refocusing = false;
  const onFocusIn = (e: Event) => {
    const mark = markOf(e.target);
    if (mark && !refocusing && trigger() === 'hover-focus') open(mark);
  };
  const onFocusOut = (e: FocusEvent) => {
    if (current && markOf(e.target) && !inTooltip(e.relatedTarget)) close();
  };
  const onClick = (e: MouseEvent) => {
    const mark = markOf(e.target);
    if (!mark) {
      if (current && !inTooltip(e.target)) close();
      return;
    }
    if (trigger() === 'click') (current && occurrenceHead(mark) === current ? close : open)(mark);
  };
  /** Keyboard users reach the sources and the report button: focus moves into the tooltip. */
  const focusIntoTooltip = () => {
    const panel = mount.container.querySelector<HTMLElement>('[role="tooltip"]');
    const target = panel?.querySelector<HTMLElement>('a[href], button:not([disabled])') ?? panel;
    target?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && current) {
      // Back to the mark if focus was in the tooltip, so keyboard users keep their place.
      const mark = current;
      const focusWasInside = inTooltip(doc.activeElement);
      close();
      if (focusWasInside) {
        refocusing = true; // returning focus must not reopen what Escape just closed
        mark.focus();
        refocusing = false;
      }
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    if ((e.key === 'Enter' || e.key === ' ') && trigger() === 'click') {
      e.preventDefault();
      if (current) close();
      else {
        open(mark);
        if (e.key === 'Enter') focusIntoTooltip();
      }
    } else if (e.key === 'Enter' && trigger() === 'hover-focus') {
      e.preventDefault();
      open(mark);
      focusIntoTooltip();
    }
  };
  /**
   * Focus moving from the tooltip to another element (Tab past its last link) closes it. Focus lost
   * to nothing (a button that disables itself once clicked) does not: the pointer rules apply.
   */
  const onTooltipFocusOut = (e: FocusEvent) => {
    if (current && e.relatedTarget !== null && !inTooltip(e.relatedTarget) && markOf(e.relatedTarget) !== current) close();
  };
  const onViewportChange = () => current && position();

  mount.host.addEventListener('mouseenter', cancelClose);
  mount.host.addEventListener('mouseleave', scheduleClose);
  mount.host.addEventListener('focusout', onTooltipFocusOut);
  doc.addEventListener('mouseover', onOver, true);
  doc.addEventListener('mouseout', onOut, true);
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('focusout', onFocusOut, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  win.addEventListener('resize', onViewportChange, { passive: true });
  // The tooltip arrives after the marks (its script loads once there are some): a reader who
  // tabbed to a mark in between gets it now.
  const focused = markOf(doc.activeElement);
  if (focused && trigger() === 'hover-focus') open(focused);

  return {
    open,
    close,
    dispose() {
      close();
      mount.host.removeEventListener('mouseenter', cancelClose);
      mount.host.removeEventListener('mouseleave', scheduleClose);
      mount.host.removeEventListener('focusout', onTooltipFocusOut);
      doc.removeEventListener('mouseover', onOver, true);
      doc.removeEventListener('mouseout', onOut, true);
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('focusout', onFocusOut, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      win.removeEventListener('scroll', onViewportChange, true);
      win.removeEventListener('resize', onViewportChange);
    },
  };
}
