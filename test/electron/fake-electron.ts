import { PDFDocument } from 'pdf-lib';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

/** Any listener the fakes record; arguments are checked by the tests that fire them. */
export type Listener = (...args: never[]) => unknown;

/** A minimal event emitter that records listeners so tests can fire Electron events by hand. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  readonly on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });

  readonly once = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });

  /** Calls every listener of an event with the given arguments. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (...a: unknown[]) => unknown)(...args);
    }
  }

  /** The number of listeners registered for an event. */
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** A frame with a URL, standing in for WebFrameMain. */
export class FakeWebFrame {
  constructor(public url: string) {}
}

/** What setWindowOpenHandler receives. */
export type WindowOpenHandler = (details: { url: string }) => { action: string };

/** A webContents: events, a main frame, and the calls the shell makes on it. */
export class FakeWebContents extends FakeEmitter {
  mainFrame = new FakeWebFrame('app://quarterdeck/index.html');
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly getURL = vi.fn((): string => this.mainFrame.url);
  readonly executeJavaScript = vi.fn((_code: string): Promise<unknown> => Promise.resolve(true));
  // A real (empty) PDF: the export writes the title and author into what Chromium printed.
  readonly printToPDF = vi.fn(async (_options: object): Promise<Buffer> =>
    Buffer.from(await (await PDFDocument.create()).save()),
  );
  readonly getTitle = vi.fn((): string => 'Monthly Business Review · FY2026 Q3');
}

/** A BrowserWindow that records its options and whether it was destroyed. */
export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static readonly fromWebContents = vi.fn(
    (contents: unknown) =>
      FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null,
  );
  /** Lets a test set up a window's behaviour before the code under test gets it back. */
  static onCreate: ((win: FakeBrowserWindow) => void) | undefined;
  static readonly getAllWindows = vi.fn(() =>
    FakeBrowserWindow.instances.filter((w) => !w.destroyed),
  );

  readonly webContents = new FakeWebContents();
  destroyed = false;
  readonly loadURL = vi.fn((_url: string): Promise<void> => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly isDestroyed = vi.fn(() => this.destroyed);

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.onCreate?.(this);
  }
}

/** The app object, with a readiness promise the test resolves when it wants "ready". */
class FakeApp extends FakeEmitter {
  isPackaged = false;
  private resolveReadyPromise: () => void = () => undefined;
  private readyPromise = this.freshReady();
  readonly getAppPath = vi.fn(() => '/opt/quarterdeck');
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly isReady = vi.fn(() => false);
  readonly whenReady = vi.fn(() => this.readyPromise);

  private freshReady(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.resolveReadyPromise = resolve;
    });
  }

  /** Fires "ready": resolves whenReady() and lets the caller await what follows. */
  async becomeReady(): Promise<void> {
    this.isReady.mockReturnValue(true);
    this.resolveReadyPromise();
    await this.readyPromise;
    await Promise.resolve();
  }

  /** Back to a fresh, not-yet-ready, unpackaged app. */
  reset(): void {
    this.isPackaged = false;
    this.readyPromise = this.freshReady();
    this.listeners.clear();
  }
}

/** The session's handlers, captured so tests can call them. */
export const defaultSession = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  webRequest: { onBeforeRequest: vi.fn() },
};

/** The fake `app`. */
export const app = new FakeApp();
/** The fake `protocol`. */
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
/** The fake `ipcMain`. */
export const ipcMain = { handle: vi.fn() };
/** The fake `dialog`; cancels unless a test chooses a file. */
export const dialog = {
  showSaveDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> =>
    Promise.resolve({ canceled: true, filePath: '' }),
  ),
};
/** The fake `shell`; opening a link succeeds unless a test says otherwise. */
export const shell = {
  openExternal: vi.fn((_url: string): Promise<void> => Promise.resolve()),
};
/** The fake `contextBridge`. */
export const contextBridge = { exposeInMainWorld: vi.fn() };
/** The fake `ipcRenderer`. */
export const ipcRenderer = {
  invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve(undefined)),
};

/** What vi.mock('electron') returns: the named exports the shell imports. */
export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  protocol,
  ipcMain,
  dialog,
  session: { defaultSession },
  shell,
  contextBridge,
  ipcRenderer,
};

/** Restores every fake to its first state between tests. */
export function resetFakeElectron(): void {
  // Close the previous test's windows first, so the shell's own window registry forgets them.
  for (const win of FakeBrowserWindow.instances) win.emit('closed');
  vi.resetAllMocks();
  app.reset();
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.onCreate = undefined;
}

/** Hands a fake to code typed against Electron's own classes. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}
