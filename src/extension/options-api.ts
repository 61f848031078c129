/** The options page's access to storage and the browser. */
import { browser } from 'wxt/browser';
import { downloadText } from './download';
import type { ClaimsInfo } from '../engine/types';
import type { OptionsApi } from '../ui/options/Options';
import { clearMarkReports, getMarkReports } from './mark-reports';
import { getSettings, saveSettings, watchSettings } from './settings-store';

export function createOptionsApi(info: ClaimsInfo): OptionsApi {
  return {
    getSettings,
    saveSettings,
    watchSettings,
    getReports: getMarkReports,
    clearReports: clearMarkReports,
    download: downloadText,
    about: { claimsVersion: info.version, reviewed: info.reviewed, claimCount: info.claims.length, extensionVersion: browser.runtime.getManifest().version },
  };
}
