import type { WebContents } from 'electron';

/** The marker the print route sets once every slide and chart is laid out. */
const READY_CHECK = "document.documentElement.dataset.printReady === 'true'";

/** How long the print route may take to become ready before the export gives up. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

/** How often the marker is checked. */
const POLL_INTERVAL_MS = 100;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves once the page's print-ready marker is set, or rejects with a clear message
 * after the timeout (also when the page hangs so badly that the check itself never returns).
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
      if ((await contents.executeJavaScript(READY_CHECK)) === true) return;
      await delay(POLL_INTERVAL_MS);
    }
  };
  try {
    await Promise.race([poll(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
