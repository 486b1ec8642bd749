import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/format';
import { artifactsDir, openApp, type AppHarness } from './app-harness';

/** The number in a formatted amount ("$1,234.50" → 1234.5). */
const amountOf = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

/** A slide-rounded amount without its currency prefix ("$1.23M" → "1.23M"). */
const withoutPrefix = (text: string): string => text.replace(/^[^\d-]+/, '');

describe('a marketing head opens the records behind a figure', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
    await app.page.locator('[data-testid="slide-thumb"][data-kind="landings-summary"]').click();
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows the landed deals, their count and Σ equal to the landed figure', async () => {
    const page = app.page;
    const tile = page.locator('[data-testid="kpi"][data-drill-path="landings.landed"]');
    const shown = (await tile.locator('.qd-kpi__value').textContent()) ?? '';
    await tile.click();
    const dialog = page.getByRole('dialog', { name: /Landed/ });
    await dialog.getByTestId('drill-sum').waitFor();
    const sum = amountOf((await dialog.getByTestId('drill-sum').textContent()) ?? '');
    const count = amountOf((await dialog.getByTestId('drill-count').textContent()) ?? '');
    // The Σ is the unrounded figure: rounded as the slide rounds, it reads as the tile does.
    expect(withoutPrefix(formatMoney(sum))).toBe(withoutPrefix(shown));
    expect(count).toBeGreaterThan(0);
    expect(await dialog.getByText('equal the figure on the slide').isVisible()).toBe(true);
    await expect(dialog.locator('tbody tr').count()).resolves.toBe(Math.min(count, 1000));
    await page.screenshot({ path: join(artifactsDir, 'drill-dialog.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByTestId('drill-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Quarterdeck Landed .*\.csv$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const records: string[][] = [];
    Papa.parse<string[]>(text.trimEnd(), {
      header: false,
      step: (result) => records.push(result.data),
    });
    expect(records[0]).toEqual([
      'Opportunity id',
      'Name',
      'Account',
      'Lead source',
      'Demand source',
      'Segment',
      'Status',
      'Stage',
      'Created',
      'Close date',
      'Amount',
    ]);
    expect(records).toHaveLength(count + 1);
    const cents = records
      .slice(1)
      .reduce((total, row) => total + Math.round(Number(row[10]) * 100), 0);
    expect(cents).toBe(Math.round(sum * 100));
  });

  it('closes on Esc and gives focus back to the figure', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('drill-dialog').count()).resolves.toBe(0);
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-drill-path'),
    );
    expect(focused).toBe('landings.landed');
  });

  it('opens a chart bar’s records from the keyboard', async () => {
    const page = app.page;
    const button = page.locator('[data-testid="chart-drill-buttons"] button').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('drill-dialog').getByTestId('drill-count').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('drill-dialog').count()).resolves.toBe(0);
  });
});
