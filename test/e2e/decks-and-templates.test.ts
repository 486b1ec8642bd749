import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEMPLATE_IDS } from '../../shared/deck/deck-model';
import { TEMPLATES } from '../../shared/deck/templates';
import { openApp, type AppHarness } from './app-harness';

/** The slide kinds listed in the editor, in order. */
const thumbKinds = (page: Page) =>
  page.getByTestId('slide-thumb').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));

/** Starts a deck from a template through the New deck dialog. */
async function newDeck(page: Page, template: string, name?: string): Promise<void> {
  await page.getByTestId('deck-new').click();
  await page.getByTestId(`template-${template}`).click();
  if (name !== undefined) await page.getByTestId('new-deck-name').fill(name);
  await page.getByTestId('create-deck').click();
  await expect.poll(() => page.getByTestId('new-deck-dialog').count()).toBe(0);
}

describe('decks for every forum', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app.close();
  });

  it('starts with the monthly review and offers every template', async () => {
    const { page } = app;
    await expect
      .poll(() => page.getByTestId('deck-template').textContent())
      .toContain('Monthly Business Review');
    await page.getByTestId('deck-new').click();
    for (const id of TEMPLATE_IDS) {
      await expect
        .poll(() => page.getByTestId(`template-${id}`).textContent())
        .toContain(TEMPLATES[id].name);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('new-deck-dialog').count()).toBe(0);
  });

  for (const id of TEMPLATE_IDS) {
    it(`builds the ${TEMPLATES[id].name} in its own storyline order`, async () => {
      const { page } = app;
      await newDeck(page, id);
      await expect
        .poll(() => page.getByTestId('deck-template').textContent())
        .toContain(TEMPLATES[id].name);
      await expect.poll(() => thumbKinds(page)).toEqual([...TEMPLATES[id].slides]);
      expect(await page.getByTestId('storyline-warning').count()).toBe(0);
      const options = await page.getByTestId('deck-select').locator('option').allTextContents();
      expect(options.some((o) => o.includes(TEMPLATES[id].name))).toBe(true);
    });
  }

  it('warns when the outlook deck’s order breaks its rule and fixes it in one click', async () => {
    const { page } = app;
    await newDeck(page, 'outlook', 'Planning forum');
    const landings = page.locator('[data-testid="slide-thumb"][data-kind="landings-summary"]');
    for (let i = 0; i < 4; i++) await landings.getByTestId('move-up').click();
    await expect
      .poll(() => page.getByTestId('storyline-warning').textContent())
      .toContain('the long-outlook forum leads with the create view and the projection.');
    await page.getByTestId('fix-order').click();
    await expect.poll(() => thumbKinds(page)).toEqual([...TEMPLATES.outlook.slides]);
    expect(await page.getByTestId('storyline-warning').count()).toBe(0);
  });

  it('adds a divider and a free-text slide that present mode shows in their place', async () => {
    const { page } = app;
    await newDeck(page, 'board', 'Board, November');
    await page.locator('[data-testid="slide-thumb"][data-kind="title"] .qd-thumb__preview').click();
    await page.getByTestId('add-slide-kind').selectOption('free-text');
    await page.getByTestId('add-slide-button').click();
    await page.getByTestId('headline-input').fill('Three asks of the board');
    await page.getByTestId('body-input').fill('- Approve the Q1 events budget\n- Hire two SDRs');
    await page.getByTestId('body-input').blur();
    await expect
      .poll(() => page.locator('.qd-editor__slide [data-testid="slide-text"]').textContent())
      .toContain('Approve the Q1 events budget');
    await page.getByTestId('add-slide-kind').selectOption('section-divider');
    await page.getByTestId('add-slide-button').click();
    // A divider names the act after it: the board deck's landings.
    await expect
      .poll(() => page.locator('.qd-editor__slide [data-testid="slide"]').textContent())
      .toContain('Where the quarter lands');
    await expect
      .poll(() => thumbKinds(page))
      .toEqual([
        'title',
        'free-text',
        'section-divider',
        'landings-summary',
        'contribution-targets',
        'net-new-meetings',
        'forward-projection',
        'definitions',
      ]);
    expect(await page.getByTestId('storyline-warning').count()).toBe(0);

    await page.getByTestId('present').click();
    await page.locator('[data-testid="slide"]').first().waitFor();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-testid="slide"]').first().textContent())
      .toContain('Three asks of the board');
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-editor').waitFor();
  });

  it('renames, duplicates and deletes decks, and keeps them after a reload', async () => {
    const { page } = app;
    await page.getByTestId('deck-rename').click();
    await page.getByTestId('deck-name-input').fill('Board, 26 November');
    await page.getByTestId('deck-rename-save').click();
    await expect
      .poll(() => page.getByTestId('deck-select').locator('option:checked').textContent())
      .toContain('Board, 26 November');
    await page.getByTestId('deck-duplicate').click();
    await expect
      .poll(() => page.getByTestId('deck-select').locator('option:checked').textContent())
      .toContain('Board, 26 November (copy)');
    // The copy holds the free-text slide with its words.
    await expect.poll(() => thumbKinds(page)).toContain('free-text');
    const before = await page.getByTestId('deck-select').locator('option').count();
    await page.getByTestId('deck-delete').click();
    await page.getByTestId('deck-delete-confirm').click();
    await expect
      .poll(() => page.getByTestId('deck-select').locator('option').count())
      .toBe(before - 1);
    await page.reload();
    await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
    const names = await page.getByTestId('deck-select').locator('option').allTextContents();
    expect(names.some((n) => n.startsWith('Board, 26 November ·'))).toBe(true);
    expect(names.some((n) => n.includes('(copy)'))).toBe(false);
    expect(names.some((n) => n.startsWith('Planning forum'))).toBe(true);
  });

  it('removes a slide only after asking', async () => {
    const { page } = app;
    await page
      .getByTestId('deck-select')
      .selectOption({ label: 'Board, 26 November · Board update' });
    await page
      .locator('[data-testid="slide-thumb"][data-kind="net-new-meetings"] .qd-thumb__preview')
      .click();
    await page.getByTestId('remove-slide').click();
    await page.getByTestId('remove-slide-confirm').click();
    await expect.poll(() => thumbKinds(page)).not.toContain('net-new-meetings');
  });
});
