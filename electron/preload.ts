import { contextBridge, ipcRenderer } from 'electron';
import type {
  BRIDGE_GLOBAL,
  ExportPdfResult,
  IPC,
  IpcArgs,
  OpenAudienceResult,
  QuarterdeckBridge,
} from '../shared/ipc-contract';

// A sandboxed preload can only require 'electron', so the contract is imported for types
// alone and the channel is spelled here, typed against the contract so a renamed channel fails to compile.
/** The export channel, as in IPC.exportPdf.channel. */
export const EXPORT_PDF_CHANNEL: (typeof IPC)['exportPdf']['channel'] = 'deck:export-pdf';

/** The audience-window channel, as in IPC.openAudience.channel. */
export const OPEN_AUDIENCE_CHANNEL: (typeof IPC)['openAudience']['channel'] =
  'present:open-audience';

/** The property name, as in BRIDGE_GLOBAL. */
export const BRIDGE_KEY: typeof BRIDGE_GLOBAL = 'quarterdeck';

/** The narrow bridge: named functions only, never ipcRenderer itself. */
export const bridge = {
  isDesktop: true,
  exportPdf: (args: IpcArgs<'exportPdf'>): Promise<ExportPdfResult> =>
    ipcRenderer.invoke(EXPORT_PDF_CHANNEL, args) as Promise<ExportPdfResult>,
  openAudience: (args: IpcArgs<'openAudience'>): Promise<OpenAudienceResult> =>
    ipcRenderer.invoke(OPEN_AUDIENCE_CHANNEL, args) as Promise<OpenAudienceResult>,
} as const satisfies QuarterdeckBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
