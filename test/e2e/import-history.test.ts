import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, repoRoot, type AppHarness } from './app-harness';

const fixture = join(repoRoot, 'test', 'fixtures', 'e2e', 'acme-opportunities.csv');
const august = join(artifactsDir, 'acme-opportunities-august.csv');

/**
 * Next month's export of the same report: Gull Point (22,000, due Aug 5) is won, Anchor Health
 * (15,000, due Sep 10) is pushed to October, Beacon Freight goes from 75,500.50 to 80,000, and
 * Pier Nine (40,000, due Sep 30) is new. Q3 2026's due pipeline was 75,500.50 + 22,000 +
 * 15,000 = 112,500.50; it becomes 80,000 + 40,000 = 120,000.
 */
function writeAugustExport(): void {
  const july = readFileSync(fixture, 'utf8');
  const replace = (text: string, from: string, to: string): string => {
    if (!text.includes(from)) throw new Error(`the fixture no longer holds ${from}`);
    return text.replace(from, to);
  };
  let text = replace(
    july,
    '"$22,000.00","8/5/2026","5/20/2026","Negotiation/Review","80","Commit"',
    '"$22,000.00","8/28/2026","5/20/2026","Closed Won","100","Closed"',
  );
  text = replace(text, '"$15,000.00","9/10/2026"', '"$15,000.00","10/15/2026"');
  text = replace(text, '"$75,500.50","9/25/2026"', '"$80,000.00","9/25/2026"');
  text = replace(
    text,
    '\n\n"Grand Totals (10 records)"',
    '\n"006E2E000000011","Pier Nine - Platform","Pier Nine Ltd","001E2E000000011","$40,000.00","9/30/2026","8/25/2026","Qualification","20","Pipeline","Webinar","New Business","Dana Whitfield","150"\n\n"Grand Totals (11 records)"',
  );
  writeFileSync(august, text);
}

/** Imports a file through the import screen, returns what its review showed, and confirms it. */
async function importFile(app: AppHarness, path: string): Promise<string[]> {
  await app.page.goto(`${app.url}/index.html#/import`);
  await app.page.getByTestId('import-file').setInputFiles(path);
  await app.page.getByTestId('import-summary').waitFor();
  const shown: string[] = [];
  for (const id of ['summary-rows-read', 'summary-imported', 'summary-rejected']) {
    shown.push(await app.page.getByTestId(id).innerText());
  }
  await app.page.getByTestId('import-confirm').click();
  await app.page.getByTestId('deck-editor').waitFor();
  return shown;
}

async function openHistory(app: AppHarness): Promise<void> {
  await app.page.getByTestId('nav-history').click();
  await app.page.getByTestId('history-screen').waitFor();
}

describe('a marketing head imports next month’s export and sees what changed', () => {
  let app: AppHarness;

  beforeAll(async () => {
    writeAugustExport();
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists the first import as active, with nothing to compare yet', async () => {
    const review = await importFile(app, fixture);
    await openHistory(app);

    await expect(app.page.getByTestId('history-row').count()).resolves.toBe(1);
    await expect(app.page.getByTestId('history-changes-empty').innerText()).resolves.toMatch(
      /next month, import the same report again/i,
    );
    // The figures after confirming are the ones the review showed before.
    const after = [
      await app.page.getByTestId('history-rows-read').innerText(),
      await app.page.getByTestId('history-imported').innerText(),
      await app.page.getByTestId('history-rejected').innerText(),
    ];
    expect(after).toEqual(review);
    expect(review).toEqual(['10', '10', '0']);
  });

  it('keeps the first import as a snapshot and bridges the quarter to the second', async () => {
    const review = await importFile(app, august);
    await openHistory(app);

    const rows = app.page.getByTestId('history-row');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/acme-opportunities-august\.csv/);
    await expect(rows.nth(0).getAttribute('data-active')).resolves.toBe('true');
    await expect(rows.nth(1).innerText()).resolves.toMatch(/acme-opportunities\.csv/);
    await expect(rows.nth(1).getAttribute('data-active')).resolves.toBe('false');
    expect(review).toEqual(['11', '11', '0']);
    await expect(app.page.getByTestId('history-rows-read').innerText()).resolves.toBe('11');

    await app.page.getByTestId('history-steps').waitFor();
    const steps = await app.page
      .getByTestId('history-step')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-kind'),
          tr.querySelector('[data-testid="history-step-amount"]')?.textContent ?? '',
        ]),
      );
    expect(steps).toEqual([
      ['start', '$112,500.50'],
      ['new', '+$40,000'],
      ['amountUp', '+$4,499.50'],
      ['pushedOut', '-$15,000'],
      ['won', '-$22,000'],
      ['end', '$120,000'],
    ]);
    await expect(app.page.getByTestId('history-bridge-check').innerText()).resolves.toMatch(
      /\$112,500\.50 \+ \$7,499\.50 in steps = now \$120,000 ✓/,
    );
    await expect(app.page.getByTestId('history-waterfall-chart').isVisible()).resolves.toBe(true);

    await app.page.locator('[data-testid="history-step"][data-kind="won"] button').click();
    const won = app.page.getByTestId('history-deal');
    await expect(won.count()).resolves.toBe(1);
    await expect(won.first().innerText()).resolves.toMatch(
      /006E2E000000005\s+Gull Point - Pilot\s+Gull Point Ltd\s+\$22,000 → \$22,000\s+Aug 5, 2026 → Aug 28, 2026 \(won\)\s+-\$22,000/,
    );
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.page.screenshot({ path: join(artifactsDir, 'import-history.png') });
    await app.page
      .getByTestId('history-changes')
      .screenshot({ path: join(artifactsDir, 'import-history-changes.png') });
  });

  it('makes the first import active again when the newest is deleted', async () => {
    await app.page.getByTestId('history-delete').first().click();
    await app.page.getByTestId('history-delete-confirm').click();

    const rows = app.page.getByTestId('history-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    await expect(rows.first().innerText()).resolves.toMatch(/acme-opportunities\.csv/);
    await expect(rows.first().getAttribute('data-active')).resolves.toBe('true');
    await app.page.getByTestId('history-changes-empty').waitFor();
    await expect(app.page.getByTestId('history-rows-read').innerText()).resolves.toBe('10');
  });
});
