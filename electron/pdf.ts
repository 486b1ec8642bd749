import { promises as fs } from 'node:fs';
import { dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { ExportPdfResult, IpcArgs } from '../shared/ipc-contract';
import { withPdfMetadata } from '../shared/pdf-metadata';
import {
  DEFAULT_PRINT_OPTIONS,
  printOptionsQuery,
  type PrintLayout,
} from '../shared/print-options';
import { APP_PRINT_URL } from './app-origin';
import { waitForPrintReady } from './print-ready';
import { createPrintWindow } from './windows';

/** A file name the save dialog can offer: no folders, no characters Windows forbids, ending in .pdf. */
export function pdfFileName(suggestedName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const safe = suggestedName.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-').trim();
  const base = safe === '' || /^\.+$/.test(safe) ? 'Quarterdeck deck' : safe;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/** The page a layout prints on, in inches (the print route's @page rule says the same). */
const PAGE_SIZES: Readonly<Record<PrintLayout, { width: number; height: number }>> = {
  slides: { width: 13.333, height: 7.5 },
  handout: { width: 8.5, height: 11 },
};

/** Says what went wrong in words the renderer can show. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Exports the deck as PDF: asks where to save, renders the print route in a hidden window
 * with the options in its URL (layout, appendix, title), waits for its ready marker, prints
 * it tagged with an outline, writes the Title and Author in, and writes the file. Never
 * throws; the print window is always closed.
 */
export async function exportPdf(
  parent: BrowserWindow | null,
  args: IpcArgs<'exportPdf'>,
): Promise<ExportPdfResult> {
  const options: SaveDialogOptions = {
    title: 'Export deck as PDF',
    defaultPath: pdfFileName(args.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  let filePath: string;
  try {
    const choice = await (parent
      ? dialog.showSaveDialog(parent, options)
      : dialog.showSaveDialog(options));
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
      return { status: 'cancelled' };
    filePath = choice.filePath;
  } catch (error) {
    return { status: 'failed', message: `Could not open the save dialog: ${messageOf(error)}` };
  }

  const print = args.options ?? DEFAULT_PRINT_OPTIONS;
  let win: BrowserWindow | undefined;
  try {
    win = createPrintWindow();
    await win.loadURL(`${APP_PRINT_URL}?${printOptionsQuery(print)}`);
    await waitForPrintReady(win.webContents);
    const pdf = await win.webContents.printToPDF({
      // The print route's @page rules say the same; stating the size here keeps the page even
      // if Chromium ever stops letting CSS override the defaults (0.4 in margins, Letter).
      pageSize: PAGE_SIZES[print.layout],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      preferCSSPageSize: true,
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
    // The page's title is the one the route settled on (the default when none was given).
    const title = win.webContents.getTitle();
    await fs.writeFile(filePath, await withPdfMetadata(pdf, { title, author: print.author }));
    return { status: 'saved', path: filePath };
  } catch (error) {
    return {
      status: 'failed',
      message: `Could not export the PDF to ${filePath}: ${messageOf(error)}`,
    };
  } finally {
    // destroy(), not close(): a hidden window must not survive because a page vetoed beforeunload.
    if (win !== undefined && !win.isDestroyed()) win.destroy();
  }
}
