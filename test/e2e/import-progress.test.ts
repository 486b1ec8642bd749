import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpportunitiesCsv } from '../../bench/generate-opportunities';
import { isoDate } from '../../shared/units';
import { artifactsDir, openApp, storedCounts, type AppHarness } from './app-harness';

/** Opportunities in the generated export: about 40 MB in Salesforce's format. */
const ROWS = 160_000;

/** Counts of the published opportunities, the import batches, and the records being staged. */
async function tableCounts(
  app: AppHarness,
): Promise<{ opportunities: number; imports: number; staged: number; files: string[] }> {
  const counts = await storedCounts(app);
  return {
    opportunities: counts.published.opportunities ?? 0,
    imports: counts.imports,
    staged: counts.staged,
    files: counts.files,
  };
}

/** One stored import as its `imports` row names it, with the records its pages hold. */
interface StoredBatch {
  id: string;
  kind: string;
  fileName: string;
  isSample: boolean;
  importedAt: string;
  records: number;
}

/**
 * Everything the workspace's imports hold, read straight from IndexedDB: every `imports` row
 * with its pages' record count, by id, and the count of records under no import (staged).
 */
async function storedState(app: AppHarness): Promise<{ batches: StoredBatch[]; staged: number }> {
  return app.page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quarterdeck');
      open.onerror = () => reject(new Error('cannot open the workspace'));
      open.onsuccess = () => resolve(open.result);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = database.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
        r.onerror = () => reject(new Error('cannot read the workspace'));
      });
    type Row = Omit<StoredBatch, 'records'>;
    const rows = await all<Row>('imports');
    const pages = await all<{ batchId: string; count: number }>('recordPages');
    database.close();
    const records = new Map<string, number>();
    let staged = 0;
    const ids = new Set(rows.map((row) => row.id));
    for (const page of pages) {
      if (ids.has(page.batchId))
        records.set(page.batchId, (records.get(page.batchId) ?? 0) + page.count);
      else staged += page.count;
    }
    const batches = rows
      .map(({ id, kind, fileName, isSample, importedAt }) => ({
        id,
        kind,
        fileName,
        isSample,
        importedAt,
        records: records.get(id) ?? 0,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    return { batches, staged };
  });
}

describe('importing a 40 MB export in the worker, with progress and Cancel', () => {
  let app: AppHarness;
  const file = join(artifactsDir, 'progress-160k-opportunities.csv');
  let sampleCount = 0;
  /** The sample as stored before any import is tried. */
  let sampleState: Awaited<ReturnType<typeof storedState>>;

  beforeAll(async () => {
    app = await openApp();
    if (!existsSync(file) || statSync(file).size < 30_000_000) {
      writeFileSync(file, generateOpportunitiesCsv(ROWS, isoDate('2026-09-17')));
    }
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
    sampleCount = (await tableCounts(app)).opportunities;
    sampleState = await storedState(app);
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  it('shows a progress bar that advances, and Cancel leaves the sample exactly as it was', async () => {
    expect(sampleCount).toBeGreaterThan(100);
    expect(sampleState.batches.every((batch) => batch.isSample && batch.records > 0)).toBe(true);
    expect(sampleState.staged).toBe(0);
    await app.page.goto(`${app.url}/index.html#/import`);
    await app.page.getByTestId('import-file').setInputFiles(file);
    const bar = app.page.getByTestId('import-progress-bar');
    await bar.waitFor();
    await app.page.waitForFunction(
      () =>
        Number(
          document
            .querySelector('[data-testid="import-progress-bar"]')
            ?.getAttribute('aria-valuenow'),
        ) > 0,
    );
    const first = Number(await bar.getAttribute('aria-valuenow'));
    await app.page.waitForFunction(
      (before) =>
        Number(
          document
            .querySelector('[data-testid="import-progress-bar"]')
            ?.getAttribute('aria-valuenow'),
        ) > before,
      first,
    );
    await expect(app.page.getByTestId('import-progress-rows').innerText()).resolves.toMatch(
      /[1-9][\d,]* rows/,
    );
    await expect(app.page.getByTestId('import-progress-mb').innerText()).resolves.toMatch(
      /of 3\d\.\d MB/,
    );
    await app.page.getByTestId('import-progress-cancel').click();
    await app.page.getByTestId('import-dropzone').waitFor();
    await expect.poll(async () => (await tableCounts(app)).staged, { timeout: 10_000 }).toBe(0);
    // Every import of the sample, each with every record, and nothing else: as before the try.
    await expect(storedState(app)).resolves.toEqual(sampleState);
  }, 60_000);

  it('publishes every row of a full import on Confirm, replacing the sample', async () => {
    await app.page.getByTestId('import-file').setInputFiles(file);
    await app.page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await expect(app.page.getByTestId('summary-rows-read').innerText()).resolves.toMatch(/160,000/);
    // Staged, not published: the sample is still the workspace's data.
    const staged = await tableCounts(app);
    expect(staged.staged).toBe(ROWS);
    expect(staged.opportunities).toBe(sampleCount);
    await app.page.getByTestId('import-confirm').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 60_000 });
    const published = await tableCounts(app);
    expect(published).toEqual({
      opportunities: ROWS,
      imports: 1,
      staged: 0,
      files: ['progress-160k-opportunities.csv'],
    });
  }, 120_000);
});
