import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, repoRoot, type AppHarness } from './app-harness';

const fixtures = join(repoRoot, 'test', 'fixtures', 'opportunities');
const custom = join(fixtures, 'custom-headers.csv');
const accented = join(artifactsDir, 'accented-utf8.csv');
const badProfile = join(artifactsDir, 'bad-mapping.json');

/** Opens the import screen afresh and chooses a file; resolves once its review is shown. */
async function choose(app: AppHarness, path: string): Promise<void> {
  await app.page.goto(`${app.url}/index.html#/import`);
  await app.page.reload();
  await app.page.getByTestId('import-file').setInputFiles(path);
  await app.page.getByTestId('import-facts').waitFor();
}

/** Waits until a re-run of the import has replaced the review (the worker runs again). */
async function waitForText(app: AppHarness, testId: string, text: string): Promise<void> {
  await app.page.waitForFunction(
    ([id, want]) =>
      document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes(want) ?? false,
    [testId, text] as const,
    { timeout: 30_000 },
  );
}

describe('a saved mapping is reused when the same columns come back', () => {
  let app: AppHarness;

  beforeAll(async () => {
    writeFileSync(
      accented,
      'Opportunity ID,Opportunity Name,Amount,Close Date,Stage\n006A,Café Crème,100,2026-03-01,Closed Won\n',
    );
    writeFileSync(badProfile, '{"quarterdeckMapping": 1, "name": "x", "kind": "deals"}');
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('maps a custom file by hand, saves the mapping, and applies it by itself to the same file', async () => {
    await choose(app, custom);
    await app.page.getByTestId('import-fatal').waitFor();
    await app.page.getByTestId('map-id').selectOption('Deal Ref');
    await app.page.getByTestId('import-summary').waitFor();
    await app.page.getByTestId('map-accountName').selectOption('Client');
    await waitForText(app, 'import-mapping', 'Blue Yonder Ltd');
    await app.page.getByTestId('map-closeDate').selectOption('Expected Close');
    await waitForText(app, 'import-mapping', '01/03/2026');
    expect(await app.page.getByTestId('summary-imported').innerText()).toBe('4');

    await app.page.getByTestId('mapping-name').fill('Deals board');
    await app.page.getByTestId('mapping-save').click();
    await waitForText(app, 'mapping-profile-list', 'Deals board');

    await choose(app, custom);
    const applied = app.page.getByTestId('mapping-profile-applied');
    await applied.waitFor();
    expect(await applied.innerText()).toContain('Using your saved mapping “Deals board”');
    expect(await app.page.getByTestId('map-id').inputValue()).toBe('Deal Ref');
    expect(await app.page.getByTestId('map-accountName').inputValue()).toBe('Client');
    expect(await app.page.getByTestId('map-closeDate').inputValue()).toBe('Expected Close');
    expect(await app.page.getByTestId('summary-imported').innerText()).toBe('4');
    expect(await app.page.getByTestId('import-confirm').isDisabled()).toBe(false);
  });

  it('goes back to detection when the user does not want the saved mapping', async () => {
    await choose(app, custom);
    await app.page.getByTestId('mapping-profile-applied').waitFor();
    await app.page.getByTestId('mapping-profile-drop').click();
    await app.page.getByTestId('import-fatal').waitFor();
    expect(await app.page.getByTestId('mapping-profile-applied').count()).toBe(0);
    expect(await app.page.getByTestId('map-id').inputValue()).toBe('');
  });

  it('says why an imported mapping file is refused', async () => {
    await choose(app, custom);
    await app.page.getByTestId('mapping-import-file').setInputFiles(badProfile);
    const message = app.page.getByTestId('mapping-message');
    await message.waitFor();
    expect(await message.innerText()).toBe(
      'bad-mapping.json: Unknown kind "deals"; expected one of opportunities, leads, touchpoints, meetings, accounts, target-accounts, spend, targets.',
    );
  });

  it('deletes a saved mapping, after which the file is no longer mapped by itself', async () => {
    await choose(app, custom);
    await app.page.getByTestId('mapping-profile-delete').click();
    await app.page.getByTestId('mapping-profile-list').waitFor({ state: 'detached' });
    await choose(app, custom);
    await app.page.getByTestId('import-fatal').waitFor();
    expect(await app.page.getByTestId('mapping-profile-applied').count()).toBe(0);
  });

  it('reads a UTF-8 file as Windows-1252 when the user forces it, and back', async () => {
    await choose(app, accented);
    const select = app.page.getByTestId('import-encoding-select');
    expect(await select.locator('option').first().innerText()).toBe('Automatic (detected: UTF-8)');
    await waitForText(app, 'import-preview', 'Café Crème');

    await select.selectOption('windows-1252');
    await waitForText(app, 'import-preview', 'CafÃ© CrÃ¨me');
    expect(await app.page.getByTestId('import-encoding').innerText()).toBe(
      'Windows-1252 (Excel CSV)',
    );
    expect(await select.inputValue()).toBe('windows-1252');

    await select.selectOption('');
    await waitForText(app, 'import-preview', 'Café Crème');
    expect(await app.page.getByTestId('import-encoding').innerText()).toBe('UTF-8');
  });

  it('detects Windows-1252 in a file Excel saved on a European laptop', async () => {
    await choose(app, join(fixtures, 'european-semicolon.csv'));
    expect(await app.page.getByTestId('import-encoding').innerText()).toBe(
      'Windows-1252 (Excel CSV)',
    );
    expect(
      await app.page.getByTestId('import-encoding-select').locator('option').first().innerText(),
    ).toBe('Automatic (detected: Windows-1252 (Excel CSV))');
    expect(readFileSync(join(fixtures, 'european-semicolon.csv')).includes(0xe9)).toBe(true);
    await waitForText(app, 'import-preview', 'Société Générale');
  });
});
