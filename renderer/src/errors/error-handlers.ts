import { describeError, recordError, type ErrorReport } from './error-log';

/** Where the handlers listen and what they read the route from (the window, or a test's stand-in). */
export interface ErrorSource {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: Event) => void): void;
  removeEventListener(type: 'error' | 'unhandledrejection', listener: (event: Event) => void): void;
  location: { hash: string };
}

/** Builds the log entry for an error event or a rejected promise's reason. */
export function reportFor(
  source: ErrorReport['source'],
  reason: unknown,
  route: string,
  now: Date,
): ErrorReport {
  return { time: now.toISOString(), route, source, ...describeError(reason) };
}

function reasonOf(event: Event): { source: ErrorReport['source']; reason: unknown } {
  if ('reason' in event) return { source: 'unhandledrejection', reason: event.reason };
  if ('error' in event && event.error != null) return { source: 'error', reason: event.error };
  const message =
    'message' in event && typeof event.message === 'string' ? event.message : 'Unknown error';
  return { source: 'error', reason: message };
}

/**
 * Records every uncaught error and unhandled rejection in the local log. A failure to record
 * (the database closed or full) is dropped, never re-thrown, so logging cannot loop.
 * Returns a function that removes the handlers.
 */
export function installErrorHandlers(
  target: ErrorSource,
  record: (report: ErrorReport) => Promise<void> = recordError,
  clock: () => Date = () => new Date(),
): () => void {
  const listener = (event: Event): void => {
    const { source, reason } = reasonOf(event);
    record(reportFor(source, reason, target.location.hash, clock())).catch(() => undefined);
  };
  target.addEventListener('error', listener);
  target.addEventListener('unhandledrejection', listener);
  return () => {
    target.removeEventListener('error', listener);
    target.removeEventListener('unhandledrejection', listener);
  };
}
