/**
 * Mark elements per the DOM contract (README): <claimcheck-mark> carrying data-claim-id,
 * data-verdict and data-stance; the first piece of each occurrence is one keyboard stop whose
 * accessible description (in the page, since ARIA references cannot reach into a shadow root)
 * gives the verdict. A custom tag keeps page CSS written for <mark> or <span> off it.
 */
import type { ClaimInfo, Stance } from '../engine/types';
import { describeMention } from '../ui/verdict';
import { MARK_TAG } from './annotate';
import { OWN_ATTR } from './text-blocks';

export const DESCRIPTIONS_ID = 'claimcheck-descriptions';

export interface MarkFactory {
  create(claim: ClaimInfo, stance: Stance, occurrence: number, piece: number): HTMLElement;
  /** Removes the descriptions container. */
  dispose(): void;
}

export function createMarkFactory(doc: Document): MarkFactory {
  let container: HTMLElement | undefined;
  const descriptionIds = new Map<string, string>();

  /** One hidden description per claim and stance, shared by all its marks. */
  const descriptionFor = (claim: ClaimInfo, stance: Stance): string => {
    const key = `${claim.id}:${stance}`;
    const known = descriptionIds.get(key);
    if (known && doc.getElementById(known)) return known;
    if (!container || !container.isConnected) {
      container = doc.createElement('div');
      container.id = DESCRIPTIONS_ID;
      container.setAttribute(OWN_ATTR, '');
      container.hidden = true;
      doc.body.appendChild(container);
    }
    const id = `claimcheck-desc-${claim.id}-${stance}`;
    const span = doc.createElement('span');
    span.id = id;
    span.textContent = `${describeMention(claim, stance)} Press Enter to reach the sources and the report button, Escape to close the details.`;
    container.appendChild(span);
    descriptionIds.set(key, id);
    return id;
  };

  return {
    create(claim, stance, occurrence, piece) {
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-claim-id', claim.id);
      mark.setAttribute('data-verdict', claim.verdict);
      mark.setAttribute('data-stance', stance);
      mark.setAttribute('data-occurrence', String(occurrence));
      if (piece === 0) {
        mark.tabIndex = 0;
        mark.setAttribute('role', 'mark');
        mark.setAttribute('aria-describedby', descriptionFor(claim, stance));
      } else {
        mark.setAttribute('data-continued', '');
      }
      return mark;
    },
    dispose() {
      container?.remove();
      container = undefined;
      descriptionIds.clear();
    },
  };
}
