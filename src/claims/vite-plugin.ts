/**
 * Vite plugin: compiles claims/ at build time into three modules, so each context loads only what
 * it needs: `virtual:claims-bundle` (everything; the background's engine and the selection page),
 * `virtual:claims-prefilter` (the content script's stage 1, prepared: anchor-prefix.ts) and `virtual:claims-info`
 * (popup, options). A malformed claims file fails the build with the file, claim and field.
 */
import type { Plugin } from 'vite';
import { quickAnchors } from '../engine/anchor-prefix';
import { ClaimsDataError } from './errors';
import { claimsFiles, loadClaims } from './load';

const MODULES = {
  'virtual:claims-bundle': 'bundle',
  'virtual:claims-prefilter': 'prefilter',
  'virtual:claims-info': 'info',
} as const;
type VirtualId = keyof typeof MODULES;

export function claimsBundle(): Plugin {
  return {
    name: 'claimcheck:claims-bundle',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:claims-')) return undefined;
      const which = MODULES[id.slice(1) as VirtualId];
      if (!which) return undefined;
      for (const file of claimsFiles()) this.addWatchFile(file);
      try {
        const { bundle } = loadClaims();
        const { version, reviewed, claims, redFlags } = bundle;
        const value =
          which === 'bundle'
            ? bundle
            : which === 'prefilter'
              ? quickAnchors(bundle.prefilter.words) // stage 1 only: the content script asks the background for the rest
              : { version, reviewed, claims, redFlags };
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
      } catch (e) {
        if (e instanceof ClaimsDataError) this.error(e.message);
        throw e;
      }
    },
  };
}
