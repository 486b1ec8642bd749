import type { WebContents } from 'electron';

/**
 * Reads the print route's markers: `printReady` once every slide and chart is laid out, or
 * `printError` with a sentence when it cannot print (no data, every slide hidden).
 */
const READY_CHECK =
  "(() => { const d = document.documentElement.dataset; return d.printError ? { error: d.printError } : d.printReady === 'true'; })()";

/** What the page answered: ready, not yet, or a reason it will never be ready. */
type PrintState = boolean | { error: string };

function isPrintError(state: unknown): state is { error: string } {
  return (
    typeof state === 'object' && state !== null && typeof Reflect.get(state, 'error') === 'string'
  );
}

/** How long the print route may take to become ready before the export gives up. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

/** How often the marker is checked. */
const POLL_INTERVAL_MS = 100;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves once the page's print-ready marker is set; rejects at once with the page's own
 * sentence when it sets a print error, or with a clear message after the timeout (also when the page hangs so badly that the check itself never returns).
 */
export async function waitForPrintReady(
  contents: Pick<WebContents, 'executeJavaScript'>,
  timeoutMs: number = PRINT_READY_TIMEOUT_MS,
): Promise<void> {
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(
        new Error(
          `The print view was not ready after ${timeoutMs / 1000} s ` +
            "(document.documentElement.dataset.printReady never became 'true').",
        ),
      );
    }, timeoutMs);
  });
  const poll = async (): Promise<void> => {
    while (!timedOut) {
      const state = (await contents.executeJavaScript(READY_CHECK)) as PrintState;
      if (isPrintError(state)) throw new Error(state.error);
      if (state === true) return;
      await delay(POLL_INTERVAL_MS);
    }
  };
  try {
    await Promise.race([poll(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
