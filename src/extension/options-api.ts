/** The options page's access to storage and the browser. */
import { browser } from 'wxt/browser';
import type { ClaimsInfo } from '../engine/types';
import type { OptionsApi } from '../ui/options/Options';
import { clearMarkReports, getMarkReports } from './mark-reports';
import { getSettings, settingsItem, watchSettings } from './settings-store';
import { normalizeSettings } from '../settings/model';

export function createOptionsApi(info: ClaimsInfo): OptionsApi {
  return {
    getSettings,
    saveSettings: (s) => settingsItem.setValue(normalizeSettings(s)),
    watchSettings,
    getReports: getMarkReports,
    clearReports: clearMarkReports,
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    about: { claimsVersion: info.version, reviewed: info.reviewed, claimCount: info.claims.length, extensionVersion: browser.runtime.getManifest().version },
  };
}
