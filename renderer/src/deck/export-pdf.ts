import {
  BRIDGE_GLOBAL,
  type ExportPdfResult,
  type QuarterdeckBridge,
} from '../../../shared/ipc-contract';
import {
  DEFAULT_PRINT_OPTIONS,
  printOptionsQuery,
  type PrintOptions,
} from '../../../shared/print-options';

/** The desktop shell's bridge, or `null` in a plain browser. */
export function desktopBridge(): QuarterdeckBridge | null {
  const value: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  if (typeof value !== 'object' || value === null) return null;
  return Reflect.get(value, 'isDesktop') === true &&
    typeof Reflect.get(value, 'exportPdf') === 'function'
    ? (value as QuarterdeckBridge)
    : null;
}

/** What the editor says after an export: the shell's result, or that the browser's print dialog opened. */
export type ExportOutcome = ExportPdfResult | { status: 'browser' };

/**
 * Exports the deck with the export dialog's options: through the shell's save dialog and
 * printToPDF on the desktop (outline, tags, Title and Author written), or in a plain browser
 * by opening the print route with the options, which prints itself once every chart is drawn
 * (the browser's "Save as PDF" takes the title, but it has no author field).
 */
export async function exportDeckPdf(
  suggestedName: string,
  options: PrintOptions = DEFAULT_PRINT_OPTIONS,
): Promise<ExportOutcome> {
  const bridge = desktopBridge();
  if (bridge) {
    try {
      return await bridge.exportPdf({ suggestedName, options });
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }
  const query = printOptionsQuery(options);
  const url = `${window.location.pathname}${window.location.search}#/print?autoprint=1&${query}`;
  window.open(url, '_blank');
  return { status: 'browser' };
}

/** The sentence the editor shows for an export outcome. */
export function describeExport(outcome: ExportOutcome): string {
  switch (outcome.status) {
    case 'saved':
      return `Saved to ${outcome.path}`;
    case 'cancelled':
      return 'Export cancelled.';
    case 'failed':
      return `The PDF could not be written: ${outcome.message}`;
    case 'browser':
      return 'The print view opened in a new window; choose “Save as PDF” in its print dialog.';
  }
}
