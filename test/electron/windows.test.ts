import { readdir, readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createMainWindow, createPrintWindow, firstAppWindow, isAppWindow } =
  await import('../../electron/windows');

/** The fake behind a BrowserWindow the code under test created. */
function lastWindow(): FakeBrowserWindow {
  const win = FakeBrowserWindow.instances.at(-1);
  if (win === undefined) throw new Error('no window was created');
  return win;
}

beforeEach(() => resetFakeElectron());

describe('createMainWindow', () => {
  it('creates windows with contextIsolation, sandbox and no nodeIntegration', () => {
    createMainWindow();
    const prefs = lastWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
    });
  });

  it('points the preload at the compiled preload.js inside the app', () => {
    createMainWindow();
    expect(lastWindow().options.webPreferences?.preload).toBe(
      '/opt/quarterdeck/dist/main/electron/preload.js',
    );
  });

  it('opens 1440×900 with a minimum size and a background colour', () => {
    createMainWindow();
    expect(lastWindow().options).toMatchObject({
      width: 1440,
      height: 900,
      minWidth: 1024,
      minHeight: 640,
      backgroundColor: '#f8fafc',
    });
  });

  it('turns DevTools off in a packaged app', () => {
    app.isPackaged = true;
    createMainWindow();
    expect(lastWindow().options.webPreferences?.devTools).toBe(false);
  });

  it('loads the app origin and shows only once ready to show', () => {
    createMainWindow();
    const win = lastWindow();
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('app://quarterdeck/index.html');
    expect(win.options.show).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('counts the window as ours until it is closed', () => {
    const win = createMainWindow();
    expect(isAppWindow(win)).toBe(true);
    expect(firstAppWindow()).toBe(win);
    lastWindow().emit('closed');
    expect(isAppWindow(win)).toBe(false);
    expect(firstAppWindow()).toBeUndefined();
  });
});

describe('createPrintWindow', () => {
  it('creates a hidden window with the same secure preferences and no preload', () => {
    const win = createPrintWindow();
    const fake = lastWindow();
    expect(fake.options.show).toBe(false);
    expect(fake.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      backgroundThrottling: false,
    });
    expect(fake.options.webPreferences?.preload).toBeUndefined();
    expect(isAppWindow(win)).toBe(false);
  });
});

/** The security half of Electron's checklist, as every window must carry it. */
const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  disableBlinkFeatures: 'Auxclick',
};

describe('every window', () => {
  const factories = [
    ['main', createMainWindow],
    ['print', createPrintWindow],
  ] as const;

  it.each(factories)(
    'gives the %s window context isolation, the sandbox and no Node',
    (_name, create) => {
      create();
      const prefs = lastWindow().options.webPreferences;
      expect(prefs).toMatchObject(SECURE_PREFERENCES);
      expect(prefs?.enableBlinkFeatures).toBeUndefined();
      expect(prefs?.additionalArguments).toBeUndefined();
    },
  );

  it.each(factories)('turns DevTools off in the packaged %s window', (_name, create) => {
    app.isPackaged = true;
    create();
    expect(lastWindow().options.webPreferences?.devTools).toBe(false);
  });

  it('creates windows nowhere but windows.ts, so no window escapes these checks', async () => {
    const folder = new URL('../../electron/', import.meta.url);
    const counts: Record<string, number> = {};
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.ts')) continue;
      const source = await readFile(new URL(name, folder), 'utf8');
      const found = source.match(/new\s+(BrowserWindow|BrowserView|WebContentsView)\b/g) ?? [];
      if (found.length > 0) counts[name] = found.length;
    }
    expect(counts).toEqual({ 'windows.ts': 3 });
  });
});
