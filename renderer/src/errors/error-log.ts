import { db as appDb, type ErrorLogEntry, type QuarterdeckDb } from '../data/db';

/** The log keeps the newest entries only: enough to diagnose, never growing without bound. */
export const ERROR_LOG_CAP = 200;

/** An error as recorded, before the log numbers it. */
export type ErrorReport = Omit<ErrorLogEntry, 'id'>;

/** The message and stack of anything thrown or rejected (an Error, a string, anything else). */
export function describeError(reason: unknown): { message: string; stack: string | null } {
  if (reason instanceof Error) {
    return { message: reason.message || reason.name, stack: reason.stack ?? null };
  }
  if (typeof reason === 'string') return { message: reason, stack: null };
  try {
    return { message: JSON.stringify(reason) ?? String(reason), stack: null };
  } catch {
    return { message: String(reason), stack: null };
  }
}

/**
 * Adds an entry to the local error log and drops the oldest beyond the cap, in one transaction.
 * Nothing is sent anywhere: the log only leaves the computer if the user copies it.
 */
export async function recordError(
  report: ErrorReport,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  await database.transaction('rw', database.errorLog, async () => {
    await database.errorLog.add(report);
    const excess = (await database.errorLog.count()) - ERROR_LOG_CAP;
    if (excess > 0) {
      const oldest = await database.errorLog.orderBy('id').limit(excess).primaryKeys();
      await database.errorLog.bulkDelete(oldest);
    }
  });
}

/** The log's entries, newest first. */
export async function listErrors(database: QuarterdeckDb = appDb): Promise<ErrorLogEntry[]> {
  return database.errorLog.orderBy('id').reverse().toArray();
}

/** Empties the error log. */
export async function clearErrorLog(database: QuarterdeckDb = appDb): Promise<void> {
  await database.errorLog.clear();
}

/** Entries as plain text for the clipboard: when, where, what, and the stack. */
export function formatErrorDetails(entries: readonly ErrorReport[]): string {
  return entries
    .map((e) =>
      [`${e.time}  ${e.source}  ${e.route || '#/'}`, e.message, e.stack ?? '']
        .filter((line) => line !== '')
        .join('\n'),
    )
    .join('\n\n');
}
