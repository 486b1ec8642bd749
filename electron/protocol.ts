import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from '../shared/content-types';

/** The same policy as renderer/index.html's meta tag; the header also enforces frame-ancestors. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where an app:// URL points: a file inside the renderer root, or the status to refuse it with. */
export type ResolvedAppUrl = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

/**
 * Maps an app://quarterdeck/... URL to a file under `root`, refusing anything that could
 * leave it (after Actual's protocol handler): other hosts, `..` in any encoding, absolute
 * and drive paths, backslashes and NUL bytes.
 */
export function resolveAppUrl(url: string, root: string): ResolvedAppUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 404 };
  }
  if (
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.host !== APP_HOST ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return { ok: false, status: 403 };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 404 };
  }
  // Backslashes are separators on Windows and NUL truncates paths in native code: neither has a use here.
  if (decoded.includes('\\') || decoded.includes('\0')) return { ok: false, status: 403 };
  // Only the one leading slash of the URL path is expected; a second one asks for an absolute path.
  const relative = decoded.startsWith('/') ? decoded.slice(1) : decoded;
  if (/^[a-zA-Z]:/.test(relative) || path.posix.isAbsolute(relative)) {
    return { ok: false, status: 403 };
  }
  const base = path.resolve(root);
  const filePath = path.resolve(
    base,
    relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
  );
  const inside = path.relative(base, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}

/** Headers every app:// response carries. */
function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/** A plain-text refusal, still under the strict CSP. */
function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** Serves one app:// request from `root`: GET and HEAD only, 403/404 for anything outside it. */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refusal(405, 'Method not allowed');
  const resolved = resolveAppUrl(request.url, root);
  if (!resolved.ok)
    return refusal(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found');
  let body: Buffer;
  try {
    body = await fs.readFile(resolved.filePath);
  } catch {
    // Missing files and directories alike are "not found"; the reason stays out of the response.
    return refusal(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: securityHeaders(contentTypeFor(resolved.filePath)),
  });
}

/** The privileges app:// needs; must be registered before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://quarterdeck/; call once the app is ready. */
export function installAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
