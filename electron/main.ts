import { app, BrowserWindow } from 'electron';
import { rendererRoot } from './app-origin';
import { handle } from './ipc';
import { exportPdf } from './pdf';
import { openAudienceWindow } from './present-window';
import { installAppProtocol, registerAppScheme } from './protocol';
import { installSecurityHandlers } from './security';
import { createMainWindow, firstAppWindow } from './windows';

/** Wires every IPC channel of the contract to its handler. */
function registerIpcHandlers(): void {
  handle('exportPdf', (args, event) =>
    exportPdf(BrowserWindow.fromWebContents(event.sender), args),
  );
  handle('openAudience', (args, event) =>
    Promise.resolve(openAudienceWindow(BrowserWindow.fromWebContents(event.sender), args.slide)),
  );
}

/** Brings the existing window forward when someone starts the app a second time. */
function focusExistingWindow(): void {
  const win = firstAppWindow();
  if (win === undefined) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** Starts the shell: one instance, the app:// scheme, security, IPC, then the main window. */
export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Privileged schemes must be registered before "ready", or app:// gets no origin or storage.
  registerAppScheme();
  app.on('second-instance', focusExistingWindow);
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows until the user quits them.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(() => {
    installAppProtocol(rendererRoot());
    installSecurityHandlers();
    registerIpcHandlers();
    createMainWindow();
  });
}

startApp();
