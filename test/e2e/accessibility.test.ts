import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, run } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppHarness } from './app-harness';

/**
 * axe-core's browser bundle. It goes in through the DevTools protocol, as the axe browser
 * extension does, because the app's Content-Security-Policy (rightly) refuses inline scripts.
 */
const AXE_SOURCE = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

/** The impacts that block a user outright or nearly so: these must never ship. */
const BLOCKING = new Set(['serious', 'critical']);

/** How many of a violation's elements a failure lists: enough to find it, few enough to read. */
const TARGETS_SHOWN = 3;

/**
 * Runs axe-core over the whole document as it stands and returns every serious or critical
 * violation as one line: the rule, its impact, what it asks for and where it was found.
 */
async function blockingViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: typeof run } }).axe;
    const results: AxeResults = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
  return violations
    .filter((v) => BLOCKING.has(v.impact))
    .map((v) => {
      const more =
        v.targets.length > TARGETS_SHOWN ? ` (+${v.targets.length - TARGETS_SHOWN})` : '';
      return `${v.id} (${v.impact}): ${v.help} — at ${v.targets.slice(0, TARGETS_SHOWN).join(' | ')}${more}`;
    });
}

describe('every screen is usable with a screen reader, the keyboard and low vision', () => {
  let app: AppHarness;

  /** Moves to a route in the same document, as the app's own links do. */
  const visit = (hash: string) => app.page.goto(`${app.url}/index.html#/${hash}`);

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('the first-run home screen of an empty workspace', async () => {
    await app.page.getByTestId('load-sample').waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('the deck editor', async () => {
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
    // The landings summary: its KPI tiles open their records, so the next cases can use one.
    await app.page.locator('[data-testid="slide-thumb"][data-kind="landings-summary"]').click();
    await app.page.locator('[data-testid="kpi"][data-drill-path]').first().waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('the New deck dialog', async () => {
    await app.page.getByTestId('deck-new').click();
    await app.page.getByTestId('new-deck-dialog').waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('new-deck-dialog').waitFor({ state: 'detached' });
  });

  it('the records behind a figure', async () => {
    await app.page.locator('[data-testid="kpi"][data-drill-path]').first().click();
    await app.page.getByTestId('drill-dialog').getByTestId('drill-count').waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('drill-dialog').waitFor({ state: 'detached' });
  });

  it('the import screen', async () => {
    await visit('import');
    await app.page.getByRole('heading', { name: 'Import your CRM exports' }).waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('the import history', async () => {
    await visit('history');
    await app.page.getByTestId('history-screen').waitFor();
    await app.page.getByTestId('history-screen').locator('table').first().waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('the targets', async () => {
    await visit('targets');
    await app.page.getByTestId('target-row').first().waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('the settings', async () => {
    await visit('settings');
    // Both tables fill in once the workspace is read, so they are checked with their contents.
    await app.page.getByTestId('definition-table').waitFor();
    await app.page.getByTestId('demand-source-row').first().waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('about & backup', async () => {
    await visit('about');
    await app.page.getByTestId('about-row-counts').waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('present mode', async () => {
    await visit('present?slide=1');
    await app.page.getByTestId('present-slide').waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });

  it('the presenter view', async () => {
    await visit('presenter?slide=1');
    await app.page.getByTestId('presenter-current').waitFor();
    expect(await blockingViolations(app.page)).toEqual([]);
  });
});
