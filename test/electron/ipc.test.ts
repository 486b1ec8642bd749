import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/ipc-contract';
import {
  FakeBrowserWindow,
  FakeWebContents,
  FakeWebFrame,
  ipcMain,
  resetFakeElectron,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { handle } = await import('../../electron/ipc');
const { createMainWindow, createPrintWindow } = await import('../../electron/windows');

type RawHandler = (
  event: { sender: FakeWebContents; senderFrame: FakeWebFrame | null },
  args: unknown,
) => Promise<unknown>;

/** Registers a handler for exportPdf and returns what ipcMain received, plus the spy behind it. */
function registerExportPdf(): { invoke: RawHandler; handler: ReturnType<typeof vi.fn> } {
  const handler = vi.fn(() => Promise.resolve({ status: 'cancelled' as const }));
  handle('exportPdf', handler);
  expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  const [channel, invoke] = ipcMain.handle.mock.calls[0] as [string, RawHandler];
  expect(channel).toBe('deck:export-pdf');
  return { invoke, handler };
}

/** The webContents of a fresh main window: a sender we trust. */
function ourSender(): FakeWebContents {
  createMainWindow();
  const win = FakeBrowserWindow.instances.at(-1);
  if (win === undefined) throw new Error('no window was created');
  return win.webContents;
}

beforeEach(() => resetFakeElectron());

describe('handle', () => {
  it('registers the contract channel and passes valid arguments to the handler', async () => {
    const { invoke, handler } = registerExportPdf();
    const sender = ourSender();
    const result = await invoke(
      { sender, senderFrame: sender.mainFrame },
      { suggestedName: 'Q3 review' },
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toEqual({ suggestedName: 'Q3 review' });
  });

  it('passes only the fields the contract names', async () => {
    const { invoke, handler } = registerExportPdf();
    const sender = ourSender();
    await invoke(
      { sender, senderFrame: sender.mainFrame },
      { suggestedName: 'Q3', path: '/etc/passwd' },
    );
    expect(handler.mock.calls[0]?.[0]).toEqual({ suggestedName: 'Q3' });
  });

  it('rejects an IPC call from a child frame', async () => {
    const { invoke, handler } = registerExportPdf();
    const sender = ourSender();
    const child = new FakeWebFrame('app://quarterdeck/index.html');
    await expect(invoke({ sender, senderFrame: child }, { suggestedName: 'Q3' })).rejects.toThrow(
      'IPC deck:export-pdf refused: the caller is not the main frame of a Quarterdeck window.',
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an IPC call whose frame is gone', async () => {
    const { invoke, handler } = registerExportPdf();
    const sender = ourSender();
    await expect(invoke({ sender, senderFrame: null }, { suggestedName: 'Q3' })).rejects.toThrow(
      /refused/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an IPC call from a main frame showing a foreign page', async () => {
    const { invoke, handler } = registerExportPdf();
    const sender = ourSender();
    sender.mainFrame.url = 'https://evil.example/';
    await expect(
      invoke({ sender, senderFrame: sender.mainFrame }, { suggestedName: 'Q3' }),
    ).rejects.toThrow(/refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an IPC call from a window that is not ours', async () => {
    const { invoke, handler } = registerExportPdf();
    const stranger = new FakeWebContents();
    await expect(
      invoke({ sender: stranger, senderFrame: stranger.mainFrame }, { suggestedName: 'Q3' }),
    ).rejects.toThrow(/refused/);
    createPrintWindow();
    const printer = FakeBrowserWindow.instances.at(-1)?.webContents;
    if (printer === undefined) throw new Error('no print window');
    await expect(
      invoke({ sender: printer, senderFrame: printer.mainFrame }, { suggestedName: 'Q3' }),
    ).rejects.toThrow(/refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects arguments that fail the contract', async () => {
    const { invoke, handler } = registerExportPdf();
    const sender = ourSender();
    const event = { sender, senderFrame: sender.mainFrame };
    await expect(invoke(event, { suggestedName: '' })).rejects.toThrow(
      /^IPC deck:export-pdf refused: invalid arguments: suggestedName: /,
    );
    await expect(invoke(event, { suggestedName: 'x'.repeat(201) })).rejects.toThrow(
      /suggestedName: /,
    );
    await expect(invoke(event, { suggestedName: 42 })).rejects.toThrow(/suggestedName: /);
    await expect(invoke(event, undefined)).rejects.toThrow(/invalid arguments: \(arguments\): /);
    expect(handler).not.toHaveBeenCalled();
  });

  it('uses the channel string of the shared contract', () => {
    expect(IPC.exportPdf.channel).toBe('deck:export-pdf');
  });
});
