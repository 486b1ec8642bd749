import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, type AppHarness } from './app-harness';

/**
 * A Salesforce leads report: 5 rows read. Line 4 has an unreadable created date (rejected),
 * line 6 repeats lead 00Q000000000002 (a duplicate id, the last row kept), so 4 rows import.
 * The footer says 5 records, which matches.
 */
const LEADS = `"Lead ID","Created Date","Company / Account","Lead Source","Lead Status","Converted","Converted Date","Converted Opportunity","Email"
"00Q000000000001","3/2/2026","Acme Corp","Webinar","Working","0","","","a@acme.test"
"00Q000000000002","3/15/2026","Beacon Freight","Paid Search","Qualified","1","3/20/2026","006000000000001","b@beacon.test"
"00Q000000000003","not a date","Cove Labs","Web","Open","0","","","c@cove.test"
"00Q000000000004","4/1/2026","Dune Media","Event","Open","0","","","d@dune.test"
"00Q000000000002","3/15/2026","Beacon Freight","Paid Search","Qualified","1","3/20/2026","006000000000001","b@beacon.test"

"Grand Totals (5 records)"

"Confidential Information - Do Not Distribute"
"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."
`;

/** Campaign members: 5 rows; the two "Sent" members never responded, so 3 are touches. */
const MEMBERS = `"Campaign Name","Campaign Type","Member Status","Responded","First Responded Date","Created Date","Lead ID","Company / Account"
"Spring Webinar","Webinar","Attended","1","3/10/2026","3/1/2026","00Q000000000001","Acme Corp"
"Spring Webinar","Webinar","Sent","0","","3/1/2026","00Q000000000002","Beacon Freight"
"Trade Show","Event","Responded","1","","3/14/2026","00Q000000000003","Cove Labs"
"Trade Show","Event","Sent","0","","3/14/2026","00Q000000000004","Dune Media"
"Search Q1","Advertisement","Responded","1","3/20/2026","3/18/2026","00Q000000000005","Eddy Co"
`;

/** A meetings log: 4 rows; line 4 names no account, so 3 import. */
const MEETINGS = `Meeting Date,Account Name,Meeting Type,Owner
2026-03-03,Acme Corp,prospect,Dana
2026-03-05,Beacon Freight,customer,Lee
2026-03-09,,prospect,Dana
2026-03-12,Cove Labs,customer,Lee
`;

/** Spend by channel and month: 12,000 + 8,500 + 11,250.50 + 2,000 = 33,750.50. */
const SPEND = `Month,Channel,Spend
2026-01,Paid Search,"$12,000.00"
2026-01,Events,8500
2026-02,Paid Search,"11,250.50"
2026-02,Webinars,2000
`;

const files = {
  leads: join(artifactsDir, 'every-kind-leads.csv'),
  members: join(artifactsDir, 'every-kind-campaign-members.csv'),
  meetings: join(artifactsDir, 'every-kind-meetings.csv'),
  spend: join(artifactsDir, 'every-kind-spend.csv'),
};

/** What the review shows for the file under review. */
async function reviewFigures(app: AppHarness, ids: readonly string[]): Promise<string[]> {
  const shown: string[] = [];
  for (const id of ids) shown.push(await app.page.getByTestId(id).innerText());
  return shown;
}

/** Waits until the review shows the file of this name, then for its summary. */
async function waitForReviewOf(app: AppHarness, name: string): Promise<void> {
  await expect
    .poll(
      () =>
        app.page
          .getByTestId('import-file-name')
          .innerText()
          .catch(() => ''),
      {
        timeout: 20_000,
      },
    )
    .toBe(name);
  await app.page.getByTestId('import-summary').waitFor();
}

