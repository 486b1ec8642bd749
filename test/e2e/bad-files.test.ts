import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, repoRoot, storedCounts, type AppHarness } from './app-harness';

const fixtures = join(repoRoot, 'test', 'fixtures', 'opportunities');

describe('a bad file gets a clear message and stores nothing', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['empty.csv', /empty/i],
    ['binary-xlsx.csv', /not a CSV export/i],
    ['no-id-column.csv', /No opportunity id column/i],
    ['all-invalid.csv', /None of the \d+ rows could be imported/i],
    ['mixed-currency.csv', /mixes currencies/i],
  ])('refuses %s with a message that says why', async (file, message) => {
    await app.page.goto(`${app.url}/index.html#/import`);
    await app.page.reload();
    await app.page.getByTestId('import-file').setInputFiles(join(fixtures, file));
    const alert = app.page.getByTestId('import-fatal');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(message);
    await expect(alert.getAttribute('role')).resolves.toBe('alert');
    await expect(app.page.getByTestId('import-confirm').isDisabled()).resolves.toBe(true);
  });

  it('has stored nothing after all those attempts', async () => {
    await app.page.goto(`${app.url}/index.html#/`);
    await app.page.getByTestId('load-sample').waitFor();
    const counts = await storedCounts(app);
    expect(counts.imports).toBe(0);
    expect(counts.published).toEqual({});
    expect(counts.staged).toBe(0);
  });
});
