import { importOpportunities } from '../../../shared/import';
import { generateSampleOpportunitiesCsv } from '../../../shared/sample';
import type { ImportResult } from '../../../shared/import/types';
import type { Settings } from '../../../shared/settings';
import type { IsoDate } from '../../../shared/units';
import { db as appDb, type ImportBatch, type QuarterdeckDb, type StoredOpportunity } from './db';
import { DISK_FULL_MESSAGE, WorkspaceFullError, isQuotaError } from './storage-errors';

export { DISK_FULL_MESSAGE, WorkspaceFullError } from './storage-errors';

/** How a confirmed import is stored: whether it is the sample, and when it was confirmed. */
export interface StoreImportOptions {
  isSample: boolean;
  /** ISO timestamp of the confirmation; the newest batch is the active one. */
  importedAt: string;
}

/**
 * Stores a confirmed import as the workspace's one dataset, all or nothing: the new batch
 * and every opportunity are written, and the previous batches removed, in one transaction,
 * so a failed write leaves the previous data exactly as it was. A full disk or quota becomes a
 * WorkspaceFullError that says so. Resolves to the batch id.
 */
export async function storeImport(
  result: ImportResult,
  opts: StoreImportOptions,
  database: QuarterdeckDb = appDb,
): Promise<string> {
  if (result.fatal !== null) {
    throw new Error(`This file cannot be imported: ${result.fatal}`);
  }
  if (result.records.length === 0) {
    throw new Error('This file has no opportunities to import.');
  }
  const id = crypto.randomUUID();
  const batch: ImportBatch = {
    id,
    fileName: result.summary.fileName,
    importedAt: opts.importedAt,
    isSample: opts.isSample,
    summary: result.summary,
    errors: result.errors,
  };
  const rows: StoredOpportunity[] = result.records.map((record) => ({ ...record, batchId: id }));
  try {
    await publishBatch(batch, rows, database);
  } catch (error) {
    if (isQuotaError(error)) throw new WorkspaceFullError(DISK_FULL_MESSAGE, { cause: error });
    throw error;
  }
  return id;
}

/** Replaces the dataset with `batch` and its rows in one transaction (all or nothing). */
async function publishBatch(
  batch: ImportBatch,
  rows: StoredOpportunity[],
  database: QuarterdeckDb,
): Promise<void> {
  await database.transaction(
    'rw',
    [database.imports, database.opportunities, database.settings],
    async () => {
      // One dataset at a time: a new import replaces the old one (sample included).
      await database.opportunities.clear();
      await database.imports.clear();
      await database.imports.add(batch);
      await database.opportunities.bulkAdd(rows);
      // A pinned as-of date or period belongs to the old data; the new data starts from its defaults.
      const current = await database.settings.get('workspace');
      if (current && (current.value.asOf !== null || current.value.period !== null)) {
        await database.settings.put({
          key: 'workspace',
          value: { ...current.value, asOf: null, period: null },
        });
      }
    },
  );
}

/** Saves the workspace settings (one row under the key `workspace`). */
export async function saveSettings(
  settings: Settings,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  await database.settings.put({ key: 'workspace', value: settings });
}

/** Generates the sample pipeline as of `today`, imports it like any file and stores it flagged as sample. */
export async function loadSampleWorkspace(
  today: IsoDate,
  database: QuarterdeckDb = appDb,
): Promise<string> {
  const sample = generateSampleOpportunitiesCsv({ anchorDate: today });
  const bytes = new TextEncoder().encode(sample.csv);
  const result = importOpportunities(bytes, { fileName: sample.fileName });
  return storeImport(result, { isSample: true, importedAt: new Date().toISOString() }, database);
}

/**
 * Removes every import, opportunity and deck (a deck's words were written about that data) and
 * forgets the pinned as-of date and period; the organisation's own choices (fiscal year,
 * demand-source table) stay.
 */
export async function clearWorkspace(database: QuarterdeckDb = appDb): Promise<void> {
  await database.transaction(
    'rw',
    [database.imports, database.opportunities, database.settings, database.decks],
    async () => {
      await database.opportunities.clear();
      await database.imports.clear();
      await database.decks.clear();
      const current = await database.settings.get('workspace');
      if (current) {
        await database.settings.put({
          key: 'workspace',
          value: { ...current.value, asOf: null, period: null },
        });
      }
    },
  );
}

/**
 * Deletes the whole workspace (imports, opportunities, settings and decks) in one transaction,
 * as on the first day. The error log and this computer's meta facts stay.
 */
export async function resetWorkspace(database: QuarterdeckDb = appDb): Promise<void> {
  await database.transaction(
    'rw',
    [database.imports, database.opportunities, database.settings, database.decks],
    async () => {
      await database.opportunities.clear();
      await database.imports.clear();
      await database.settings.clear();
      await database.decks.clear();
    },
  );
}
