/** What the user reads when a write did not fit on the disk; the import screen shows it as is. */
export const DISK_FULL_MESSAGE =
  'Your disk is full: the import was not stored; your previous data is unchanged. Free some space and try again.';

/** A write refused for lack of space; the transaction rolled back, so nothing changed. */
export class WorkspaceFullError extends Error {
  /** Wraps the storage error that reported the full disk or quota. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkspaceFullError';
  }
}

function nested(error: object): unknown[] {
  const found: unknown[] = [];
  if ('inner' in error) found.push(error.inner);
  if ('cause' in error) found.push(error.cause);
  // Dexie's BulkError keeps the per-row failures in an array (v3) or by position (v4).
  if ('failures' in error && Array.isArray(error.failures)) {
    const failures: unknown[] = error.failures;
    found.push(...failures);
  }
  if ('failuresByPos' in error && typeof error.failuresByPos === 'object' && error.failuresByPos) {
    const byPosition: Record<string, unknown> = { ...error.failuresByPos };
    found.push(...Object.values(byPosition));
  }
  return found;
}

/**
 * Whether an error, or any error it wraps (Dexie wraps the DOMException, bulk writes collect
 * per-row failures), says the disk or the origin's quota is full.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  if ('name' in error && error.name === 'QuotaExceededError') return true;
  return nested(error).some((inner) => isQuotaError(inner, depth + 1));
}
