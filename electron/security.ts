import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

/** True when a URL is on the app's own origin (app://quarterdeck); parsed with URL, never by substring. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node reports origin "null" for non-special schemes, so compare the parts instead. Chromium hands
  // us canonical URLs (lower-case host), so being strict here only ever refuses, never admits.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Schemes a request may use besides our own origin: DevTools, and in-memory data the app makes itself. */
const OTHER_ALLOWED_PROTOCOLS = new Set(['devtools:', 'data:', 'blob:']);

/** True when the session may make this request: the app works offline, so nothing leaves the app origin. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return OTHER_ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Hands an allowlisted https link to the system browser and says whether it did; any other
 * URL goes nowhere. The app itself never shows a page that is not its own.
 */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  // The normalised href, so the browser gets exactly the URL that was checked. Reviewed
  // (Electronegativity OPEN_EXTERNAL_JS_CHECK): nothing reaches here without the allowlist.
  shell.openExternal(new URL(url).href).catch((error: unknown) => {
    // No browser to open is not worth more than a log line: the app keeps working.
    console.error(`Could not open ${url} in the browser:`, error);
  });
  return true;
}

/**
 * Locks down one webContents: no new windows and no foreign navigation (allowlisted https
 * links open in the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalIfAllowed(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * The permissions the app uses: full screen for present mode, persistent storage so the
 * workspace is not evicted, and writing to the clipboard for "Copy details".
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'fullscreen',
  'persistent-storage',
  'clipboard-sanitized-write',
]);

/** Whether a permission is granted: only one of GRANTED_PERMISSIONS, and only to the app's own origin. */
export function isGrantedPermission(permission: string, requestingUrl: string): boolean {
  if (!GRANTED_PERMISSIONS.has(permission)) return false;
  // A permission check passes an origin (`app://quarterdeck`), a request a full URL: accept both forms.
  return isAppUrl(requestingUrl) || isAppUrl(`${requestingUrl}/`);
}

/** Installs the app-wide security handlers; call once when the app is ready. */
export function installSecurityHandlers(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  const ses = session.defaultSession;
  // Only the app's own pages get the few permissions it uses; everything else is refused, prompt and check alike.
  ses.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isGrantedPermission(permission, details.requestingUrl ?? contents.getURL())),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isGrantedPermission(permission, requestingOrigin),
  );
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
