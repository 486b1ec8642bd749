import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEMPLATE_IDS, type TemplateId } from '../../shared/deck/deck-model';
import { TEMPLATES } from '../../shared/deck/templates';
import { artifactsDir, openApp, repoRoot, type AppHarness } from './app-harness';

/**
 * Every template's deck, slide by slide as present mode draws it, laid out as one contact sheet
 * per template. The sheets go to test-results/templates/ on every run, and to
 * docs/screenshots/templates/ (the README's pictures) when QD_DOCS_SCREENSHOTS=1.
 */
const OUT = join(artifactsDir, 'templates');
const DOCS = join(repoRoot, 'docs', 'screenshots', 'templates');

/** Starts a deck from a template through the New deck dialog. */
async function newDeck(page: Page, template: TemplateId): Promise<void> {
  await page.getByTestId('deck-new').click();
  await page.getByTestId(`template-${template}`).click();
  await page.getByTestId('create-deck').click();
  await expect
    .poll(() => page.getByTestId('deck-template').textContent())
    .toContain(TEMPLATES[template].name);
}

/** Waits until the slide on screen is fully drawn: every chart rendered, no empty chart. */
async function slideDrawn(page: Page): Promise<void> {
  await page.locator('[data-testid="slide"]').first().waitFor();
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="slide"] canvas')].every((c) =>
          Reflect.has(c, '$chartjs'),
        ),
      ),
    )
    .toBe(true);
}

/** Lays slide images out three to a row at a third of their size, with the template's name above, in a page of its own. */
async function contactSheet(app: AppHarness, title: string, slides: string[]): Promise<Buffer> {
  const page = await app.context.newPage();
  const cells = slides
    .map((png) => `<img src="data:image/png;base64,${png}" width="426" height="240">`)
    .join('');
  await page.setContent(
    `<html><body style="margin:0;padding:24px;background:#e2e8f0;font:600 20px system-ui;color:#0f172a">
      <h1 style="margin:0 0 16px;font-size:22px">${title}</h1>
      <div style="display:grid;grid-template-columns:repeat(3,426px);gap:12px">${cells}</div>
    </body></html>`,
  );
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  return png;
}

describe('every template’s slides, drawn for the docs', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await app.close();
  });

  for (const id of TEMPLATE_IDS) {
    it(`draws every shown slide of the ${TEMPLATES[id].name}`, async () => {
      const { page } = app;
      await page.goto(`${app.url}/index.html#/deck`);
      await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
      await newDeck(page, id);
      // Slides whose records the sample holds are all shown; the present count says how many.
      const shown = await page
        .getByTestId('slide-thumb')
        .evaluateAll(
          (els) =>
            els.filter(
              (e) =>
                e.getAttribute('data-unavailable') !== 'true' &&
                e.getAttribute('data-hidden') !== 'true',
            ).length,
        );
      expect(shown).toBe(TEMPLATES[id].slides.length);
      const images: string[] = [];
      for (let n = 1; n <= shown; n++) {
        await page.goto(`${app.url}/index.html#/present?slide=${n}`);
        await slideDrawn(page);
        // The pointer rests over the show in a headless browser, which reveals the hover counter.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('[data-testid="slide-counter"]'))
            el.style.visibility = 'hidden';
        });
        const slide = page.locator('[data-testid="slide"]').first();
        expect(await slide.getAttribute('data-kind')).toBeTruthy();
        images.push((await slide.screenshot()).toString('base64'));
      }
      const sheet = await contactSheet(app, TEMPLATES[id].name, images);
      writeFileSync(join(OUT, `${id}.png`), sheet);
      if (process.env.QD_DOCS_SCREENSHOTS === '1') {
        mkdirSync(DOCS, { recursive: true });
        writeFileSync(join(DOCS, `${id}.png`), sheet);
      }
    });
  }
});
