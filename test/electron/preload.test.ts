import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC } from '../../shared/ipc-contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// Importing the preload runs it, as Electron would: the bridge is exposed at load time.
const preload = await import('../../electron/preload');
const [exposedKey, exposed] = (contextBridge.exposeInMainWorld.mock.calls[0] ?? []) as [
  string,
  Record<string, unknown>,
];

describe('preload', () => {
  beforeAll(() => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it('exposes the bridge on window.quarterdeck', () => {
    expect(exposedKey).toBe('quarterdeck');
    expect(exposedKey).toBe(BRIDGE_GLOBAL);
  });

  it('exposes exactly isDesktop, exportPdf and openAudience, never ipcRenderer', () => {
    expect(Object.keys(exposed).sort()).toEqual(['exportPdf', 'isDesktop', 'openAudience']);
    expect(exposed.isDesktop).toBe(true);
    expect(typeof exposed.exportPdf).toBe('function');
    expect(Object.values(exposed)).not.toContain(ipcRenderer);
    expect(Object.values(exposed)).not.toContain(ipcRenderer.invoke);
  });

  it('sends exportPdf on the contract channel and returns the main process answer', async () => {
    ipcRenderer.invoke.mockResolvedValue({ status: 'saved', path: '/home/me/Q3.pdf' });
    const result = await preload.bridge.exportPdf({ suggestedName: 'Q3' });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('deck:export-pdf', {
      suggestedName: 'Q3',
    });
    expect(result).toEqual({ status: 'saved', path: '/home/me/Q3.pdf' });
  });

  it('spells the same channel and global as the shared contract', () => {
    expect(preload.EXPORT_PDF_CHANNEL).toBe(IPC.exportPdf.channel);
    expect(preload.BRIDGE_KEY).toBe(BRIDGE_GLOBAL);
  });

  it('imports nothing but electron at runtime, as a sandboxed preload must', async () => {
    const source = await readFile(new URL('../../electron/preload.ts', import.meta.url), 'utf8');
    const runtimeImports = [
      ...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms),
    ].map((m) => m[1]);
    expect(runtimeImports).toEqual(['electron']);
    expect(source).not.toMatch(/\brequire\(/);
  });
});
