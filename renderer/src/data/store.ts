import type Dexie from 'dexie';
import { importOpportunities } from '../../../shared/import';
import { generateSampleOpportunitiesCsv } from '../../../shared/sample';
import type { ImportResult } from '../../../shared/import/types';
import type { Settings } from '../../../shared/settings';
import type { IsoDate } from '../../../shared/units';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import { db as appDb, type ImportBatch, type QuarterdeckDb, type StoredOpportunity } from './db';
import { DISK_FULL_MESSAGE, WorkspaceFullError, isQuotaError } from './storage-errors';
import { stagingBatches } from './staging';
import { completeSettings } from './schema';
import { mappingProfilesTable } from './mapping-profiles';

export { DISK_FULL_MESSAGE, WorkspaceFullError } from './storage-errors';

/** How a confirmed import is stored: whether it is the sample, and when it was confirmed. */
export interface StoreImportOptions {
  isSample: boolean;
  /** ISO timestamp of the confirmation; the newest batch is the active one. */
  importedAt: string;
}

/**
 * Stores a confirmed import as the workspace's active dataset, all or nothing: the new batch
 * and every opportunity are written, and earlier batches kept as snapshots (see
 * replaceDataset), in one transaction,
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
  batch.dataAsOf = latestDataDate(result.records);
  const rows: StoredOpportunity[] = result.records.map((record) => ({ ...record, batchId: id }));
  try {
    await publishBatch(batch, rows, database);
  } catch (error) {
    if (isQuotaError(error)) throw new WorkspaceFullError(DISK_FULL_MESSAGE, { cause: error });
    throw error;
  }
  return id;
}

/** Makes `batch` and its rows the active dataset in one transaction (all or nothing). */
async function publishBatch(
  batch: ImportBatch,
  rows: StoredOpportunity[],
  database: QuarterdeckDb,
): Promise<void> {
  await replaceDataset(batch, database, [], () => database.opportunities.bulkAdd(rows));
}

/** How many imports the workspace keeps: the active one and the newest earlier ones as snapshots. */
export const MAX_KEPT_IMPORTS = 12;

/**
 * The one transaction that makes `batch` the active dataset: the new batch and what `fill`
 * writes come in; earlier real imports stay as snapshots (the oldest beyond
 * MAX_KEPT_IMPORTS go, with their rows); a sample batch goes whenever anything else comes
 * in, since sample data is never a snapshot of real history. A pinned as-of date or period
 * is reset, and the decks' hand-written headlines and notes return to the drafts (their
 * order and hidden slides stay): words written about the old figures must not stand over
 * the new ones.
 */
async function replaceDataset(
  batch: ImportBatch,
  database: QuarterdeckDb,
  extraTables: readonly Dexie.Table[],
  fill: () => Promise<unknown>,
): Promise<void> {
  await database.transaction(
    'rw',
    [database.imports, database.opportunities, database.settings, database.decks, ...extraTables],
    async () => {
      const earlier = await database.imports.orderBy('importedAt').reverse().toArray();
      const samples = earlier.filter((b) => b.isSample);
      const kept = earlier.filter((b) => !b.isSample);
      // The new batch is one of the MAX_KEPT_IMPORTS; the oldest snapshots beyond that go.
      const dropped = [...samples, ...kept.slice(MAX_KEPT_IMPORTS - 1)];
      for (const old of dropped) await deleteBatchRows(old.id, database);
      await database.imports.add(batch);
      await fill();
      await forgetWordsAboutOldData(database);
    },
  );
}

/** Deletes one batch and every opportunity stored under it (inside the caller's transaction). */
async function deleteBatchRows(batchId: string, database: QuarterdeckDb): Promise<void> {
  await database.opportunities.where('batchId').equals(batchId).delete();
  await database.imports.delete(batchId);
}

/**
 * The active data changed: a pinned as-of date or period belongs to the old data, and the
 * decks' hand-written headlines and notes were written about it (inside the caller's transaction).
 */
async function forgetWordsAboutOldData(database: QuarterdeckDb): Promise<void> {
  const current = await database.settings.get('workspace');
  if (current && (current.value.asOf !== null || current.value.period !== null)) {
    await database.settings.put({
      key: 'workspace',
      value: { ...current.value, asOf: null, period: null },
    });
  }
  await database.decks.toCollection().modify((deck) => {
    deck.slides = deck.slides.map((slide) => ({ ...slide, headline: null, notes: null }));
  });
}

