import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactsDir,
  openApp,
  printDeckToPdf,
  repoRoot,
  storedCounts,
  type AppHarness,
} from './app-harness';

const fixture = join(repoRoot, 'test', 'fixtures', 'e2e', 'acme-opportunities.csv');

/** How many opportunities the workspace holds under confirmed imports, read straight from IndexedDB. */
async function storedOpportunityCount(app: AppHarness): Promise<number> {
  return (await storedCounts(app)).published.opportunities ?? 0;
}

describe('a marketing head goes from a Salesforce export to a board-ready PDF', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('offers the sample workspace or an import on first run', async () => {
    await app.page.getByTestId('load-sample').waitFor();
    await expect(app.page.getByTestId('start-import').isVisible()).resolves.toBe(true);
  });

  it('shows what the import will do before storing anything', async () => {
    await app.page.goto(`${app.url}/index.html#/import`);
    await app.page.getByTestId('import-file').setInputFiles(fixture);
    const summary = app.page.getByTestId('import-summary');
    await summary.waitFor();
    await expect(app.page.getByTestId('import-format').innerText()).resolves.toMatch(
      /Salesforce Opportunities/,
    );
    await expect(app.page.getByTestId('summary-rows-read').innerText()).resolves.toMatch(/\b10\b/);
    await expect(app.page.getByTestId('summary-rejected').innerText()).resolves.toMatch(/\b0\b/);
    await expect(app.page.getByTestId('import-footer-check').innerText()).resolves.toMatch(
      /10 records; 10 read/,
    );
    expect(await storedOpportunityCount(app)).toBe(0);
  });

  it('stores the batch on confirm and opens a landings-first deck', async () => {
    await app.page.getByTestId('import-confirm').click();
    await app.page.getByTestId('deck-editor').waitFor();
    expect(await storedOpportunityCount(app)).toBe(10);
    const kinds = await app.page
      .getByTestId('slide-thumb')
      .evaluateAll((thumbs) => thumbs.map((t) => t.getAttribute('data-kind')));
    expect(kinds).toEqual([
      'title',
      'landings-summary',
      'landings-by-source',
      'influence',
      'attribution',
      'pivot',
      'created-by-source-segment',
      'forward-projection',
      'contribution-targets',
      'funnel-by-channel',
      'net-new-meetings',
      'accounts-and-channels',
      'definitions',
      'data-notes',
    ]);
    await app.page.getByTestId('slide-thumb').nth(1).click();
    // 48,000.00 + 120,000.00 won in FY2026 Q3 by 2026-08-20, rounded to 3 significant figures.
    await expect(app.page.getByTestId('deck-editor').innerText()).resolves.toContain('$168K');
  });

  it('steps through the deck with the keyboard in present mode', async () => {
    const { page } = app;
    await page.getByTestId('present').click();
    const counter = page.getByTestId('slide-counter');
    await counter.waitFor();
    const expectCounter = async (text: string) =>
      expect.poll(() => counter.innerText(), { timeout: 5000 }).toBe(text);
    await expectCounter('1 / 8');
    await page.keyboard.press('ArrowRight');
    await expectCounter('2 / 8');
    await page.keyboard.press('Space');
    await expectCounter('3 / 8');
    await page.keyboard.press('PageUp');
    await expectCounter('2 / 8');
    await page.keyboard.press('End');
    await expectCounter('8 / 8');
    await page.keyboard.press('ArrowRight');
    await expectCounter('8 / 8');
    await page.keyboard.press('Home');
    await expectCounter('1 / 8');
    await page.keyboard.press('PageDown');
    await expectCounter('2 / 8');
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-editor').waitFor();
  });

  it('exports one 960 × 540 pt page per visible slide with the landed figure as text', async () => {
    const { page } = app;
    const lastThumb = page.getByTestId('slide-thumb').last();
    await lastThumb.getByTestId('toggle-hidden').click();
    await expect.poll(() => lastThumb.getAttribute('data-hidden'), { timeout: 5000 }).toBe('true');

    const pdfPath = join(artifactsDir, 'acme-deck.pdf');
    await printDeckToPdf(app, pdfPath);

    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    // Eight slides the deals alone can draw (title, landings ×2, pivot, created, forward,
    // definitions, data notes), less the hidden data notes.
    expect(info).toMatch(/^Pages:\s+7$/m);
    expect(info).toMatch(/^Page size:\s+960 x 540 pts/m);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('$168K');
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('made no request outside the app during the whole session', () => {
    expect(app.foreignRequests).toEqual([]);
  });
});
