import { db as appDb, type QuarterdeckDb } from './db';

/** How many rows each table of the database holds, by table name. */
export type RowCounts = Record<string, number>;

/** Counts the rows of every table (workspace, error log and meta). */
export async function countRows(database: QuarterdeckDb = appDb): Promise<RowCounts> {
  const counts: RowCounts = {};
  for (const table of database.tables) counts[table.name] = await table.count();
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
