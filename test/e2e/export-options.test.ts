import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, type AppHarness } from './app-harness';

/** The export dialog as a person meets it: a modal dialog named "Export PDF". */
const exportDialog = (app: AppHarness) => app.page.getByRole('dialog', { name: 'Export PDF' });

describe('the export dialog sets what the PDF holds', () => {
  let app: AppHarness;
  let defaultTitle = '';
  let printed: Page;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens from Export PDF with slides chosen and the deck’s name and period as the title', async () => {
    await app.page.getByTestId('export-pdf').click();
    await exportDialog(app).waitFor();
    await expect(
      exportDialog(app)
        .getByRole('radio', { name: /Slides only/ })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(
      app.page
        .getByRole('checkbox', { name: /Appendix: the records behind each figure/ })
        .isChecked(),
    ).resolves.toBe(false);
    defaultTitle = await exportDialog(app).getByLabel('Title', { exact: true }).inputValue();
    expect(defaultTitle).toMatch(/^Monthly Business Review · FY\d{4} Q[1-4]$/);
    await app.page.screenshot({ path: join(artifactsDir, 'export-dialog.png') });
  });

  it('closes with Esc and with Cancel, exporting nothing', async () => {
    await app.page.keyboard.press('Escape');
    await exportDialog(app).waitFor({ state: 'detached' });
    await app.page.getByTestId('export-pdf').click();
    await exportDialog(app).getByRole('button', { name: 'Cancel' }).click();
    await exportDialog(app).waitFor({ state: 'detached' });
    await expect(app.page.getByTestId('export-status').count()).resolves.toBe(0);
    expect(app.context.pages()).toHaveLength(1);
  });

  it('stops an author at the 120 characters a PDF takes', async () => {
    await app.page.getByTestId('export-pdf').click();
    await exportDialog(app)
      .getByLabel(/Author/)
      .fill(`${'x'.repeat(120)}y`);
    await expect(
      exportDialog(app)
        .getByLabel(/Author/)
        .inputValue(),
    ).resolves.toHaveLength(120);
    await app.page.keyboard.press('Escape');
    await exportDialog(app).waitFor({ state: 'detached' });
  });

  it('opens the handout with the appendix, titled and signed as typed, chosen by keyboard', async () => {
    await app.page.getByTestId('export-pdf').click();
    await exportDialog(app).waitFor();
    await exportDialog(app)
      .getByRole('radio', { name: /Handout with notes/ })
      .check();
    await exportDialog(app)
      .getByRole('checkbox', { name: /Appendix/ })
      .check();
    await exportDialog(app).getByLabel('Title', { exact: true }).fill('Harborline board pack');
    await exportDialog(app)
      .getByLabel(/Author/)
      .fill('Dana Reyes');
    const popup = app.context.waitForEvent('page');
    await exportDialog(app)
      .getByLabel(/Author/)
      .press('Enter');
    printed = await popup;
    await printed.waitForFunction(
      () => document.documentElement.dataset.printReady === 'true',
      null,
      {
        timeout: 90_000,
      },
    );
    const query = new URL(printed.url()).hash;
    expect(query).toContain('layout=handout');
    expect(query).toContain('appendix=1');
    await expect(printed.title()).resolves.toBe('Harborline board pack');
    await expect(exportDialog(app).count()).resolves.toBe(0);
    await expect(app.page.getByTestId('export-status').innerText()).resolves.toMatch(
      /print view opened/,
    );
  });

  it('lays each slide out with its speaker notes, then the records behind each figure', async () => {
    const pages = await printed.getByTestId('handout-page').count();
    expect(pages).toBeGreaterThanOrEqual(7);
    await expect(
      printed.getByTestId('handout-page').first().getByText('Speaker notes').isVisible(),
    ).resolves.toBe(true);
    await expect(printed.getByTestId('appendix-figure').count()).resolves.toBeGreaterThan(10);
    const pdfPath = join(artifactsDir, 'export-options-handout.pdf');
    await printed.pdf({
      path: pdfPath,
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
    });
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    expect(info).toMatch(/^Title:\s+Harborline board pack$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Appendix: the records behind each figure');
    await printed.close();
  });

  it('remembers the author for the next export, and offers the deck’s title again', async () => {
    await app.page.getByTestId('export-pdf').click();
    await expect(
      exportDialog(app)
        .getByLabel(/Author/)
        .inputValue(),
    ).resolves.toBe('Dana Reyes');
    await expect(exportDialog(app).getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(
      defaultTitle,
    );
    await app.page.keyboard.press('Escape');
  });
});
