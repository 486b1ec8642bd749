import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../shared/import/import-records';
import { TARGETS_CSV_TEMPLATE } from '../../shared/import/targets-template';
import { artifactsDir, openApp, repoRoot, storedCounts, type AppHarness } from './app-harness';

/** Ten opportunities and nothing else: a workspace without targets. */
const opportunitiesOnly = join(repoRoot, 'test', 'fixtures', 'e2e', 'acme-opportunities.csv');

describe('the targets screen over the sample workspace', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app.close();
  });

  it("lists the sample's targets and warns that saving over them removes the sample", async () => {
    const { page } = app;
    await page.getByTestId('nav-targets').click();
    await page.getByTestId('targets-table').waitFor();
    const stored = (await storedCounts(app)).published.targets ?? 0;
    expect(stored).toBeGreaterThan(0);
    await expect(page.getByTestId('target-row').count()).resolves.toBe(stored);
    await expect(page.getByTestId('targets-source').innerText()).resolves.toMatch(
      /From\s+harborline-sample-targets-\d{4}-\d{2}-\d{2}\.csv/,
    );
    await expect(page.getByTestId('targets-sample-warning').innerText()).resolves.toContain(
      'saving here removes the sample opportunities',
    );
    await expect(page.getByTestId('targets-empty').count()).resolves.toBe(0);
  });

  it('asks before saving over the sample, then keeps only the targets saved', async () => {
    const { page } = app;
    const stored = (await storedCounts(app)).published.targets ?? 0;
    await page.getByTestId('target-row').nth(0).getByTestId('target-amount').fill('1,234,567');
    await page.getByTestId('targets-save').click();
    await expect(page.getByTestId('targets-confirm').innerText()).resolves.toContain(
      'Saving removes the sample pipeline from this workspace.',
    );
    // Nothing is written until the user confirms.
    await expect(storedCounts(app)).resolves.toMatchObject({ imports: 8 });
    await page.getByTestId('targets-confirm-save').click();
    await expect
      .poll(() => page.getByTestId('targets-status').innerText(), { timeout: 10_000 })
      .toContain('Saved');
    await expect(page.getByTestId('targets-sample-warning').count()).resolves.toBe(0);
    await expect(page.getByTestId('targets-source').innerText()).resolves.toContain('Entered here');
    await expect(page.getByTestId('target-row').count()).resolves.toBe(stored);
    const after = await storedCounts(app);
    expect(after.published).toEqual({ targets: stored });
    expect(after.imports).toBe(1);
  });
});

describe('the targets screen', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    // A workspace of opportunities only: no targets, and no sample.
    await app.page.goto(`${app.url}/index.html#/import`);
    await app.page.getByTestId('import-file').setInputFiles(opportunitiesOnly);
    await app.page.getByTestId('import-summary').waitFor();
    await app.page.getByTestId('import-confirm').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app.close();
  });

  it('explains targets when there are none and hands out the template', async () => {
    const { page } = app;
    await page.getByTestId('nav-targets').click();
    await page.getByTestId('targets-empty').waitFor();
    // Real opportunities only: saving targets replaces nothing, so there is nothing to warn about.
    await expect(page.getByTestId('targets-sample-warning').count()).resolves.toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'targets-empty.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('targets-template-empty').click(),
    ]);
    expect(download.suggestedFilename()).toBe('quarterdeck-targets-template.csv');
    expect(readFileSync(await download.path(), 'utf8')).toBe(TARGETS_CSV_TEMPLATE);
  });

  it('adds two targets, flags a bad amount until it is fixed, saves them beside the opportunities and keeps them after a reload', async () => {
    const { page } = app;
    await page.getByTestId('target-add-first').click();
    const rows = page.getByTestId('target-row');
    await expect(rows.count()).resolves.toBe(1);
    const period = await rows.nth(0).getByTestId('target-period').inputValue();
    expect(period).toMatch(/^FY\d{4}-Q[1-4]$/);
    // The new row's amount has the focus, so typing goes straight in.
    await page.keyboard.type('1.2M');

    await page.getByTestId('target-add').click();
    await expect(rows.count()).resolves.toBe(2);
    // The second row starts as the next free combination: the quarter's revenue target.
    await expect(rows.nth(1).getByTestId('target-kind').inputValue()).resolves.toBe('revenue');
    await rows.nth(1).getByTestId('target-amount').fill('eight hundred');
    await rows.nth(1).getByTestId('target-amount').blur();
    await expect(page.getByTestId('target-problems').innerText()).resolves.toBe(
      '“eight hundred” is not an amount; write it like 1,200,000 or 1.2M.',
    );
    await expect(page.getByTestId('targets-save').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('targets-status').innerText()).resolves.toBe(
      '1 row needs fixing before you can save',
    );
    await page.screenshot({ path: join(artifactsDir, 'targets-error.png'), fullPage: true });

    await rows.nth(1).getByTestId('target-amount').fill('800,000');
    await expect(page.getByTestId('target-problems').count()).resolves.toBe(0);
    await expect(rows.nth(0).getByTestId('target-amount').inputValue()).resolves.toBe('1,200,000');
    await expect(page.getByTestId('target-totals').innerText()).resolves.toMatch(
      /Pipeline created\s+1,200,000\s+Revenue won\s+800,000/,
    );
    await page.screenshot({ path: join(artifactsDir, 'targets-filled.png'), fullPage: true });

    // No sample to remove: Save saves at once, without asking.
    await page.getByTestId('targets-save').click();
    await expect
      .poll(() => page.getByTestId('targets-status').innerText(), { timeout: 10_000 })
      .toContain('Saved');
    await expect(page.getByTestId('targets-confirm').count()).resolves.toBe(0);
    await expect(page.getByTestId('targets-source').innerText()).resolves.toContain('Entered here');
    // The targets join the opportunities; the opportunities stay.
    await expect(storedCounts(app)).resolves.toMatchObject({
      published: { opportunities: 10, targets: 2 },
      imports: 2,
    });

    await page.reload();
    await page.getByTestId('targets-table').waitFor({ timeout: 30_000 });
    const saved = page.getByTestId('target-row');
    await expect(saved.count()).resolves.toBe(2);
    const amounts = await saved
      .getByTestId('target-amount')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(amounts).toEqual(['1,200,000', '800,000']);
    await expect(page.getByTestId('targets-save').isDisabled()).resolves.toBe(true);

    // The download re-imports through Import data's importer to the same two targets.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('targets-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^quarterdeck-targets-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(readFileSync(await download.path()));
    const result = importRecords('targets', bytes, { fileName: download.suggestedFilename() });
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      { period, demandSource: 'all', segment: 'all', kind: 'pipeline', amount: 1_200_000 },
      { period, demandSource: 'all', segment: 'all', kind: 'revenue', amount: 800_000 },
    ]);
  });
});
