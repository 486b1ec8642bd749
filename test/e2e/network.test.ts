import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_FLAGS } from './app-harness';

// protocol.ts reaches for Electron's `protocol` and `app` only when installed; its pure
// serve function is what the app:// scheme answers with, so this test serves exactly that.
vi.mock('electron', () => ({ app: {}, protocol: {} }));
const { CONTENT_SECURITY_POLICY, serveAppRequest } = await import('../../electron/protocol');

const repoRoot = path.resolve(__dirname, '..', '..');
const rendererRoot = path.join(repoRoot, 'dist', 'renderer');
const fixture = path.join(repoRoot, 'test', 'fixtures', 'e2e', 'acme-opportunities.csv');

/** The path of a page served with no CSP at all, to prove the injection probe can succeed. */
const UNPROTECTED_PAGE = '/__unprotected__.html';

/** A loopback server answering like the app:// scheme: serveAppRequest under `root`. */
interface AppServer {
  origin: string;
  close(): Promise<void>;
}

/** Answers one request through serveAppRequest, exactly as app://quarterdeck would. */
async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === UNPROTECTED_PAGE) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>No CSP</title><p>control</p>');
    return;
  }
  const response = await serveAppRequest(
    new Request(`app://quarterdeck${req.url ?? '/'}`, { method: req.method ?? 'GET' }),
    root,
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves `root` on 127.0.0.1 with the app protocol's headers. */
async function startAppServer(root: string): Promise<AppServer> {
  const server: Server = createServer((req, res) => {
    answer(root, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Launches this machine's Chromium the way every end-to-end test does. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/** Tries the two ways an attacker's markup could run script, and says which ran. */
async function injectScripts(page: Page): Promise<{ tag: boolean; handler: boolean }> {
  // A <script> element appended with inline text (what page.addScriptTag does).
  await page.addScriptTag({ content: 'window.__pwnedTag = 1;' }).catch(() => undefined);
  return page.evaluate(async () => {
    const probe = window as unknown as Record<string, unknown>;
    // An inline event handler smuggled in through innerHTML, as a CRM field rendered raw would be.
    const host = document.createElement('div');
    host.innerHTML =
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__pwnedHandler = 1" onerror="window.__pwnedHandler = 1">';
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { tag: probe.__pwnedTag === 1, handler: probe.__pwnedHandler === 1 };
  });
}

/** A same-origin script (allowed) that reports whether it may turn text into code. */
const EVAL_PROBE = `try { new Function('return 1')(); window.__evalResult = 'ran'; }
catch (error) { window.__evalResult = 'blocked'; }`;

describe('the CSP the app:// protocol serves', () => {
  let server: AppServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    // A page with no meta policy of its own, so only the protocol's header can protect it.
    base = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-csp-'));
    await mkdir(base, { recursive: true });
    await writeFile(
      path.join(base, 'probe.html'),
      '<!doctype html><html><head><title>Probe</title><script src="/eval-probe.js"></script></head><body><p>probe</p></body></html>',
    );
    await writeFile(path.join(base, 'eval-probe.js'), EVAL_PROBE);
    server = await startAppServer(base);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
    await rm(base, { recursive: true, force: true });
  });

  it('sends the strict policy on every page it serves', async () => {
    const response = await fetch(`${server.origin}/probe.html`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self';/);
  });

  it('blocks an injected inline script and an inline event handler', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.origin}/probe.html`);
    expect(await injectScripts(page)).toEqual({ tag: false, handler: false });
    expect(violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it("runs the app's own scripts but refuses them eval", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/probe.html`);
    await expect(
      page.evaluate(() => (window as { __evalResult?: string }).__evalResult),
    ).resolves.toBe('blocked');
    await page.close();
  });

  it('would notice if the policy were missing: the same injection runs on a page without it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${UNPROTECTED_PAGE}`);
    expect(await injectScripts(page)).toEqual({ tag: true, handler: true });
    await page.close();
  });
});

describe('a full session makes no request outside the app', () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  /** Every recorded request that is not on the app's own origin or in-memory data. */
  const foreign = (): string[] =>
    requests.filter(
      (url) =>
        !url.startsWith(`${server.origin}/`) &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:'),
    );

  beforeAll(async () => {
    if (!existsSync(path.join(rendererRoot, 'index.html'))) {
      throw new Error(
        `${path.join(rendererRoot, 'index.html')} is missing: run \`npm run build\` before the end-to-end tests`,
      );
    }
    server = await startAppServer(rendererRoot);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Every request of every page and worker in the context, before any of them is sent.
    context.on('request', (request) => requests.push(request.url()));
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    // A request the CSP refuses never reaches the recorder, so refusals are recorded too.
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page = await context.newPage();
    page.on('websocket', (socket) => requests.push(socket.url()));
    await page.goto(`${server.origin}/index.html`);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('loads the sample workspace and shows its deck', async () => {
    await page.getByTestId('load-sample').click();
    await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('slide-thumb').count()).toBeGreaterThan(3);
  });

  it('presents the deck and steps through it with the keyboard', async () => {
    await page.getByTestId('present').click();
    const counter = page.getByTestId('slide-counter');
    await counter.waitFor();
    await expect.poll(() => counter.innerText(), { timeout: 5000 }).toMatch(/^1 \/ \d+$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.innerText(), { timeout: 5000 }).toMatch(/^2 \/ \d+$/);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect.poll(() => counter.innerText(), { timeout: 5000 }).toMatch(/^1 \/ \d+$/);
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-editor').waitFor();
  });

  it('imports the Acme Salesforce export', async () => {
    await page.goto(`${server.origin}/index.html#/import`);
    await page.getByTestId('import-file').setInputFiles(fixture);
    await page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
  });

  it('prints the deck to PDF once the print route is ready', async () => {
    const printPage = await context.newPage();
    await printPage.goto(`${server.origin}/index.html#/print`);
    await printPage.waitForFunction(
      () => document.documentElement.dataset.printReady === 'true',
      null,
      { timeout: 60_000 },
    );
    const pdf = await printPage.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await printPage.close();
  });

  it('recorded the session and not one request left the app origin', () => {
    // The session did load the app's own scripts and styles, so the recorder was listening.
    expect(requests.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
    expect(foreign()).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
