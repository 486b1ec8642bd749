import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppHarness } from './app-harness';

const HEADLINE = 'Marketing carried the quarter: every source grew on last year.';
const NOTES = 'Pause here for questions on the channel numbers.';

/** Remembers every drawn chart on the page: Chart.js's own per-canvas record, which a rebuild replaces. */
const rememberCharts = () => {
  const charts = [...document.querySelectorAll('canvas')].map((c) => ({
    canvas: c,
    chart: Reflect.get(c, '$chartjs') as unknown,
  }));
  Reflect.set(window, '__qdCharts', charts);
  return charts.filter((c) => c.chart !== undefined).length;
};

/** How many remembered charts are still the same canvas with the same Chart.js record. */
const chartsKept = () => {
  const charts = Reflect.get(window, '__qdCharts') as { canvas: Element; chart: unknown }[];
  return charts.filter(
    ({ canvas, chart }) =>
      chart !== undefined && canvas.isConnected && Reflect.get(canvas, '$chartjs') === chart,
  ).length;
};

describe('editing the deck', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app.close();
  });

  it('types a headline and notes without rebuilding any chart, and keeps the words after a reload', async () => {
    const { page } = app;
    await page
      .locator('[data-testid="slide-thumb"][data-kind="landings-by-source"] .qd-thumb__preview')
      .click();
    const selectedCanvas = page.locator('.qd-editor__slide canvas');
    await selectedCanvas.waitFor();
    // Every chart (editor and thumbnails) drawn before we start typing.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('canvas')].every((c) => Reflect.has(c, '$chartjs')),
        ),
      )
      .toBe(true);
    const before = await selectedCanvas.elementHandle();
    const drawn = await page.evaluate(rememberCharts);
    expect(drawn).toBeGreaterThanOrEqual(4);

    const headline = page.getByTestId('headline-input');
    await headline.fill('');
    await headline.pressSequentially(HEADLINE, { delay: 5 });
    const notes = page.getByTestId('notes-input');
    await notes.fill('');
    await notes.pressSequentially(NOTES, { delay: 5 });
    // The debounced save lands and the slide shows the new headline.
    await expect
      .poll(() => page.locator('.qd-editor__slide .qd-headline').innerText(), { timeout: 5000 })
      .toBe(HEADLINE);
    await page.waitForTimeout(600);

    expect(await page.evaluate(chartsKept)).toBe(drawn);
    const after = await selectedCanvas.elementHandle();
    expect(await page.evaluate(([a, b]) => a === b, [before, after])).toBe(true);
    await expect(page.getByTestId('headline-state').innerText()).resolves.toBe('Edited');
    await expect(page.getByTestId('deck-save-error').count()).resolves.toBe(0);

    await page.reload();
    await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
    await page
      .locator('[data-testid="slide-thumb"][data-kind="landings-by-source"] .qd-thumb__preview')
      .click();
    await expect(page.getByTestId('headline-input').inputValue()).resolves.toBe(HEADLINE);
    await expect(page.getByTestId('notes-input').inputValue()).resolves.toBe(NOTES);
  });

  it('saves words typed just before switching slides', async () => {
    const { page } = app;
    await page.locator('[data-testid="slide-thumb"][data-kind="pivot"] .qd-thumb__preview').click();
    const headline = page.getByTestId('headline-input');
    await headline.fill('Switching straight away.');
    // No pause: selecting another slide unmounts the editor, which must flush the save.
    await page.locator('[data-testid="slide-thumb"][data-kind="title"] .qd-thumb__preview').click();
    await page.locator('[data-testid="slide-thumb"][data-kind="pivot"] .qd-thumb__preview').click();
    await expect(page.getByTestId('headline-input').inputValue()).resolves.toBe(
      'Switching straight away.',
    );
  });

  it('disables Export PDF and Present, saying why, once every slide is hidden', async () => {
    const { page } = app;
    const thumbs = page.getByTestId('slide-thumb');
    const count = await thumbs.count();
    for (let i = 0; i < count; i++) {
      const thumb = thumbs.nth(i);
      await thumb.getByTestId('toggle-hidden').click();
      await expect.poll(() => thumb.getAttribute('data-hidden'), { timeout: 5000 }).toBe('true');
    }
    for (const id of ['export-pdf', 'present']) {
      const button = page.getByTestId(id);
      await expect(button.isDisabled()).resolves.toBe(true);
      await expect(button.getAttribute('title')).resolves.toBe(
        'Every slide is hidden: show at least one slide to export or present.',
      );
    }
  });

  it('makes the print route report that every slide is hidden instead of a blank PDF', async () => {
    const printPage = await app.context.newPage();
    try {
      await printPage.goto(`${app.url}/index.html#/print`);
      await printPage.waitForFunction(
        () => document.documentElement.dataset.printError !== undefined,
        null,
        {
          timeout: 30_000,
        },
      );
      const markers = await printPage.evaluate(() => ({ ...document.documentElement.dataset }));
      expect(markers.printError).toBe('Every slide is hidden: show at least one slide to export.');
      expect(markers.printReady).toBeUndefined();
    } finally {
      await printPage.close();
    }
  });

  it('enables Export PDF and Present again once a slide is shown', async () => {
    const { page } = app;
    await page.getByTestId('slide-thumb').first().getByTestId('toggle-hidden').click();
    await expect
      .poll(() => page.getByTestId('present').isDisabled(), { timeout: 5000 })
      .toBe(false);
    await expect(page.getByTestId('export-pdf').isDisabled()).resolves.toBe(false);
  });

  it('says so when the disk is full, keeps the edit on screen, and saves it on Try again', async () => {
    const { page } = app;
    await page.evaluate(() => {
      // A full disk, for the deck store only: IndexedDB refuses the write with a quota error.
      const put: unknown = Reflect.get(IDBObjectStore.prototype, 'put');
      Reflect.set(window, '__qdPut', put);
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (this.name === 'decks')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return Reflect.apply<IDBObjectStore, [unknown, IDBValidKey?], IDBRequest<IDBValidKey>>(
          put as IDBObjectStore['put'],
          this,
          args,
        );
      };
    });
    const second = page.getByTestId('slide-thumb').nth(1);
    await second.getByTestId('toggle-hidden').click();
    const alert = page.getByTestId('deck-save-error');
    await alert.waitFor({ timeout: 5000 });
    await expect(alert.getAttribute('role')).resolves.toBe('alert');
    await expect(alert.innerText()).resolves.toContain('the disk is full');
    await expect(second.getAttribute('data-hidden')).resolves.toBe('false');

    await page.evaluate(() => {
      IDBObjectStore.prototype.put = Reflect.get(window, '__qdPut') as IDBObjectStore['put'];
    });
    await page.getByTestId('deck-save-retry').click();
    await alert.waitFor({ state: 'detached', timeout: 5000 });
    await page.reload();
    await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('slide-thumb').nth(1).getAttribute('data-hidden')).resolves.toBe(
      'false',
    );
  });

  it('brings a deck stored before the newer slide kinds up to date, keeping its order, hidden flags and words', async () => {
    const { page } = app;
    // A deck as an earlier version stored it: seven kinds, reordered, one hidden, one headline edited.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const kinds = [
            'title',
            'landings-by-source',
            'landings-summary',
            'pivot',
            'created-by-source-segment',
            'forward-projection',
            'data-notes',
          ];
          const open = indexedDB.open('quarterdeck');
          open.onsuccess = () => {
            const tx = open.result.transaction('decks', 'readwrite');
            tx.objectStore('decks').put({
              id: 'mbr',
              name: 'Monthly Business Review',
              template: 'mbr',
              updatedAt: '2025-01-01T00:00:00.000Z',
              slides: kinds.map((kind) => ({
                id: kind,
                kind,
                hidden: kind === 'landings-summary',
                headline: kind === 'pivot' ? 'Our own pivot.' : null,
                notes: null,
              })),
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
          open.onerror = () => reject(new Error(String(open.error)));
        }),
    );
    await page.reload();
    await page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
    const thumbs = page.getByTestId('slide-thumb');
    await expect.poll(() => thumbs.count(), { timeout: 10_000 }).toBe(14);
    const listed = await thumbs.evaluateAll((all) =>
      all.map((t) => ({
        kind: t.getAttribute('data-kind'),
        hidden: t.getAttribute('data-hidden'),
        unavailable: t.getAttribute('data-unavailable'),
        number: t.querySelector('.qd-thumb__number')?.textContent ?? '',
      })),
    );
    expect(listed.map((t) => t.kind)).toEqual([
      'title',
      'landings-by-source',
      'influence',
      'attribution',
      'landings-summary',
      'pivot',
      'created-by-source-segment',
      'forward-projection',
      'contribution-targets',
      'funnel-by-channel',
      'net-new-meetings',
      'accounts-and-channels',
      'definitions',
      'data-notes',
    ]);
    expect(listed.filter((t) => t.hidden === 'true').map((t) => t.kind)).toEqual([
      'landings-summary',
    ]);
    await page.locator('[data-testid="slide-thumb"][data-kind="pivot"] .qd-thumb__preview').click();
    await expect(page.getByTestId('headline-input').inputValue()).resolves.toBe('Our own pivot.');

    // Only slides neither hidden nor waiting for records are numbered and presented.
    const shown = listed.filter((t) => t.hidden === 'false' && t.unavailable === 'false');
    expect(shown.map((t) => t.number)).toEqual(shown.map((_, i) => String(i + 1)));
    for (const t of listed.filter((x) => !shown.includes(x))) expect(t.number).toBe('–');
    await expect(
      page
        .locator(
          '[data-testid="slide-thumb"][data-unavailable="true"] [data-testid="slide-unavailable"]',
        )
        .count(),
    ).resolves.toBe(listed.filter((t) => t.unavailable === 'true').length);
    await page.getByTestId('present').click();
    const counter = page.getByTestId('slide-counter');
    await counter.waitFor();
    await expect(counter.innerText()).resolves.toBe(`1 / ${shown.length}`);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.locator('[data-testid="slide"]').getAttribute('data-kind'), {
        timeout: 5000,
      })
      .toBe('data-notes');
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-editor').waitFor();
  });
});
