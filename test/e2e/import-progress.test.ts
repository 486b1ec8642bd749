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

describe('importing a 40 MB export in the worker, with progress and Cancel', () => {
  let app: AppHarness;
  const file = join(artifactsDir, 'progress-160k-opportunities.csv');
  let sampleCount = 0;

  beforeAll(async () => {
    app = await openApp();
    if (!existsSync(file) || statSync(file).size < 30_000_000) {
      writeFileSync(file, generateOpportunitiesCsv(ROWS, isoDate('2026-09-17')));
    }
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
    sampleCount = (await tableCounts(app)).opportunities;
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  it('shows a progress bar that advances, and Cancel leaves the sample exactly as it was', async () => {
    expect(sampleCount).toBeGreaterThan(100);
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
    const after = await tableCounts(app);
    expect(after.opportunities).toBe(sampleCount);
    expect(after.imports).toBe(1);
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
