import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppHarness } from './app-harness';

describe('the definition lock', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
  });

  afterAll(async () => {
    await app.close();
  });

  it('sets the sourced landings side by side under the three definitions, Lead Source in use', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    const table = page.getByTestId('definition-table');
    await table.waitFor({ timeout: 30_000 });
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual([
      'Landings this quarter',
      'Lead Source\nIN USE',
      'Primary Campaign Source',
      'First touch',
    ]);
    // The sample has campaign members, so every definition has a share, none "—".
    for (const definition of ['leadSource', 'primaryCampaign', 'firstTouch']) {
      await expect(page.getByTestId(`definition-share-${definition}`).innerText()).resolves.toMatch(
        /^\d+%$/,
      );
    }
  });

  it('applies the chosen definition to the deck, whose footers say which one', async () => {
    const { page } = app;
    await page.getByTestId('settings-sourced-by-firstTouch').click();
    await expect
      .poll(() => page.locator('.definition-table__chosen').first().innerText(), {
        timeout: 30_000,
      })
      .toContain('First touch');
    const firstTouchShare = await page.getByTestId('definition-share-firstTouch').innerText();
    await page.getByTestId('nav-deck').click();
    await page.getByTestId('deck-editor').waitFor();
    await page
      .locator('[data-testid="slide-thumb"][data-kind="landings-by-source"] .qd-thumb__preview')
      .click();
    const footers = page.locator('[data-testid="deck-editor"] .qd-foot');
    await expect
      .poll(() => footers.allInnerTexts(), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining('sourced by First touch'));
    expect((await footers.allInnerTexts()).join('\n')).not.toContain('sourced by Lead Source');
    // The landings slide's marketing-sourced share is the first-touch column's.
    await expect(page.getByTestId('deck-editor').innerText()).resolves.toContain(firstTouchShare);
  });

  it('refuses a lookback that is not a whole number of days, keeping the saved one', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    const field = page.getByTestId('settings-lookback');
    await field.fill('-5');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#settings-lookback-error').innerText()).resolves.toContain(
      'keeps 180 days',
    );
    await field.fill('90');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('false');
  });
});