describe('a marketing head imports a folder of exports of every kind', () => {
  let app: AppHarness;

  beforeAll(async () => {
    // A fresh clone has no test-results folder until something makes it.
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(files.leads, LEADS);
    writeFileSync(files.members, MEMBERS);
    writeFileSync(files.meetings, MEETINGS);
    writeFileSync(files.spend, SPEND);
    app = await openApp();
  });

  afterAll(async () => {
    // Only when beforeAll got as far as opening it.
    await app?.close();
  });

  it('lists every kind as "none yet" before anything is imported', async () => {
    await app.page.goto(`${app.url}/index.html#/import`);
    await app.page.getByTestId('your-data').waitFor();
    const rows = app.page.getByTestId('your-data-row');
    await expect(rows.count()).resolves.toBe(8);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/Leads & contacts\s+none yet/);
  });

  it('detects a Salesforce leads report and reconciles it, rejected row included', async () => {
    await app.page
      .getByTestId('import-file')
      .setInputFiles([files.leads, files.members, files.meetings, files.spend]);
    await waitForReviewOf(app, 'every-kind-leads.csv');

    await expect(app.page.getByTestId('import-kind').innerText()).resolves.toBe('leads');
    await expect(app.page.getByTestId('import-kind-select').inputValue()).resolves.toBe('leads');
    await expect(app.page.getByTestId('import-format').innerText()).resolves.toBe(
      'Salesforce Leads report',
    );
    await expect(
      reviewFigures(app, [
        'summary-rows-read',
        'summary-imported',
        'summary-rejected',
        'summary-duplicates',
      ]),
    ).resolves.toEqual(['5', '4', '1', '1']);
    await expect(app.page.getByTestId('import-footer-check').innerText()).resolves.toMatch(
      /Grand Totals says 5 records; 5 read/,
    );
    // Leads have no amounts: no Σ line, and no opportunity-only checks.
    await expect(app.page.getByTestId('import-amount-check').count()).resolves.toBe(0);
    await expect(app.page.getByTestId('import-undated').count()).resolves.toBe(0);

    const rejected = app.page.locator('[data-testid="import-rejected"] tbody tr');
    await expect(rejected.count()).resolves.toBe(1);
    const cells = await rejected.first().locator('td').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['4', 'Created Date']);
    expect(cells[2]).toMatch(/not a date/);

    await expect(app.page.getByTestId('import-waiting').innerText()).resolves.toMatch(
      /3 more files waiting: every-kind-campaign-members\.csv, every-kind-meetings\.csv and every-kind-spend\.csv/,
    );
    await expect(app.page.getByTestId('import-confirm-text').innerText()).resolves.toMatch(
      /^4 leads ready$/,
    );
    await expect(app.page.getByTestId('import-confirm').innerText()).resolves.toBe(
      'Import and go to the next file',
    );
    await app.page.getByTestId('import-confirm').click();
  });

  it('detects campaign members and counts the members who never responded', async () => {
    await waitForReviewOf(app, 'every-kind-campaign-members.csv');
    await expect(app.page.getByTestId('import-success').innerText()).resolves.toMatch(
      /Imported 4 leads from every-kind-leads\.csv/,
    );
    await expect(app.page.getByTestId('import-kind').innerText()).resolves.toBe('touchpoints');
    await expect(app.page.getByTestId('import-format').innerText()).resolves.toBe(
      'Salesforce Campaign Members report',
    );
    await expect(
      reviewFigures(app, [
        'summary-rows-read',
        'summary-imported',
        'summary-rejected',
        'summary-skipped',
      ]),
    ).resolves.toEqual(['5', '3', '0', '2']);
    await expect(app.page.getByTestId('summary-duplicates').count()).resolves.toBe(0);
    await expect(app.page.getByTestId('import-skipped-check').innerText()).resolves.toMatch(
      /2 campaign members were only sent something and never responded/,
    );
    await expect(app.page.getByTestId('import-confirm-text').innerText()).resolves.toMatch(
      /^3 campaign members ready$/,
    );
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.page.screenshot({
      path: join(artifactsDir, 'import-every-kind-members-review.png'),
      fullPage: true,
    });
    await app.page.getByTestId('import-confirm').click();
  });

  it('reads a meetings log, as another kind and back, with the blank account rejected', async () => {
    await waitForReviewOf(app, 'every-kind-meetings.csv');
    await expect(app.page.getByTestId('import-kind').innerText()).resolves.toBe('meetings');
    await expect(app.page.getByTestId('import-format').innerText()).resolves.toBe('Custom columns');

    // Read as accounts, the same file maps its Account Name to the account's name.
    await app.page.getByTestId('import-kind-select').selectOption('accounts');
    await expect
      .poll(() =>
        app.page
          .getByTestId('import-kind')
          .innerText()
          .catch(() => ''),
      )
      .toBe('accounts');
    await expect(app.page.getByTestId('import-kind-note').innerText()).resolves.toMatch(
      /looked like meetings; you chose to read it as accounts/,
    );
    await app.page.getByTestId('import-kind-select').selectOption('meetings');
    await expect
      .poll(() =>
        app.page
          .getByTestId('import-kind')
          .innerText()
          .catch(() => ''),
      )
      .toBe('meetings');
    await app.page.getByTestId('import-summary').waitFor();

    await expect(
      reviewFigures(app, ['summary-rows-read', 'summary-imported', 'summary-rejected']),
    ).resolves.toEqual(['4', '3', '1']);
    await expect(app.page.getByTestId('summary-duplicates').count()).resolves.toBe(0);
    const cells = await app.page
      .locator('[data-testid="import-rejected"] tbody tr')
      .first()
      .locator('td')
      .allInnerTexts();
    expect(cells).toEqual([
      '4',
      'Account Name',
      'Account Name is blank; every meeting needs an account.',
    ]);
    await expect(app.page.getByTestId('import-confirm-text').innerText()).resolves.toMatch(
      /^3 meetings ready$/,
    );
    await app.page.getByTestId('import-confirm').click();
  });

  it('sums marketing spend read and stored, then returns to the import screen', async () => {
    await waitForReviewOf(app, 'every-kind-spend.csv');
    await expect(app.page.getByTestId('import-kind').innerText()).resolves.toBe('spend');
    await expect(
      reviewFigures(app, ['summary-rows-read', 'summary-imported', 'summary-rejected']),
    ).resolves.toEqual(['4', '4', '0']);
    await expect(app.page.getByTestId('import-amount-check').innerText()).resolves.toMatch(
      /Σ amount read 33,750\.50, stored 33,750\.50 ✓/,
    );
    await expect(app.page.getByTestId('import-waiting').count()).resolves.toBe(0);
    await expect(app.page.getByTestId('import-confirm').innerText()).resolves.toBe('Import');
    await app.page.getByTestId('import-confirm').click();

    await app.page.getByTestId('your-data').waitFor();
    await expect(app.page.getByTestId('import-success').innerText()).resolves.toMatch(
      /Imported 4 spend rows from every-kind-spend\.csv/,
    );
    const counts = await app.page
      .getByTestId('your-data-row')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-kind'),
          row.querySelector('[data-testid="your-data-count"]')?.textContent ?? 'none yet',
        ]),
      );
    expect(counts).toEqual([
      ['opportunities', 'none yet'],
      ['leads', '4 leads'],
      ['touchpoints', '3 campaign members'],
      ['meetings', '3 meetings'],
      ['accounts', 'none yet'],
      ['target-accounts', 'none yet'],
      ['spend', '4 spend rows'],
      ['targets', 'none yet'],
    ]);
  });

  it('lists every import with its kind and figures in the history, and deletes one', async () => {
    await app.page.goto(`${app.url}/index.html#/history`);
    await app.page.getByTestId('history-screen').waitFor();
    const rows = app.page.getByTestId('history-row');
    await expect(rows.count()).resolves.toBe(4);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '');
        return [tr.getAttribute('data-kind'), tr.getAttribute('data-active'), ...cells.slice(3, 8)];
      }),
    );
    // Newest first: rows read, imported, rejected, duplicate ids, Σ read / stored.
    expect(table).toEqual([
      ['spend', 'true', '4', '4', '0', '—', '33,750.50 ✓'],
      ['meetings', 'true', '4', '3', '1', '—', '—'],
      ['touchpoints', 'true', '5', '3', '0', '—', '—'],
      ['leads', 'true', '5', '4', '1', '1', '—'],
    ]);
    await expect(app.page.getByTestId('history-kind').allInnerTexts()).resolves.toEqual([
      'Marketing spend',
      'Meetings',
      'Campaign members & touchpoints',
      'Leads & contacts',
    ]);
    // No opportunities: there is no pipeline to bridge.
    await expect(app.page.getByTestId('history-changes').count()).resolves.toBe(0);

    await rows.nth(3).getByTestId('history-file').click();
    await expect(app.page.getByTestId('history-detail').innerText()).resolves.toMatch(
      /Leads & contacts · Salesforce Leads report/,
    );
    await expect(
      reviewFigures(app, ['history-rows-read', 'history-imported', 'history-rejected']),
    ).resolves.toEqual(['5', '4', '1']);
    await expect(app.page.getByTestId('history-duplicates').innerText()).resolves.toBe('1');
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.page.screenshot({
      path: join(artifactsDir, 'import-every-kind-history.png'),
      fullPage: true,
    });

    await rows.nth(1).getByTestId('history-delete').click();
    await expect(app.page.locator('.history-confirm').innerText()).resolves.toMatch(
      /Delete every-kind-meetings\.csv and its 3 meetings from this computer\? It is the only import of meetings/,
    );
    await app.page.getByTestId('history-delete-confirm').click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    await expect(
      rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind'))),
    ).resolves.toEqual(['spend', 'touchpoints', 'leads']);
  });
});

describe('a sample workspace meets a real file of another kind', () => {
  let app: AppHarness;

  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(files.spend, SPEND);
    app = await openApp();
  });

  afterAll(async () => {
    // Only when beforeAll got as far as opening it.
    await app?.close();
  });

  it('says the confirmation replaces the sample data', async () => {
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor();
    await app.page.goto(`${app.url}/index.html#/import`);
    await app.page.getByTestId('import-file').setInputFiles(files.spend);
    await waitForReviewOf(app, 'every-kind-spend.csv');
    await expect(app.page.getByTestId('import-confirm-text').innerText()).resolves.toBe(
      '4 spend rows ready · replaces the sample data',
    );
  });
});
