import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const {
  CONTENT_SECURITY_POLICY,
  installAppProtocol,
  registerAppScheme,
  resolveAppUrl,
  serveAppRequest,
} = await import('../../electron/protocol');

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

const ROOT = '/opt/quarterdeck/dist/renderer';

describe('resolveAppUrl', () => {
  it.each([
    ['app://quarterdeck/index.html', `${ROOT}/index.html`],
    ['app://quarterdeck/', `${ROOT}/index.html`],
    ['app://quarterdeck', `${ROOT}/index.html`],
    ['app://quarterdeck/index.html#/print', `${ROOT}/index.html`],
    ['app://quarterdeck/assets/index-abc123.js?v=1', `${ROOT}/assets/index-abc123.js`],
    ['app://quarterdeck/assets/', `${ROOT}/assets/index.html`],
    ['app://quarterdeck/fonts/Inter%20Variable.woff2', `${ROOT}/fonts/Inter Variable.woff2`],
    // The URL parser folds these dot segments away before we see them: they stay inside the root.
    ['app://quarterdeck/../../etc/passwd', `${ROOT}/etc/passwd`],
    ['app://quarterdeck/%2e%2e/%2e%2e/etc/passwd', `${ROOT}/etc/passwd`],
    ['app://quarterdeck/assets/../index.html', `${ROOT}/index.html`],
    // Double encoding decodes once, to a literal file name that is not a dot segment.
    ['app://quarterdeck/%252e%252e/secret', `${ROOT}/%2e%2e/secret`],
  ])('maps %s to a file inside the renderer root', (url, filePath) => {
    expect(resolveAppUrl(url, ROOT)).toEqual({ ok: true, filePath });
  });

  it.each([
    ['an encoded slash climbing out', 'app://quarterdeck/..%2f..%2fetc%2fpasswd'],
    ['an upper-case encoded slash climbing out', 'app://quarterdeck/..%2F..%2F..%2Fetc%2Fpasswd'],
    [
      'an encoded dot-dot with an encoded slash',
      'app://quarterdeck/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ],
    ['a sibling folder sharing the prefix', 'app://quarterdeck/..%2frenderer-evil%2fx.js'],
    ['an encoded absolute path', 'app://quarterdeck/%2fetc%2fpasswd'],
    ['a doubled leading slash', 'app://quarterdeck//etc/passwd'],
    ['a Windows drive path', 'app://quarterdeck/C:/Windows/win.ini'],
    ['an encoded Windows drive path', 'app://quarterdeck/c%3a%5cWindows%5cwin.ini'],
    ['a backslash traversal', 'app://quarterdeck/..%5c..%5cetc%5cpasswd'],
    ['a plain encoded backslash', 'app://quarterdeck/assets%5capp.js'],
    ['a NUL byte', 'app://quarterdeck/index.html%00.png'],
    ['another host', 'app://evil/index.html'],
    ['a host with a port', 'app://quarterdeck:8080/index.html'],
    ['credentials before the host', 'app://user:pass@quarterdeck/index.html'],
    ['a lookalike host', 'app://quarterdeck.evil.com/index.html'],
    ['an empty host', 'app:///etc/passwd'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://quarterdeck/index.html'],
  ])('refuses %s with 403', (_label, url) => {
    expect(resolveAppUrl(url, ROOT)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    ['a malformed percent escape', 'app://quarterdeck/%E0%A4%A'],
    ['a string that is not a URL', 'not a url'],
  ])('answers %s with 404', (_label, url) => {
    expect(resolveAppUrl(url, ROOT)).toEqual({ ok: false, status: 404 });
  });
});

describe('serveAppRequest', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-protocol-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Quarterdeck</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1);');
    await writeFile(
      path.join(root, 'assets', 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('serves index.html with the strict CSP', async () => {
    const response = await serveAppRequest(new Request('app://quarterdeck/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Quarterdeck</title>');
  });

  it('serves module scripts and images with their content types', async () => {
    const script = await serveAppRequest(new Request('app://quarterdeck/assets/app.js'), root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    const image = await serveAppRequest(new Request('app://quarterdeck/assets/logo.svg'), root);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('refuses /../../etc/passwd and %2e%2e encodings', async () => {
    for (const url of [
      'app://quarterdeck/../secret.txt',
      'app://quarterdeck/%2e%2e/secret.txt',
      'app://quarterdeck/..%2fsecret.txt',
      'app://quarterdeck/%2e%2e%2fsecret.txt',
      'app://quarterdeck/../../etc/passwd',
    ]) {
      const response = await serveAppRequest(new Request(url), root);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('answers a missing file and a folder with 404, still under the CSP', async () => {
    const missing = await serveAppRequest(new Request('app://quarterdeck/nope.js'), root);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(STRICT_CSP);
    const folder = await serveAppRequest(new Request('app://quarterdeck/assets'), root);
    expect(folder.status).toBe(404);
  });

  it('answers another host with 403', async () => {
    const response = await serveAppRequest(new Request('app://evil/index.html'), root);
    expect(response.status).toBe(403);
  });

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await serveAppRequest(
      new Request('app://quarterdeck/index.html', { method: 'HEAD' }),
      root,
    );
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serveAppRequest(
      new Request('app://quarterdeck/index.html', { method: 'POST' }),
      root,
    );
    expect(post.status).toBe(405);
  });
});

describe('scheme registration', () => {
  beforeEach(() => resetFakeElectron());

  it('registers app:// as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler on the app scheme', () => {
    installAppProtocol(ROOT);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('uses the renderer meta tag policy, plus the frame-ancestors a meta tag cannot carry', async () => {
    expect(CONTENT_SECURITY_POLICY).toBe(STRICT_CSP);
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    // Browsers ignore frame-ancestors in a <meta> policy, so only the header states it.
    expect(`${meta?.[1] ?? '(no meta policy)'}; frame-ancestors 'none'`).toBe(
      CONTENT_SECURITY_POLICY,
    );
  });
});
