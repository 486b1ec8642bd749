/**
 * The markers on <html> the desktop shell and the CLI wait for: `data-print-ready="true"`
 * once every page is drawn, or `data-print-error` with a sentence saying why nothing prints.
 */

/** Marks the page ready to print, unless it has already failed. */
export function markPrintReady(): void {
  const data = document.documentElement.dataset;
  if (data.printError === undefined) data.printReady = 'true';
}

/** Marks the page as unprintable with a sentence saying why; a failure always wins over ready. */
export function markPrintError(message: string): void {
  const data = document.documentElement.dataset;
  delete data.printReady;
  data.printError = message;
}

/** Clears an error marker with exactly this message, once its cause is gone (e.g. a slide is shown again). */
export function clearPrintError(message: string): void {
  const data = document.documentElement.dataset;
  if (data.printError === message) delete data.printError;
}
