import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, printDeckToPdf, type AppHarness } from './app-harness';

describe('a new user explores the sample workspace', () => {
  let app: AppHarness;
  /** Slides the sample's records can draw: every kind once the sample holds every record kind. */
  let drawable = 0;

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('builds a full deck from the sample in one click', async () => {
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
    // Every slide kind is listed; the ones whose records the sample lacks are marked, not dropped.
    await expect(app.page.getByTestId('slide-thumb').count()).resolves.toBe(14);
    drawable = await app.page
      .locator('[data-testid="slide-thumb"][data-unavailable="false"]')
      .count();
    expect(drawable).toBeGreaterThanOrEqual(7);
    await expect(app.page.getByTestId('sample-badge').isVisible()).resolves.toBe(true);
    await app.page.screenshot({ path: join(artifactsDir, 'sample-deck-editor.png') });
  });

  it('labels every page of the exported PDF as sample data', async () => {
    drawable = await app.page
      .locator('[data-testid="slide-thumb"][data-unavailable="false"]')
      .count();
    expect(drawable).toBeGreaterThanOrEqual(7);
    const pdfPath = join(artifactsDir, 'sample-deck.pdf');
    await printDeckToPdf(app, pdfPath);

    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    // One page per drawable slide: a slide waiting for records is left out, never printed empty.
    expect(info).toMatch(new RegExp(`^Pages:\\s+${drawable}$`, 'm'));
    for (let page = 1; page <= drawable; page++) {
      const text = execFileSync(
        'pdftotext',
        ['-f', String(page), '-l', String(page), pdfPath, '-'],
        {
          encoding: 'utf8',
        },
      );
      expect(text, `page ${page}`).toMatch(/SAMPLE DATA/);
      expect(text, `page ${page}`).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('draws every chart of the deck with content', async () => {
    const printPage = await app.context.newPage();
    await printPage.goto(`${app.url}/index.html#/print`);
    await printPage.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
    const blankCharts = await printPage.evaluate(
      () =>
        [...document.querySelectorAll('canvas')].filter((canvas) => {
          const context = canvas.getContext('2d');
          if (!context || canvas.width === 0 || canvas.height === 0) return true;
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return false;
          return true;
        }).length,
    );
    await printPage.close();
    expect(blankCharts).toBe(0);
  });
});
