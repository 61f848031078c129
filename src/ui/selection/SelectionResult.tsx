/**
 * The result of "Check selected text": the claims found in the words the user selected, grouped
 * by verdict, with the stance the text takes and the matching note — or a plain "none found".
 * Every claim found is listed, whatever the marking settings: the user asked about this text.
 */
import type { ClaimInfo } from '../../engine/types';
import type { Mention } from '../../extension/messages';
import { summarize } from '../summary';
import { CERTAINTY_LABEL, NOT_MEDICAL_ADVICE, noteFor, STANCE_LABEL, VERDICT_LABEL } from '../verdict';

export type SelectionState =
  | { status: 'checking' }
  /** No stored text for this window (opened by hand, or reloaded after the text was read). */
  | { status: 'missing' }
  | { status: 'done'; text: string; truncated: boolean; mentions: Mention[]; partial: boolean };

/** How much of the selection is quoted back at the top. */
const QUOTE_CHARS = 300;

export function SelectionResult({ state, claims }: { state: SelectionState; claims: ReadonlyMap<string, ClaimInfo> }) {
  return (
    <main class="selection" aria-busy={state.status === 'checking'}>
      <h1>Claim Check: selected text</h1>
      {state.status === 'checking' && <p class="state">Checking the selected text…</p>}
      {state.status === 'missing' && (
        <p class="state">There is no selected text to check in this window. Select text on a page, right-click it and choose “Check selected text with Claim Check”.</p>
      )}
      {state.status === 'done' && <Done {...state} claims={claims} />}
      <p class="small">{NOT_MEDICAL_ADVICE} The text was checked inside your browser; it was not sent anywhere.</p>
      <button type="button" onClick={() => window.close()}>
        Close
      </button>
    </main>
  );
}

function Done({ text, truncated, mentions, partial, claims }: Extract<SelectionState, { status: 'done' }> & { claims: ReadonlyMap<string, ClaimInfo> }) {
  const groups = summarize(mentions, claims);
  const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
  return (
    <>
      <blockquote class="quote">{quote}</blockquote>
      {truncated && <p class="state">The selection was long: only its beginning was checked.</p>}
      {partial && <p class="state">Only part of the selection could be checked in time.</p>}
      <div role="status">
        {groups.length === 0 ? (
          <p class="state">No claims about back pain or massage from the claims file were found in this text.</p>
        ) : (
          <p class="total">
            {mentions.length} mention{mentions.length === 1 ? '' : 's'} of {groups.reduce((n, g) => n + g.claims.length, 0)} claim(s) found.
          </p>
        )}
      </div>
      {groups.map((g) => (
        <section class={`group verdict-${g.verdict}`} key={g.verdict} aria-labelledby={`h-${g.verdict}`}>
          <h2 id={`h-${g.verdict}`}>{VERDICT_LABEL[g.verdict]}</h2>
          <ul>
            {g.claims.map((s) => (
              <li key={s.claim.id} data-claim-id={s.claim.id} data-verdict={g.verdict} data-stance={s.mainStance}>
                <p class="title">{s.claim.title}</p>
                <p class="meta">
                  {s.stances.map((st) => STANCE_LABEL[st].replace('The page', 'The text')).join('; ')} · {CERTAINTY_LABEL[s.claim.certainty]}
                </p>
                <p class="note">{noteFor(s.claim, s.mainStance)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
