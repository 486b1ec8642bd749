import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../shared/ipc-contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// Importing the preload runs it, as Electron would: the bridge is exposed at load time.
const preload = await import('../../electron/preload');
const exposed = (contextBridge.exposeInMainWorld.mock.calls[0]?.[1] ?? {}) as Record<
  string,
  unknown
>;

describe('the preload’s audience-window call', () => {
  it('is exposed on the bridge as a function', () => {
    expect(typeof exposed.openAudience).toBe('function');
  });

  it('asks the shell on the contract channel and returns its answer', async () => {
    ipcRenderer.invoke.mockResolvedValue({ status: 'opened', fullScreen: true });
    const result = await preload.bridge.openAudience({ slide: 4 });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('present:open-audience', {
      slide: 4,
    });
    expect(result).toEqual({ status: 'opened', fullScreen: true });
  });

  it('spells the same channel as the shared contract', () => {
    expect(preload.OPEN_AUDIENCE_CHANNEL).toBe(IPC.openAudience.channel);
  });
});
