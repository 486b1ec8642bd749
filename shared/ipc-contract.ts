import { z } from 'zod';

/**
 * Every IPC channel between the renderer and the shell, with its argument schema
 * (after Electron Fiddle's single list of events): the main process validates with
 * these schemas, and the preload writes the same channel strings.
 */
export const IPC = {
  exportPdf: {
    channel: 'deck:export-pdf',
    args: z.object({ suggestedName: z.string().min(1).max(200) }),
  },
} as const;

/** The name of an IPC entry, the key used by IpcArgs and IpcResult (e.g. 'exportPdf'). */
export type IpcName = keyof typeof IPC;

/** The wire channel strings (e.g. 'deck:export-pdf'). */
export type IpcChannel = (typeof IPC)[IpcName]['channel'];

/** The validated argument object of an IPC entry. */
export type IpcArgs<N extends IpcName> = z.infer<(typeof IPC)[N]['args']>;

/** What exporting the deck as PDF came to: the renderer shows each case, it never sees an exception. */
export type ExportPdfResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** The result type of every IPC entry, keyed like IPC. */
export interface IpcResults {
  exportPdf: ExportPdfResult;
}

/** The result of an IPC entry. */
export type IpcResult<N extends IpcName> = IpcResults[N];

/** The narrow API the preload exposes on `window.quarterdeck`; never ipcRenderer itself. */
export interface QuarterdeckBridge {
  /** Always true: lets the renderer tell the desktop shell from a plain browser. */
  readonly isDesktop: true;
  /** Asks where to save, prints the deck's print route and writes the PDF there. */
  exportPdf(args: IpcArgs<'exportPdf'>): Promise<ExportPdfResult>;
}

/** The window property the preload exposes the bridge on (`window.quarterdeck`). */
export const BRIDGE_GLOBAL = 'quarterdeck';
