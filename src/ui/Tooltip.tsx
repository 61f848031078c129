/**
 * The tooltip shown for a mark: what the evidence says about the claim, for the stance the page
 * takes. Rendered with Preact inside a shadow root; all page text goes in as text, never markup.
 */
import type { ClaimInfo, Stance } from '../engine/types';
import { CERTAINTY_LABEL, citationHref, citationLabel, NOT_MEDICAL_ADVICE, STANCE_LABEL, VERDICT_LABEL, noteFor } from './verdict';

export interface TooltipProps {
  id: string;
  claim: ClaimInfo;
  stance: Stance;
  onReport?: () => void;
  reported?: boolean;
}

export function Tooltip({ id, claim, stance, onReport, reported }: TooltipProps) {
  return (
    // The labelled <aside> exists only while the tooltip is open: it is the box on screen and keeps
    // the tooltip's content inside a landmark (it sits at the end of <body>, outside the page's own).
    <aside class={`tip verdict-${claim.verdict}`} aria-label="Claim Check: what the evidence says">
      <div id={id} role="tooltip">
        <p class="verdict">
          <span class="badge">{VERDICT_LABEL[claim.verdict]}</span>
          <span class="stance">{STANCE_LABEL[stance]}</span>
        </p>
        <p class="title">{claim.title}</p>
        <p class="note">{noteFor(claim, stance)}</p>
        <p class="certainty">{CERTAINTY_LABEL[claim.certainty]}</p>
        <ul class="sources" aria-label="Sources">
          {claim.citations.slice(0, 3).map((c) => {
            const href = citationHref(c);
            const label = citationLabel(c);
            return <li key={label}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{label}</a> : label}</li>;
          })}
        </ul>
        <p class="footer">
          <span>{NOT_MEDICAL_ADVICE}</span>
          {onReport && (
            <button type="button" class="report" onClick={onReport} disabled={reported}>
              {reported ? 'Thanks, noted on this device' : 'This mark is wrong'}
            </button>
          )}
        </p>
      </div>
    </aside>
  );
}
