import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../../cli/pdf-command';
import { startStaticServer } from '../../cli/static-server';

/** The flags this machine's Chromium needs, the same the CLI launches it with. */
export const CHROMIUM_FLAGS = chromiumArgs();

export const repoRoot = join(__dirname, '..', '..');
export const rendererRoot = join(repoRoot, 'dist', 'renderer');
export const artifactsDir = join(repoRoot, 'test-results');

/** A running copy of the built renderer in a fresh browser profile. */
export interface AppHarness {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests that left the app's own origin during the session. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/** Serves dist/renderer on loopback and opens it in Chromium with an empty workspace. */
export async function openApp(): Promise<AppHarness> {
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` before the end-to-end tests');
  }
  mkdirSync(artifactsDir, { recursive: true });
  const server = await startStaticServer(rendererRoot);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const origin = new URL(server.url).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/index.html`);
  return {
    url: server.url,
    browser,
    context,
    page,
    foreignRequests,
    async close() {
      await browser.close();
      await server.close();
      if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join('; ')}`);
    },
  };
}

/** Opens the print route in a new tab, waits for its ready marker and prints the deck to `path`. */
export async function printDeckToPdf(app: AppHarness, path: string): Promise<void> {
  const printPage = await app.context.newPage();
  try {
    await printPage.goto(`${app.url}/index.html#/print`);
    await printPage.waitForFunction(
      () => document.documentElement.dataset.printReady === 'true',
      null,
      {
        timeout: 60_000,
      },
    );
    await printPage.pdf({ path, preferCSSPageSize: true, printBackground: true });
  } finally {
    await printPage.close();
  }
}

/** What the workspace holds, read straight from IndexedDB (the app's own code is not trusted to say). */
export interface StoredCounts {
  /** Records of each kind under a batch that an `imports` row names. */
  published: Record<string, number>;
  /** Records under a batch no import names yet (an import being written). */
  staged: number;
  imports: number;
  files: string[];
}

/** Reads the stored pages and imports of the page's workspace; all zero when it was never created. */
export async function storedCounts(app: AppHarness): Promise<StoredCounts> {
  return app.page.evaluate(async () => {
    const empty = { published: {}, staged: 0, imports: 0, files: [] };
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('quarterdeck')) return empty;
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quarterdeck');
      open.onerror = () => reject(new Error('cannot open the workspace'));
      open.onsuccess = () => resolve(open.result);
    });
    const request = <T>(make: () => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const r = make();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(new Error('cannot read the workspace'));
      });
    if (!database.objectStoreNames.contains('recordPages')) {
      database.close();
      return empty;
    }
    const batches = await request(
      () =>
        database.transaction('imports').objectStore('imports').getAll() as IDBRequest<
          { id: string; fileName: string }[]
        >,
    );
    const pages = await request(
      () =>
        database.transaction('recordPages').objectStore('recordPages').getAll() as IDBRequest<
          { batchId: string; kind: string; count: number }[]
        >,
    );
    database.close();
    const ids = new Set(batches.map((b) => b.id));
    const published: Record<string, number> = {};
    let staged = 0;
    for (const page of pages) {
      if (ids.has(page.batchId)) {
        published[page.kind] = (published[page.kind] ?? 0) + page.count;
      } else staged += page.count;
    }
    return { published, staged, imports: batches.length, files: batches.map((b) => b.fileName) };
  });
}
