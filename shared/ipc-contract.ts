import { z } from 'zod';
import { printOptionsSchema } from './print-options';

/**
 * Every IPC channel between the renderer and the shell, with its argument schema
 * (after Electron Fiddle's single list of events): the main process validates with
 * these schemas, and the preload writes the same channel strings.
 */
export const IPC = {
  exportPdf: {
    channel: 'deck:export-pdf',
    // The options are optional so a caller from before them still exports today's slides.
    args: z.object({
      suggestedName: z.string().min(1).max(200),
      options: printOptionsSchema.optional(),
    }),
  },
  openAudience: {
    channel: 'present:open-audience',
    // The slide the audience window starts on, 1-based, as in `#/present?slide=N`.
    args: z.object({ slide: z.number().int().min(1).max(10_000) }),
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

/** Where the shell opened the audience window: full screen on another display, or a plain window. */
export interface OpenAudienceResult {
  status: 'opened';
  /** True when a second display was found and the window fills it. */
  fullScreen: boolean;
}

/** The result type of every IPC entry, keyed like IPC. */
export interface IpcResults {
  exportPdf: ExportPdfResult;
  openAudience: OpenAudienceResult;
}

/** The result of an IPC entry. */
export type IpcResult<N extends IpcName> = IpcResults[N];

/** The narrow API the preload exposes on `window.quarterdeck`; never ipcRenderer itself. */
export interface QuarterdeckBridge {
  /** Always true: lets the renderer tell the desktop shell from a plain browser. */
  readonly isDesktop: true;
  /** Asks where to save, prints the deck's print route and writes the PDF there. */
  exportPdf(args: IpcArgs<'exportPdf'>): Promise<ExportPdfResult>;
  /** Opens (or brings back) the audience window of a presenter-view show on the given slide. */
  openAudience(args: IpcArgs<'openAudience'>): Promise<OpenAudienceResult>;
}

/** The window property the preload exposes the bridge on (`window.quarterdeck`). */
export const BRIDGE_GLOBAL = 'quarterdeck';
