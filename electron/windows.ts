import { app, BrowserWindow } from 'electron';
import { APP_INDEX_URL, preloadPath } from './app-origin';

/** The windows this app opened for people to use: the only ones allowed to call IPC. */
const appWindows = new Set<BrowserWindow>();

// Each window spells its web preferences out literally, rather than spreading a shared
// object, so Electronegativity (test/electron/electronegativity.test.ts) can see that every
// BrowserWindow is isolated and sandboxed; windows.test.ts pins that both windows agree.

/** Opens the main window on the renderer's entry page; it shows once its first paint is ready. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Quarterdeck',
    backgroundColor: '#f8fafc',
    show: false,
    webPreferences: {
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
      // Middle-click would otherwise ask for a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !app.isPackaged,
      // Reviewed (Electronegativity PRELOAD_JS_CHECK): the preload exposes two named members only.
      preload: preloadPath(),
    },
  });
  appWindows.add(win);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => appWindows.delete(win));
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Opens a hidden window for printing; it gets no preload because it never calls IPC. */
export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    webPreferences: {
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
      spellcheck: false,
      devTools: !app.isPackaged,
      // A hidden window is throttled by default, which would stall chart rendering before printing.
      backgroundThrottling: false,
    },
  });
}

/** Where the audience window goes: the bounds of its display, and whether it fills that display. */
export interface AudiencePlacement {
  bounds: { x: number; y: number; width: number; height: number };
  fullScreen: boolean;
}

/**
 * Opens the audience window of a presenter-view show on `url` (the app's present route). It
 * gets no preload, so it can never call IPC; it follows the presenter view over a
 * BroadcastChannel instead, which needs nothing from the shell.
 */
export function createAudienceWindow(url: string, placement: AudiencePlacement): BrowserWindow {
  const win = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullScreen,
    title: 'Quarterdeck — audience',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    show: false,
    webPreferences: {
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
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}

/** True when a window is one of the app's own main windows (not a print window, not a stranger). */
export function isAppWindow(win: BrowserWindow): boolean {
  return appWindows.has(win);
}

/** The first open main window, for focusing when a second instance starts. */
export function firstAppWindow(): BrowserWindow | undefined {
  return appWindows.values().next().value;
}
