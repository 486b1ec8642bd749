import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  asElectron,
  FakeBrowserWindow,
  FakeWebContents,
  type FakeWebFrame,
  ipcMain,
  resetFakeElectron,
} from './fake-electron';

/** A display as Electron describes it, with only the fields the shell reads. */
interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

const LAPTOP: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1512, height: 982 },
  workArea: { x: 0, y: 25, width: 1512, height: 957 },
};
const PROJECTOR: FakeDisplay = {
  id: 2,
  bounds: { x: 1512, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1512, y: 0, width: 1920, height: 1080 },
};

/** The fake `screen`: the displays a test plugs in, the presenter on the laptop. */
const screen = {
  displays: [LAPTOP] as FakeDisplay[],
  getAllDisplays: vi.fn(() => screen.displays),
  getDisplayMatching: vi.fn(() => LAPTOP),
};

vi.mock('electron', async () => ({
  ...(await import('./fake-electron')).electronModule,
  screen,
}));

const { audiencePlacement, openAudienceWindow } = await import('../../electron/present-window');
const { createMainWindow, isAppWindow } = await import('../../electron/windows');
// main.ts starts the app when loaded; the IPC tests reset the fakes and start it again.
const { startApp } = await import('../../electron/main');

/** Gives every fake window the few calls the audience code makes on it. */
function withWindowCalls(win: FakeBrowserWindow): void {
  Object.assign(win, {
    getBounds: vi.fn(() => ({ x: 100, y: 100, width: 1440, height: 900 })),
    close: vi.fn(() => win.emit('closed')),
    isFullScreen: vi.fn(() => win.options.fullscreen === true),
    removeListener: vi.fn(),
  });
}

/** The main window, as the presenter view's window. */
function presenterWindow(): FakeBrowserWindow {
  createMainWindow();
  const win = FakeBrowserWindow.instances.at(-1);
  if (win === undefined) throw new Error('no window was created');
  return win;
}

/** Opens the audience window from the presenter and returns its fake. */
function openFrom(presenter: FakeBrowserWindow | null, slide: number) {
  const before = FakeBrowserWindow.instances.length;
  const result = openAudienceWindow(asElectron(presenter), slide);
  return { result, created: FakeBrowserWindow.instances.slice(before) };
}

beforeEach(() => {
  resetFakeElectron();
  FakeBrowserWindow.onCreate = withWindowCalls;
  screen.displays = [LAPTOP];
});

describe('audiencePlacement', () => {
  it('fills the display that is not the presenter’s when there are two', () => {
    expect(audiencePlacement([LAPTOP, PROJECTOR], LAPTOP.id)).toEqual({
      bounds: PROJECTOR.bounds,
      fullScreen: true,
    });
    expect(audiencePlacement([LAPTOP, PROJECTOR], PROJECTOR.id)).toEqual({
      bounds: LAPTOP.bounds,
      fullScreen: true,
    });
  });

  it('opens a 1280 × 720 window centred on the only display', () => {
    expect(audiencePlacement([LAPTOP], LAPTOP.id)).toEqual({
      bounds: { x: 116, y: 144, width: 1280, height: 720 },
      fullScreen: false,
    });
  });

  it('shrinks the window to a display smaller than 1280 × 720', () => {
    const small = { ...LAPTOP, workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(audiencePlacement([small], null).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600,
    });
  });
});

