import { version } from '../../../package.json';

/** This build's version, from package.json (Vite inlines only this field). */
export const APP_VERSION: string = version;

/** The runtime versions a user agent string names; `null` for any it does not. */
export interface RuntimeVersions {
  electron: string | null;
  chrome: string | null;
}

/** Reads the Electron and Chrome versions from a user agent such as `… Chrome/140.0.7339.133 Electron/45.4.1 …`. */
export function parseRuntimeVersions(userAgent: string): RuntimeVersions {
  return {
    electron: /\bElectron\/([\d.]+)/.exec(userAgent)?.[1] ?? null,
    chrome: /\b(?:Chrome|Chromium|HeadlessChrome)\/([\d.]+)/.exec(userAgent)?.[1] ?? null,
  };
}
