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