describe('openAudienceWindow', () => {
  it('opens the audience window full screen on the external display, on the chosen slide', () => {
    screen.displays = [LAPTOP, PROJECTOR];
    const { result, created } = openFrom(presenterWindow(), 3);
    expect(result).toEqual({ status: 'opened', fullScreen: true });
    expect(created).toHaveLength(1);
    const audience = created[0];
    if (audience === undefined) throw new Error('no audience window');
    expect(audience.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true, show: false });
    expect(audience.loadURL).toHaveBeenCalledExactlyOnceWith(
      'app://quarterdeck/index.html#/present?slide=3&audience=1',
    );
    expect(audience.show).not.toHaveBeenCalled();
    audience.emit('ready-to-show');
    expect(audience.show).toHaveBeenCalledTimes(1);
  });

  it('opens a normal window when there is only one display', () => {
    const { result, created } = openFrom(presenterWindow(), 1);
    expect(result).toEqual({ status: 'opened', fullScreen: false });
    expect(created[0]?.options).toMatchObject({ width: 1280, height: 720, fullscreen: false });
  });

  it('gives the audience window the main window’s security settings, and no preload', () => {
    const presenter = presenterWindow();
    const { created } = openFrom(presenter, 1);
    const mainPrefs = { ...presenter.options.webPreferences, preload: undefined };
    expect(created[0]?.options.webPreferences).toEqual(mainPrefs);
    expect(created[0]?.options.webPreferences?.preload).toBeUndefined();
  });

  it('does not count the audience window as one that may call IPC', () => {
    const { created } = openFrom(presenterWindow(), 1);
    const audience = created[0];
    expect(audience && isAppWindow(asElectron(audience))).toBe(false);
  });

  it('brings back the open audience window on the new slide instead of opening another', () => {
    const presenter = presenterWindow();
    const first = openFrom(presenter, 1).created[0];
    const again = openFrom(presenter, 5);
    expect(again.created).toHaveLength(0);
    expect(first?.loadURL).toHaveBeenLastCalledWith(
      'app://quarterdeck/index.html#/present?slide=5&audience=1',
    );
    expect(first?.show).toHaveBeenCalled();
  });

  it('opens a fresh one after the audience window was closed', () => {
    const presenter = presenterWindow();
    openFrom(presenter, 1).created[0]?.emit('closed');
    expect(openFrom(presenter, 2).created).toHaveLength(1);
  });

  it('closes the audience window with the presenter’s window, so no show is left running', () => {
    const presenter = presenterWindow();
    const audience = openFrom(presenter, 1).created[0];
    presenter.emit('closed');
    expect(Reflect.get(audience ?? {}, 'close')).toHaveBeenCalledTimes(1);
  });
});

describe('the present:open-audience IPC channel', () => {
  type RawHandler = (
    event: { sender: FakeWebContents; senderFrame: FakeWebFrame | null },
    args: unknown,
  ) => Promise<unknown>;

  /** Starts the shell as Electron would and returns the channel's handler and the main window. */
  async function startShell(): Promise<{ invoke: RawHandler; main: FakeBrowserWindow }> {
    app.requestSingleInstanceLock.mockReturnValue(true);
    startApp();
    await app.becomeReady();
    const call = ipcMain.handle.mock.calls.find(([channel]) => channel === 'present:open-audience');
    if (call === undefined) throw new Error('present:open-audience is not handled');
    const main = FakeBrowserWindow.instances[0];
    if (main === undefined) throw new Error('no main window');
    return { invoke: call[1] as RawHandler, main };
  }

  it('opens the audience window for the main window, on a whole slide number from 1', async () => {
    const { invoke, main } = await startShell();
    const sender = main.webContents;
    await expect(invoke({ sender, senderFrame: sender.mainFrame }, { slide: 2 })).resolves.toEqual({
      status: 'opened',
      fullScreen: false,
    });
    expect(FakeBrowserWindow.instances.at(-1)?.loadURL).toHaveBeenCalledWith(
      'app://quarterdeck/index.html#/present?slide=2&audience=1',
    );
    for (const slide of [0, 1.5, '2', -1]) {
      await expect(invoke({ sender, senderFrame: sender.mainFrame }, { slide })).rejects.toThrow(
        /^IPC present:open-audience refused: invalid arguments: slide: /,
      );
    }
  });

  it('refuses a caller that is not the main frame of a Quarterdeck window', async () => {
    const { invoke } = await startShell();
    const stranger = new FakeWebContents();
    await expect(
      invoke({ sender: stranger, senderFrame: stranger.mainFrame }, { slide: 1 }),
    ).rejects.toThrow(/refused: the caller is not the main frame/);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });
});
