import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  defaultSession,
  FakeBrowserWindow,
  ipcMain,
  protocol,
  resetFakeElectron,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// main.ts starts the app when loaded; each test resets the fakes and starts it again.
const { startApp } = await import('../../electron/main');

const realPlatform = process.platform;

/** Pretends to run on another operating system. */
function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

beforeEach(() => resetFakeElectron());

afterEach(() => setPlatform(realPlatform));

describe('startApp', () => {
  it('quits at once when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    startApp();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('registers the privileged app scheme before ready, and serves it only once ready', async () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    startApp();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);

    await app.becomeReady();
    expect(protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
  });

  it('on ready installs security handlers and IPC, then opens the main window', async () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    startApp();
    await app.becomeReady();
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(app.count('web-contents-created')).toBe(1);
    expect(ipcMain.handle).toHaveBeenCalledTimes(2);
    expect(ipcMain.handle).toHaveBeenCalledWith('deck:export-pdf', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledWith('present:open-audience', expect.any(Function));
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith(
      'app://quarterdeck/index.html',
    );
  });

  it('quits when all windows close, except on macOS', () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    startApp();
    setPlatform('darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    setPlatform('win32');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('focuses the existing window when a second instance starts', async () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    startApp();
    await app.becomeReady();
    const win = FakeBrowserWindow.instances[0];
    win?.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(win?.restore).toHaveBeenCalledTimes(1);
    expect(win?.focus).toHaveBeenCalledTimes(1);
  });

  it('reopens a window on activate when none is open', async () => {
    app.requestSingleInstanceLock.mockReturnValue(true);
    startApp();
    await app.becomeReady();
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    FakeBrowserWindow.instances[0]?.destroy();
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });
});
