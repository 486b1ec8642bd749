import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, repoRoot, type AppHarness } from './app-harness';

const fixture = join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile-opportunities.csv');

/** Whether any injected markup ran or became an element: the fixture's payloads set or create these. */
async function injectedEffects(page: Page): Promise<{ pwned: unknown; elements: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], script:not([src])')
      .length,
  }));
}

/** Elements with text that stick out of their slide: what a PDF page would cut or overprint. */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const slide of Array.from(document.querySelectorAll('[data-testid="slide"]'))) {
      const box = slide.getBoundingClientRect();
      for (const element of Array.from(slide.querySelectorAll('*'))) {
        const hasText = Array.from(element.childNodes).some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!hasText) continue;
        const r = element.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) {
          found.push(
            `${slide.getAttribute('data-kind')}: ${(element.textContent ?? '').slice(0, 60)}`,
          );
        }
      }
    }
    return found;
  });
}

/** The records of a CSV file as PapaParse reads them. */
function parseCsvFile(text: string): string[][] {
  const records: string[][] = [];
  Papa.parse<string[]>(text, {
    header: false,
    delimitersToGuess: [','],
    step: (result) => records.push(result.data),
  });
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

describe('hostile CRM content renders inertly and legibly everywhere', () => {
  let app: AppHarness;
  const dialogs: string[] = [];
  const printErrors: string[] = [];

  beforeAll(async () => {
    app = await openApp();
    // An alert from an onerror/onload payload would open a dialog: record it and fail below.
    app.context.on('page', (page) => page.on('dialog', (d) => void d.dismiss()));
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('reviews the hostile export with every payload shown as text', async () => {
    const { page } = app;
    await page.goto(`${app.url}/index.html#/import`);
    await page.getByTestId('import-file').setInputFiles(fixture);
    await page.getByTestId('import-summary').waitFor();
    await expect(page.getByTestId('summary-rows-read').innerText()).resolves.toMatch(/\b13\b/);
    await expect(page.getByTestId('summary-rejected').innerText()).resolves.toMatch(/\b3\b/);

    const preview = await page.getByTestId('import-preview').innerText();
    expect(preview).toContain('<img src=x onerror=alert(1)>');
    expect(preview).toContain('=HYPERLINK("http://evil","x")');
    expect(preview).toContain('פרויקט אור - Enterprise');
    expect(preview).not.toContain('\u202E');

    const reasons = await page.getByTestId('rejected-reason').allInnerTexts();
    expect(reasons).toHaveLength(3);
    expect(reasons[1]).toContain('“<script>window.__pwned=1</script>”');
    // The 10,000-character close date is cut to 240 characters, whole text in the tooltip.
    expect(reasons[2]).toHaveLength(240);
    expect(reasons[2]?.endsWith('…')).toBe(true);

    await page.screenshot({
      path: join(artifactsDir, 'hostile-import-review.png'),
      fullPage: true,
    });
    expect(await injectedEffects(page)).toEqual({ pwned: undefined, elements: 0 });
  });

  it('downloads the rejected rows as CSV with every formula neutralised', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-rejects').click(),
    ]);
    expect(download.suggestedFilename()).toBe('hostile-opportunities-rejected-rows.csv');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsvFile(text.slice(1));
    expect(header?.slice(0, 5)).toEqual([
      'Line',
      'Column',
      'Reason',
      'Opportunity ID',
      'Opportunity Name',
    ]);
    expect(rows).toHaveLength(3);
    const [formula, script, long] = rows as [string[], string[], string[]];
    // Line numbers are numbers; raw cells that start like a formula carry a leading quote.
    expect(formula.slice(0, 2)).toEqual(['13', 'Amount']);
    expect(formula[4]).toBe(`'\tTabbed name`);
    expect(formula[5]).toBe(`'\nCarriage Return Co`);
    expect(formula[7]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(formula[13]).toBe(`'-Web`);
    expect(formula[15]).toBe(`'@owner`);
    expect(script[4]).toBe('<script>window.__pwned=1</script>');
    expect(script[13]).toBe(`'+Partner`);
    expect(long[8]).toHaveLength(10_000);
    // No cell anywhere starts like a formula once read back.
    for (const row of rows) {
      for (const cell of row.slice(1)) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
    }
  });

  it('stores the batch and drafts a deck whose data notes stay legible', async () => {
    const { page } = app;
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('deck-editor').waitFor();
    const notesThumb = page.locator('[data-testid="slide-thumb"][data-kind="data-notes"]');
    await notesThumb.click();
    const slide = page
      .locator('[data-testid="deck-editor"] [data-testid="slide"][data-kind="data-notes"]')
      .first();
    await slide.waitFor();
    const text = await slide.innerText();
    expect(text).toContain('Line 13: Amount “=HYPERLINK("http://evil","x")” is not an amount.');
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('…');
    expect(await injectedEffects(page)).toEqual({ pwned: undefined, elements: 0 });
  });

  it('truncates the 10,000-character lead source in settings and merges the zero-width spelling', async () => {
    const { page } = app;
    await page.goto(`${app.url}/index.html#/settings`);
    await page.getByTestId('demand-source-table').waitFor();
    const raws = page.getByTestId('lead-source-raw');
    const long = raws.filter({ hasText: 'Webinar Ünïcödé' });
    const shown = await long.innerText();
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown.endsWith('…')).toBe(true);
    expect((await long.getAttribute('title'))?.length).toBe(1000);
    const box = await long.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(301);
    // The long value does not push the override column out of the card.
    const table = page.getByTestId('demand-source-table');
    const fits = await table.evaluate((t) => {
      const scroller = t.parentElement;
      return scroller !== null && scroller.scrollWidth <= scroller.clientWidth;
    });
    expect(fits).toBe(true);
    // "We\u200Bb" is the same lead source as "Web": one row, the spelling listed with a note.
    const webRow = page
      .getByTestId('demand-source-row')
      .filter({ has: raws.getByText('Web', { exact: true }) });
    await expect(webRow.innerText()).resolves.toMatch(/with invisible characters/);
    await expect(webRow.innerText()).resolves.toMatch(/Marketing/);
    await page.screenshot({ path: join(artifactsDir, 'hostile-settings.png'), fullPage: true });
    expect(await injectedEffects(page)).toEqual({ pwned: undefined, elements: 0 });
  });

  it('exports an eight-page PDF with nothing run and nothing overflowing its page', async () => {
    const printPage = await app.context.newPage();
    printPage.on('pageerror', (error) => printErrors.push(error.message));
    printPage.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await printPage.goto(`${app.url}/index.html#/print`);
    await printPage.waitForFunction(
      () => document.documentElement.dataset.printReady === 'true',
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await injectedEffects(printPage)).toEqual({ pwned: undefined, elements: 0 });
    expect(await overflowingText(printPage)).toEqual([]);
    for (const kind of ['title', 'data-notes']) {
      await printPage
        .locator(`[data-testid="slide"][data-kind="${kind}"]`)
        .screenshot({ path: join(artifactsDir, `hostile-slide-${kind}.png`) });
    }
    const pdfPath = join(artifactsDir, 'hostile-deck.pdf');
    await printPage.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    await printPage.close();

    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    // Deals alone: the eight slides they can draw, definitions included.
    expect(info).toMatch(/^Pages:\s+8$/m);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('…');
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).not.toMatch(/NaN|undefined/);
    expect(text).not.toContain('\u202E');
    expect(printErrors).toEqual([]);
  });

  it('opened no dialog and made no request outside the app', () => {
    expect(dialogs).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