/**
 * Deletes one import and its opportunities in one transaction. Deleting the active (newest)
 * import makes the one before it active, resetting a pinned as-of date or period and the
 * decks' hand-written words as a new import does; deleting the only import returns the
 * workspace to its first-run state, as clearWorkspace does. Resolves to the id of the
 * active import afterwards, or `null` when none is left.
 */
export async function deleteImport(
  batchId: string,
  database: QuarterdeckDb = appDb,
): Promise<string | null> {
  return database.transaction(
    'rw',
    [database.imports, database.opportunities, database.settings, database.decks],
    async () => {
      const active = await database.imports.orderBy('importedAt').last();
      if ((await database.imports.get(batchId)) === undefined) {
        throw new Error('This import was already deleted.');
      }
      await deleteBatchRows(batchId, database);
      const next = await database.imports.orderBy('importedAt').last();
      if (next === undefined) {
        await database.decks.clear();
        await forgetWordsAboutOldData(database);
        return null;
      }
      if (active?.id === batchId) await forgetWordsAboutOldData(database);
      return next.id;
    },
  );
}

/** What a staged opportunities import publishes besides its records. */
export interface StagedOpportunities {
  batchId: string;
  summary: ImportResult['summary'];
  errors: ImportResult['errors'];
}

/**
 * Publishes a staging batch of opportunities as the workspace's active dataset, in ONE short
 * strict transaction that keeps earlier imports as snapshots exactly as storeImport does. The
 * rows are already in `opportunities` under the batch id (stageRecords wrote them there,
 * unseen), so publishing copies nothing: it adds the `imports` row that makes them visible and
 * drops the staging batch row. Until it commits the previous data is untouched, and a failure
 * leaves it so (the staged rows stay unseen until Cancel or the next start purges them).
 * Resolves to the batch id.
 */
export async function publishStagedOpportunities(
  staged: StagedOpportunities,
  opts: StoreImportOptions,
  database: QuarterdeckDb = appDb,
): Promise<string> {
  const { batchId: id } = staged;
  const batch: ImportBatch = {
    id,
    fileName: staged.summary.fileName,
    importedAt: opts.importedAt,
    isSample: opts.isSample,
    summary: staged.summary,
    errors: staged.errors,
  };
  const batches = stagingBatches(database);
  try {
    await replaceDataset(batch, database, [batches], async () => {
      const stagingBatch = await batches.get(id);
      if (stagingBatch === undefined) {
        throw new Error(
          'This import was discarded before it was confirmed; import the file again.',
        );
      }
      const first = await database.opportunities.where('batchId').equals(id).first();
      if (first === undefined) throw new Error('This file has no opportunities to import.');
      await database.imports.update(id, { dataAsOf: stagingBatch.dataAsOf ?? null });
      await batches.delete(id);
    });
  } catch (error) {
    if (isQuotaError(error)) throw new WorkspaceFullError(DISK_FULL_MESSAGE, { cause: error });
    throw error;
  }
  return id;
}

/** Saves the workspace settings (one row under the key `workspace`). */
export async function saveSettings(
  settings: Settings,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  await database.settings.put({ key: 'workspace', value: settings });
}

/** A change to the settings, applied to what is stored at the moment it is written. */
export type SettingsChange = (current: Settings) => Settings;

/**
 * Applies a change to the stored settings in one read-modify-write transaction, so two
 * quick changes (made before the screen has re-read the first) both survive.
 */
export async function updateSettings(
  change: SettingsChange,
  database: QuarterdeckDb = appDb,
): Promise<Settings> {
  return database.transaction('rw', database.settings, async () => {
    const row = await database.settings.get('workspace');
    const next = change(completeSettings(row?.value ?? {}));
    await database.settings.put({ key: 'workspace', value: next });
    return next;
  });
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
      await database.decks.toCollection().modify((deck) => {
        deck.slides = deck.slides.map((slide) => ({ ...slide, headline: null, notes: null }));
      });
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
    [
      database.imports,
      database.opportunities,
      database.settings,
      database.decks,
      mappingProfilesTable(database),
    ],
    async () => {
      await database.opportunities.clear();
      await database.imports.clear();
      await database.settings.clear();
      await database.decks.clear();
      // Saved column mappings are part of the workspace too: a reset leaves nothing behind.
      await mappingProfilesTable(database).clear();
    },
  );
}
