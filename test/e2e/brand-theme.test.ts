import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, openApp, type AppHarness } from './app-harness';

/** CRC-32 of PNG chunks (the table-free bitwise form: the logo is a few hundred bytes). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG: a solid `width` × `height` rectangle of one RGB colour. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3)]);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BRAND = '#0ea5e9';

describe('brand and slide theme', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await openApp();
    await app.page.getByTestId('load-sample').click();
    await app.page.getByTestId('deck-editor').waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await app.close();
  });

  /** Selects the slide of `kind` in the editor and screenshots it once its chart (if any) is drawn. */
  async function shootSlide(kind: string, name: string): Promise<void> {
    const { page } = app;
    await page
      .locator(`[data-testid="slide-thumb"][data-kind="${kind}"] .qd-thumb__preview`)
      .click();
    const slide = page.locator(`.qd-editor__slide [data-testid="slide"][data-kind="${kind}"]`);
    await slide.waitFor();
    await expect
      .poll(() =>
        slide.evaluate((el) =>
          [...el.querySelectorAll('canvas')].every((c) => Reflect.has(c, '$chartjs')),
        ),
      )
      .toBe(true);
    writeFileSync(join(artifactsDir, `brand-theme-${name}.png`), await slide.screenshot());
  }

  it('draws light slides in the product indigo by default', async () => {
    const slide = app.page.locator('.qd-editor__slide [data-testid="slide"]');
    await slide.waitFor();
    await expect(slide.getAttribute('class')).resolves.not.toContain('qd-slide--dark');
    await shootSlide('landings-by-source', 'light-chart');
    await shootSlide('contribution-targets', 'light-table');
  });

  it('saves dark, a brand colour and a PNG logo, and the deck and present mode show them', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    // The radios show the stored theme, so the choice shows once it is saved.
    await page.getByTestId('settings-theme-dark').click();
    await expect.poll(() => page.getByTestId('settings-theme-dark').isChecked()).toBe(true);
    await page.getByLabel('Brand colour', { exact: true }).fill(BRAND);
    await page.getByLabel('Logo', { exact: true }).setInputFiles({
      name: 'harborline.png',
      mimeType: 'image/png',
      buffer: solidPng(96, 32, [14, 165, 233]),
    });
    const preview = page.getByTestId('settings-brand-logo-preview');
    await preview.waitFor();
    await expect(page.getByTestId('brand-preview').getAttribute('class')).resolves.toContain(
      'brand-preview--dark',
    );
    writeFileSync(
      join(artifactsDir, 'brand-theme-settings-card.png'),
      await page.locator('section[aria-labelledby="brand-title"]').screenshot(),
    );

    await page.getByTestId('nav-deck').click();
    await page.getByTestId('deck-editor').waitFor();
    await page.locator('[data-testid="slide-thumb"][data-kind="title"] .qd-thumb__preview').click();
    const title = page.locator('.qd-editor__slide [data-testid="slide"][data-kind="title"]');
    await expect
      .poll(() => title.getAttribute('class'), { timeout: 10_000 })
      .toContain('qd-slide--dark');
    await expect(
      title.locator('.qd-kicker-row [data-testid="slide-logo"]').getAttribute('src'),
    ).resolves.toMatch(/^data:image\/png;base64,/);
    // The logo is drawn, not a broken image.
    await expect
      .poll(() =>
        title
          .locator('.qd-kicker-row [data-testid="slide-logo"]')
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBe(96);
    await expect(title.locator('.qd-foot [data-testid="slide-logo"]').count()).resolves.toBe(1);
    writeFileSync(join(artifactsDir, 'brand-theme-dark-title.png'), await title.screenshot());

    await shootSlide('landings-by-source', 'dark-chart');
    const kicker = page.locator('.qd-editor__slide .qd-kicker');
    await expect(
      kicker.evaluate((el) => getComputedStyle(el, '::before').backgroundColor),
    ).resolves.toBe('rgb(14, 165, 233)');
    await shootSlide('contribution-targets', 'dark-table');

    await page.getByTestId('present').click();
    const presented = page.locator('[data-testid="present-slide"] [data-testid="slide"]');
    await presented.waitFor();
    await expect(presented.getAttribute('class')).resolves.toContain('qd-slide--dark');
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-editor').waitFor();
  });

  it('refuses an SVG or an oversized logo with a message and keeps the logo it had', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    const before = await page.getByTestId('settings-brand-logo-preview').getAttribute('src');
    const error = page.getByTestId('settings-brand-logo-error');

    await page.getByLabel('Logo', { exact: true }).setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    });
    await expect
      .poll(() => error.innerText())
      .toBe(
        'logo.svg is an SVG, which can carry script: export the logo as a PNG or JPEG instead. The logo was not changed.',
      );

    await page.getByLabel('Logo', { exact: true }).setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([solidPng(8, 8, [0, 0, 0]), Buffer.alloc(1024 * 1024)]),
    });
    await expect
      .poll(() => error.innerText())
      .toMatch(/^huge\.png is 1025 KB: a logo may be at most 200 KB\./);

    // A bad colour is refused the same way.
    await page.getByLabel('Brand colour', { exact: true }).fill('sky blue');
    await expect(page.getByTestId('settings-brand-color-error').innerText()).resolves.toContain(
      '"sky blue" is not a colour',
    );
    await page.waitForTimeout(300);
    const stored = await page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quarterdeck');
        open.onerror = () => reject(new Error('cannot open the workspace'));
        open.onsuccess = () => resolve(open.result);
      });
      return new Promise<{ brandColor: string; brandLogo: string | null }>((resolve, reject) => {
        const r = database.transaction('settings').objectStore('settings').get('workspace');
        r.onsuccess = () =>
          resolve((r.result as { value: { brandColor: string; brandLogo: string | null } }).value);
        r.onerror = () => reject(new Error('cannot read the settings'));
      });
    });
    expect(stored.brandColor).toBe(BRAND);
    expect(stored.brandLogo).toBe(before);
  });
});
