import { RECORD_KINDS } from '../../../shared/import/kinds';
import { db as appDb, type QuarterdeckDb } from './db';

/** How many of each thing the workspace holds: imports, records of each kind, and the other tables' rows. */
export type RowCounts = Record<string, number>;

/** The tables whose rows mean nothing to a user: pages are counted as records, staging is not data yet. */
const NOT_COUNTED = new Set(['recordPages', 'stagingBatches']);

/**
 * Counts what the workspace holds: imports, then the records of every kind stored by a
 * confirmed import (snapshots included; an import still being written is not data yet), then
 * the rows of the other tables (settings, decks, saved mappings, error log, meta).
 */
export async function countRows(database: QuarterdeckDb = appDb): Promise<RowCounts> {
  const counts: RowCounts = { imports: await database.imports.count() };
  for (const kind of RECORD_KINDS) counts[kind] = 0;
  const published = new Set(await database.imports.toCollection().primaryKeys());
  // A cursor reads one page per step, so even 200,000 records never make one long task.
  await database.recordPages.each((page) => {
    if (published.has(page.batchId)) counts[page.kind] = (counts[page.kind] ?? 0) + page.count;
  });
  for (const table of database.tables) {
    if (table.name === 'imports' || NOT_COUNTED.has(table.name)) continue;
    counts[table.name] = await table.count();
  }
  return counts;
}

/** What this origin's storage uses and may use, in bytes; `null` when the browser cannot say. */
export async function estimateStorage(
  storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage,
): Promise<{ usage: number; quota: number } | null> {
  if (!storage || typeof storage.estimate !== 'function') return null;
  const { usage, quota } = await storage.estimate();
  if (usage === undefined || quota === undefined) return null;
  return { usage, quota };
}

/** A byte count as people read it: 0 B, 12 KB, 3.4 MB, 1.2 GB (powers of 1024). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}
