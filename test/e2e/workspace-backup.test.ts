import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, type AppHarness } from './app-harness';

describe('a user backs up, resets and restores the workspace', () => {
  let app: AppHarness;
  let landedBefore = '';
  let backupPath = '';

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function landingsSlideText(): Promise<string> {
    const { page } = app;
    await page.getByTestId('deck-editor').waitFor();
    await page.locator('[data-testid="slide-thumb"][data-kind="landings-summary"]').click();
    const slide = page.locator('[data-selected-kind="landings-summary"] [data-testid="slide"]');
    await slide.waitFor();
    return slide.innerText();
  }

  it('downloads the whole workspace as one backup file from the About screen', async () => {
    const { page } = app;
    await page.getByTestId('load-sample').click();
    landedBefore = await landingsSlideText();
    expect(landedBefore).toMatch(/\$[\d.,]+[KM]?/);

    await page.getByTestId('nav-about').click();
    await page.getByTestId('about-screen').waitFor();
    await expect(page.getByTestId('about-app-version').innerText()).resolves.toBe('0.1.0');
    await expect(page.getByTestId('about-chrome').innerText()).resolves.toMatch(/^\d+\.\d+/);
    await expect(page.getByTestId('about-rows-decks').innerText()).resolves.toMatch(/Decks\s+1/);
    await page.screenshot({ path: join(artifactsDir, 'about-screen.png'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByTestId('backup-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^quarterdeck-\d{4}-\d{2}-\d{2}\.quarterdeck-backup\.json$/,
    );
    backupPath = join(artifactsDir, file.suggestedFilename());
    await file.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { formatName: string };
    expect(backup.formatName).toBe('dexie');
  });

  it('resets only after the second confirmation, back to the empty home screen', async () => {
    const { page } = app;
    await page.getByTestId('reset-workspace').click();
    await page.getByTestId('reset-confirm').waitFor();
    await page
      .locator('section[aria-labelledby="reset-title"]')
      .screenshot({ path: join(artifactsDir, 'about-reset-confirm.png') });
    await page.getByTestId('reset-confirm').click();

    await page.getByTestId('load-sample').waitFor();
    await expect(page.getByTestId('start-import').isVisible()).resolves.toBe(true);
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const { page } = app;
    await page.goto(`${app.url}/index.html#/about`);
    const foreign = join(artifactsDir, 'not-a-backup.json');
    writeFileSync(foreign, JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: {} }));
    await page.getByTestId('restore-file').setInputFiles(foreign);

    await expect(page.getByTestId('restore-error').innerText()).resolves.toMatch(
      /not-a-backup\.json is not a Quarterdeck backup: .+ Nothing was changed\.$/,
    );
    await expect(page.getByTestId('about-rows-opportunities').innerText()).resolves.toMatch(
      /Opportunities\s+0/,
    );
  });

  it('restores the backup after a confirmation and shows the same deck and figures', async () => {
    const { page } = app;
    await page.getByTestId('restore-file').setInputFiles(backupPath);
    await page.getByTestId('restore-confirm').waitFor();
    await page
      .locator('section[aria-labelledby="backup-title"]')
      .screenshot({ path: join(artifactsDir, 'about-restore-confirm.png') });
    await page.getByTestId('restore-confirm').click();

    const landedAfter = await landingsSlideText();
    expect(landedAfter).toBe(landedBefore);
    await expect(page.getByTestId('slide-thumb').count()).resolves.toBe(14);
    await expect(page.getByTestId('sample-badge').isVisible()).resolves.toBe(true);
  });

  it('shows the recovery screen when a damaged deck crashes a screen, and logs it locally', async () => {
    const { page } = app;
    // Damage the stored deck the way a bad disk or an old bug might: its slides are gone.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('quarterdeck');
          open.onsuccess = () => {
            const tx = open.result.transaction('decks', 'readwrite');
            const decks = tx.objectStore('decks');
            const get = decks.get('mbr');
            get.onsuccess = () => decks.put({ ...(get.result as object), slides: null });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
          open.onerror = () => reject(new Error(String(open.error)));
        }),
    );
    await page.goto(`${app.url}/index.html#/deck`);
    await page.reload();

    const recovery = page.getByTestId('error-recovery');
    await recovery.waitFor();
    await expect(recovery.innerText()).resolves.toContain(
      'Something went wrong. Your data is safe.',
    );
    await page.screenshot({ path: join(artifactsDir, 'error-recovery.png') });

    await page.goto(`${app.url}/index.html#/about`);
    await page.reload();
    const entry = page.getByTestId('error-log-entry').first();
    await entry.waitFor();
    await expect(entry.innerText()).resolves.toContain('#/deck');
    await page
      .locator('section[aria-labelledby="errors-title"]')
      .screenshot({ path: join(artifactsDir, 'about-error-log.png') });
    await page.getByTestId('error-log-clear').click();
    await page.getByTestId('error-log-empty').waitFor();
  });

  it('steps aside when another window upgrades the workspace, and asks to reload', async () => {
    const { page, context } = app;
    const other = await context.newPage();
    await other.goto(`${app.url}/index.html#/about`);
    // A newer build opening the same workspace at a higher version must not be blocked.
    const opened = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('quarterdeck', 1000);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('opened');
          };
          request.onerror = () => resolve(String(request.error));
        }),
    );
    await other.close();

    expect(opened).toBe('opened');
    const notice = page.getByTestId('updated-elsewhere');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain(
      'Quarterdeck was updated in another window; reload',
    );
    await page.screenshot({ path: join(artifactsDir, 'updated-elsewhere.png') });
  });
});
