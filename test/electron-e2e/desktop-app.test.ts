import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs only where the Electron binary is installed (vitest.config.ts adds this project then):
// the same journey as the browser end-to-end tests, through the real shell, protocol and IPC.
const repoRoot = join(__dirname, '..', '..');
const artifacts = join(repoRoot, 'test-results');

describe('the desktop app', () => {
  let app: ElectronApplication;
  let window: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    app = await electron.launch({ args: [repoRoot], cwd: repoRoot });
    window = await app.firstWindow();
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the renderer from app:// in a sandboxed, isolated window', async () => {
    expect(window.url()).toMatch(/^app:\/\/quarterdeck\/index\.html/);
    const nodeVisible = await window.evaluate(() => typeof Reflect.get(globalThis, 'require'));
    expect(nodeVisible).toBe('undefined');
    const bridge = await window.evaluate(() =>
      Object.keys(Reflect.get(globalThis, 'quarterdeck') as object),
    );
    expect(bridge.sort()).toEqual(['exportPdf', 'isDesktop']);
  });

  it('builds the sample deck and exports it through the shell as a 16:9 PDF', async () => {
    await window.getByTestId('load-sample').click();
    await window.getByTestId('deck-editor').waitFor();
    const pdfPath = join(artifacts, 'desktop-export.pdf');
    await app.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: target });
    }, pdfPath);
    await window.getByTestId('export-pdf').click();
    await window.getByTestId('export-confirm').click();
    await expect
      .poll(() => window.getByTestId('export-status').innerText(), { timeout: 60_000 })
      .toMatch(/desktop-export\.pdf/);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    // The sample holds every record kind, so every one of the 14 slide kinds is drawn.
    expect(info).toMatch(/^Pages:\s+14$/m);
    expect(info).toMatch(/^Page size:\s+960 x 540 pts/m);
  });
});
