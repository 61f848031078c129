/** The options page: every setting, paused sites, local mark reports, export/import, About. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS } from '../../engine/types';
import type { MarkReport } from '../../extension/mark-reports';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/model';
import { exportSettings, importSettings, ImportError } from '../../settings/transfer';
import { VERDICT_LABEL } from '../verdict';

export interface OptionsApi {
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(cb: (s: Settings) => void): () => void;
  getReports(): Promise<MarkReport[]>;
  clearReports(): Promise<void>;
  download(fileName: string, text: string): void;
  about: { claimsVersion: string; reviewed: string; claimCount: number; extensionVersion: string };
}

export const PRIVACY_STATEMENT =
  'Claim Check reads pages only inside your browser. No page text, address, setting or report ever leaves your device: the extension makes no network requests and has no server.';

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [reports, setReports] = useState<MarkReport[]>([]);
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');
  const newSiteInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void api.getSettings().then(setSettings);
    void api.getReports().then(setReports);
    return api.watchSettings(setSettings);
  }, [api]);

  if (!settings) return <p>Loading…</p>;

  const save = async (next: Settings, message = 'Saved.') => {
    setSettings(next);
    await api.saveSettings(next);
    setStatus(message);
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => void save({ ...settings, [key]: value });

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      await save(importSettings(await file.text()), 'Settings imported.');
    } catch (e) {
      setStatus(e instanceof ImportError ? `Import failed: ${e.message}` : 'Import failed: the file could not be read.');
    }
  };

  return (
    <main class="options">
      <h1>Claim Check options</h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>

      <section aria-labelledby="h-general">
        <h2 id="h-general">General</h2>
        <label>
          <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => set('enabled', (e.target as HTMLInputElement).checked)} />
          Check pages as I read (on/off)
        </label>
      </section>

      <section aria-labelledby="h-what">
        <h2 id="h-what">What to mark</h2>
        <fieldset>
          <legend>Verdicts</legend>
          {VERDICTS.map((v) => (
            <label key={v}>
              <input
                type="checkbox"
                name={`verdict-${v}`}
                checked={settings.verdicts[v]}
                onChange={(e) => set('verdicts', { ...settings.verdicts, [v]: (e.target as HTMLInputElement).checked })}
              />
              {VERDICT_LABEL[v]}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" name="markDisputes" checked={settings.markDisputes} onChange={(e) => set('markDisputes', (e.target as HTMLInputElement).checked)} />
          Mark passages that dispute a claim
        </label>
        <label>
          <input type="checkbox" name="markHedges" checked={settings.markHedges} onChange={(e) => set('markHedges', (e.target as HTMLInputElement).checked)} />
          Mark hedged mentions (“may”, “some believe”)
        </label>
      </section>

      <section aria-labelledby="h-look">
        <h2 id="h-look">Look and behaviour</h2>
        <label>
          Mark style{' '}
          <select name="markStyle" value={settings.markStyle} onChange={(e) => set('markStyle', (e.target as HTMLSelectElement).value as Settings['markStyle'])}>
            <option value="underline">Underline</option>
            <option value="background">Background</option>
            <option value="none">None (keyboard and tooltip only)</option>
          </select>
        </label>
        <label>
          Colours{' '}
          <select name="palette" value={settings.palette} onChange={(e) => set('palette', (e.target as HTMLSelectElement).value as Settings['palette'])}>
            <option value="standard">Standard</option>
            <option value="colorblind">Colour-blind safe</option>
          </select>
        </label>
        <label>
          Show details{' '}
          <select name="tooltipTrigger" value={settings.tooltipTrigger} onChange={(e) => set('tooltipTrigger', (e.target as HTMLSelectElement).value as Settings['tooltipTrigger'])}>
            <option value="hover-focus">On hover and keyboard focus</option>
            <option value="click">On click or Enter only</option>
          </select>
        </label>
      </section>

      <section aria-labelledby="h-paused">
        <h2 id="h-paused">Paused sites</h2>
        {settings.pausedSites.length === 0 ? (
          <p>No paused sites.</p>
        ) : (
          <ul class="sites">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                {site}{' '}
                {/* The visible word is part of the accessible name (WCAG 2.5.3, label in name). */}
                <button
                  type="button"
                  onClick={() => {
                    set('pausedSites', settings.pausedSites.filter((s) => s !== site));
                    // The button goes away with its row: keep keyboard focus in this section.
                    newSiteInput.current?.focus();
                  }}
                  aria-label={`Resume on ${site}`}
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const site = newSite.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
            if (!/^[a-z0-9.-]+(:\d+)?$/.test(site)) return setStatus('Enter a site name such as example.com.');
            setNewSite('');
            set('pausedSites', [...new Set([...settings.pausedSites, site])]);
          }}
        >
          <label>
            Add a site <input ref={newSiteInput} type="text" name="newSite" value={newSite} onInput={(e) => setNewSite((e.target as HTMLInputElement).value)} placeholder="example.com" />
          </label>{' '}
          <button type="submit">Pause</button>
        </form>
      </section>

      <section aria-labelledby="h-reports">
        <h2 id="h-reports">Your “this mark is wrong” reports</h2>
        <p>Kept on this device only. Export them to share with the claims curators if you wish.</p>
        {reports.length === 0 ? (
          <p>No reports.</p>
        ) : (
          <ul class="reports">
            {reports.map((r) => (
              <li key={r.at}>
                <code>{r.claimId}</code> ({r.stance}) on {r.site}: “{r.text}”
              </li>
            ))}
          </ul>
        )}
        <button type="button" disabled={reports.length === 0} onClick={() => api.download('claim-check-mark-reports.json', JSON.stringify(reports, null, 2))}>
          Export reports
        </button>{' '}
        <button type="button" disabled={reports.length === 0} onClick={() => void api.clearReports().then(() => (setReports([]), setStatus('Reports cleared.')))}>
          Clear reports
        </button>
      </section>

      <section aria-labelledby="h-backup">
        <h2 id="h-backup">Settings file</h2>
        <button type="button" onClick={() => api.download('claim-check-settings.json', exportSettings(settings))}>
          Export settings
        </button>{' '}
        <label class="file">
          Import settings <input type="file" name="import" accept="application/json,.json" onChange={(e) => void onImport((e.target as HTMLInputElement).files?.[0])} />
        </label>{' '}
        <button type="button" onClick={() => void save(structuredClone(DEFAULT_SETTINGS), 'Defaults restored.')}>
          Reset to defaults
        </button>
      </section>

      <section aria-labelledby="h-about">
        <h2 id="h-about">About</h2>
        <p>
          Claim Check {api.about.extensionVersion}. Claims file {api.about.claimsVersion} ({api.about.claimCount} claims), last reviewed {api.about.reviewed}.
        </p>
        <p>{PRIVACY_STATEMENT}</p>
        <p>Claim Check gives general information about published evidence. It is not medical advice and cannot diagnose anything.</p>
      </section>
    </main>
  );
}
