/**
 * The popup: what on this page deserves care, at a glance. Claims grouped by verdict, most
 * serious first; pause on this site; red-flag guidance on back-pain pages; reports to copy or save.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimsInfo } from '../../engine/types';
import type { PageReport } from '../../extension/messages';
import { RedFlagBox } from '../RedFlagBox';
import { reportJson, reportMarkdown } from '../report-format';
import { summarize } from '../summary';
import { NOT_MEDICAL_ADVICE, noteFor, STANCE_LABEL, VERDICT_LABEL } from '../verdict';

export interface PopupApi {
  /** The page's report, or 'unavailable' where the extension cannot run (browser pages, stores). */
  loadReport(): Promise<PageReport | 'unavailable'>;
  site: string | undefined;
  isPaused(): Promise<boolean>;
  setPaused(paused: boolean): Promise<void>;
  showMark(claimId: string): Promise<void>;
  openOptions(): void;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string): void;
}

const POLL_MS = 400;
/** After a pause toggle: how often, and how many times, to ask whether the page has applied it. */
const SETTLE_MS = 100;
const SETTLE_TRIES = 30;

export function Popup({ api, info }: { api: PopupApi; info: ClaimsInfo }) {
  const [report, setReport] = useState<PageReport | 'unavailable' | undefined>();
  const [paused, setPaused] = useState(false);
  const [notice, setNotice] = useState('');
  const claims = new Map(info.claims.map((c) => [c.id, c]));

  // Loads the report and polls while the page is being checked. After a pause toggle it first
  // waits (showing "Checking…") until the page has applied the new setting. A newer load or
  // closing the popup ends an older polling chain.
  const chain = useRef({ id: 0, timer: undefined as number | undefined });
  const load = async (settled: (r: PageReport) => boolean = () => true) => {
    window.clearTimeout(chain.current.timer);
    const id = ++chain.current.id;
    for (let tries = 0; ; tries++) {
      const next = await api.loadReport();
      if (id !== chain.current.id) return;
      if (next !== 'unavailable' && !settled(next) && tries < SETTLE_TRIES) {
        await new Promise((ok) => (chain.current.timer = window.setTimeout(ok, SETTLE_MS)));
        continue;
      }
      setReport(next);
      if (next === 'unavailable' || next.status !== 'scanning') return;
      settled = () => true;
      await new Promise((ok) => (chain.current.timer = window.setTimeout(ok, POLL_MS)));
    }
  };

  useEffect(() => {
    const state = chain.current;
    void load();
    void api.isPaused().then(setPaused);
    return () => {
      state.id++;
      window.clearTimeout(state.timer);
    };
  }, [api]);

  const togglePause = async (next: boolean) => {
    setPaused(next);
    setReport(undefined);
    await api.setPaused(next);
    await load((r) => r.status === 'disabled' || (r.status === 'paused') === next);
  };

  const groups = report && report !== 'unavailable' ? summarize(report.mentions, claims) : [];
  const total = report && report !== 'unavailable' ? report.mentions.length : 0;

  return (
    <main class="popup">
      <header>
        <h1>Claim Check</h1>
        <p class="sub">Back pain &amp; massage claims on this page</p>
      </header>

      <section aria-busy={report === undefined || (report !== 'unavailable' && report.status === 'scanning')}>
        {/* Only the one-line state is announced when it changes, not the whole list. */}
        <div role="status">
          {report === undefined && <p class="state">Checking this page…</p>}
          {report === 'unavailable' && <p class="state">This page can’t be checked (browser pages, extension stores and some built-in pages don’t allow extensions).</p>}
          {report !== undefined && report !== 'unavailable' && (
            <>
              {report.status === 'scanning' && <p class="state">Checking this page…</p>}
              {report.status === 'paused' && <p class="state">Paused on this site. Nothing is marked here.</p>}
              {report.status === 'disabled' && <p class="state">Claim Check is switched off in the options.</p>}
              {report.status === 'failed' && <p class="state">This page could not be checked. Reloading it may help.</p>}
              {report.status === 'done' && total === 0 && (
                <p class="state">
                  No marked claims on this page.
                  {report.hidden > 0 && ` ${report.hidden} mention(s) not marked because of your settings.`}
                </p>
              )}
              {report.status === 'done' && total > 0 && (
                <p class="total">
                  {total} mention{total === 1 ? '' : 's'} of {groups.reduce((n, g) => n + g.claims.length, 0)} claim(s) marked
                  {report.hidden > 0 && `; ${report.hidden} more not marked (settings)`}.
                </p>
              )}
            </>
          )}
        </div>
        {report !== undefined && report !== 'unavailable' && report.status === 'done' && (
          <>
            {groups.map((g) => (
              <section class={`group verdict-${g.verdict}`} key={g.verdict} aria-labelledby={`h-${g.verdict}`}>
                <h2 id={`h-${g.verdict}`}>
                  {VERDICT_LABEL[g.verdict]} <span class="count">({g.count})</span>
                </h2>
                <ul>
                  {g.claims.map((s) => (
                    <li key={s.claim.id} data-claim-id={s.claim.id}>
                      <div class="row">
                        <span class="title">{s.claim.title}</span>
                        <button type="button" class="show" onClick={() => void api.showMark(s.claim.id)} aria-label={`Show “${s.claim.title}” on the page`}>
                          Show
                        </button>
                      </div>
                      <p class="meta">
                        {s.count}× · {s.stances.map((st) => STANCE_LABEL[st].replace('The page ', '')).join(', ')}
                      </p>
                      <p class="note">{noteFor(s.claim, s.mainStance)}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {report.aboutBackPain && <RedFlagBox redFlags={info.redFlags} />}
          </>
        )}
      </section>

      <footer>
        {api.site && (
          <label class="pause">
            <input type="checkbox" checked={paused} onChange={(e) => void togglePause((e.target as HTMLInputElement).checked)} />
            Pause on {api.site}
          </label>
        )}
        {report && report !== 'unavailable' && report.status === 'done' && (
          <div class="actions">
            <button
              type="button"
              onClick={() =>
                void api.copyText(reportMarkdown(report, claims, info.version)).then(
                  () => setNotice('Report copied.'),
                  () => setNotice('Could not copy.'),
                )
              }
            >
              Copy report
            </button>
            <button type="button" onClick={() => api.download('claim-check-report.json', reportJson(report, info.version))}>
              Download report
            </button>
          </div>
        )}
        <p class="notice" role="status">
          {notice}
        </p>
        <p class="small">
          {NOT_MEDICAL_ADVICE}{' '}
          <a
            href="#options"
            onClick={(e) => {
              e.preventDefault();
              api.openOptions();
            }}
          >
            Options
          </a>
        </p>
      </footer>
    </main>
  );
}
