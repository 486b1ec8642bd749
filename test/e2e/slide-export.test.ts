import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppHarness } from './app-harness';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks a button that downloads and returns the file's name and bytes. */
async function download(page: Page, testId: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { fileName: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** A downloaded CSV's records, after its UTF-8 BOM (which the drill-down CSV has too). */
function records(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  Papa.parse<string[]>(text.slice(1).trimEnd(), {
    header: false,
    step: (result) => rows.push(result.data),
  });
  return rows;
}

/** Selects the thumbnail of a slide kind and waits until the editor shows it. */
async function select(page: Page, kind: string): Promise<void> {
  await page.locator(`[data-testid="slide-thumb"][data-kind="${kind}"] .qd-thumb__preview`).click();
  await page.locator(`.qd-editor__slide[data-selected-kind="${kind}"]`).waitFor();
}

describe('someone who builds their own slides takes a slide’s chart and data', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
  });

  afterAll(async () => {
    await app.close();
  });

  it('saves the landings summary chart as a sharp PNG and its figures as CSV', async () => {
    const { page } = app;
    await select(page, 'landings-summary');
    await page.locator('.qd-editor__slide canvas').waitFor();

    const png = await download(page, 'slide-export-png');
    expect(png.fileName).toBe('landings-summary.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR is the first chunk: its width is the big-endian word at byte 16.
    expect(png.bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);

    const csv = await download(page, 'slide-export-csv');
    expect(csv.fileName).toBe('landings-summary.csv');
    const rows = records(csv.bytes);
    expect(rows[0]).toEqual(['Label', 'Landed (USD)', 'Due, on time (USD)', 'Overdue (USD)']);
    // The KPI tiles follow: the landed tile's figure, as the slide shows it, is in the file.
    const landed = (
      (await page
        .locator(
          '.qd-editor__slide [data-testid="kpi"][data-drill-path="landings.landed"] .qd-kpi__value',
        )
        .textContent()) ?? ''
    ).trim();
    expect(landed).not.toBe('');
    const kpiAt = rows.findIndex((r) => r[0] === 'KPI');
    expect(rows[kpiAt - 1]).toEqual(['']);
    expect(rows.slice(kpiAt).some((r) => r[1] === landed)).toBe(true);
  });

  it('saves the definitions table as CSV with its columns and rows as shown', async () => {
    const { page } = app;
    await select(page, 'definitions');
    const png = page.getByTestId('slide-export-png');
    expect(await png.isDisabled()).toBe(true);

    const csv = await download(page, 'slide-export-csv');
    expect(csv.fileName).toBe('definitions.csv');
    const rows = records(csv.bytes);
    const shownHeaders = await page
      .locator('.qd-editor__slide thead th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
    expect(rows[0]).toEqual(shownHeaders);
    const firstRow = await page
      .locator('.qd-editor__slide tbody tr')
      .first()
      .locator('td, th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));
    expect(rows[1]).toEqual(firstRow);
  });

  it('offers no PNG for a section divider, and says why', async () => {
    const { page } = app;
    await select(page, 'title');
    await page.getByTestId('add-slide-kind').selectOption('section-divider');
    await page.getByTestId('add-slide-button').click();
    await page.locator('.qd-editor__slide[data-selected-kind="section-divider"]').waitFor();
    const png = page.getByRole('button', { name: 'Chart as PNG' });
    expect(await png.isDisabled()).toBe(true);
    expect(await png.getAttribute('title')).toBe('This slide has no chart to save as an image.');
  });
});
