import type Dexie from 'dexie';
import type { ImportResult, RecordImportSummary, RecordKind } from '../../../shared/import/types';
import type { Target } from '../../../shared/records';
import { blankSummary } from '../../../shared/import/complete-import';
import { KIND_DEFINITIONS } from '../../../shared/import/kinds';
import type { Settings } from '../../../shared/settings';
import type { IsoDate } from '../../../shared/units';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import {
  db as appDb,
  type ImportBatch,
  type OpportunityImportBatch,
  type QuarterdeckDb,
} from './db';
import { deleteRecords, toPages } from './record-pages';
import { activeImportRow } from './active-import';
import { DISK_FULL_MESSAGE, WorkspaceFullError, isQuotaError } from './storage-errors';
import { stagingBatches } from './staging';
import { DISCARDED_MESSAGE } from './stage-pages';
import { completeSettings } from './schema';
import { mappingProfilesTable } from './mapping-profiles';
import { beginSampleStaging, discardSampleStaging, stageSampleWorkspace } from './sample-workspace';

export { DISK_FULL_MESSAGE, WorkspaceFullError } from './storage-errors';

/** How a confirmed import is stored: whether it is the sample, and when it was confirmed. */
export interface StoreImportOptions {
  isSample: boolean;
  /** ISO timestamp of the confirmation; the newest batch is the active one. */
  importedAt: string;
}

/**
 * Stores a confirmed opportunities import as the workspace's active dataset, all or nothing:
 * the new batch and every opportunity are written, and earlier batches kept as snapshots (see
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
  const batch: OpportunityImportBatch = {
    id,
    kind: 'opportunities',
    fileName: result.summary.fileName,
    importedAt: opts.importedAt,
    isSample: opts.isSample,
    summary: result.summary,
    errors: result.errors,
  };
  batch.dataAsOf = latestDataDate(result.records);
  const pages = toPages(id, 'opportunities', result.records);
  try {
    await replaceDataset(batch, database, [], () => database.recordPages.bulkAdd(pages));
  } catch (error) {
    if (isQuotaError(error)) throw new WorkspaceFullError(DISK_FULL_MESSAGE, { cause: error });
    throw error;
  }
  return id;
}

/** How many imports of one kind the workspace keeps: the active one and the newest earlier ones as snapshots. */
export const MAX_KEPT_IMPORTS = 12;

/**
 * The one transaction that makes `batch` the active import of its kind: the new batch and what
 * `fill` writes come in; earlier real imports of that kind stay as snapshots (the oldest beyond
 * MAX_KEPT_IMPORTS go, with their pages); a sample batch goes whenever anything else comes
 * in, since sample data is never a snapshot of real history and must not mix with it. When
 * the opportunities change (a new import of them, or the sample going), a pinned as-of date or period
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
    [database.imports, database.recordPages, database.settings, database.decks, ...extraTables],
    async () => {
      const earlier = await database.imports.orderBy('importedAt').reverse().toArray();
      const samples = earlier.filter((b) => b.isSample);
      const kept = earlier.filter((b) => !b.isSample && b.kind === batch.kind);
      // The new batch is one of the MAX_KEPT_IMPORTS; the oldest snapshots beyond that go.
      const dropped = [...samples, ...kept.slice(MAX_KEPT_IMPORTS - 1)];
      for (const old of dropped) await deleteBatchRows(old.id, database);
      await database.imports.add(batch);
      await fill();
      // The deck's figures come from the opportunities: words about them go when they change.
      if (batch.kind === 'opportunities' || samples.length > 0) {
        await forgetWordsAboutOldData(database);
      }
    },
  );
}

/** Deletes one batch and every page stored under it (inside the caller's transaction). */
async function deleteBatchRows(batchId: string, database: QuarterdeckDb): Promise<void> {
  await deleteRecords(database, batchId);
  await database.imports.delete(batchId);
}

/** The newest import of one kind: the active one, whose records the deck reads. */
export async function activeImportOf(
  kind: RecordKind,
  database: QuarterdeckDb = appDb,
): Promise<ImportBatch | undefined> {
  return activeImportRow<ImportBatch>(database, kind);
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
 * Deletes one import and its records in one transaction. Deleting the active (newest) import
 * of its kind makes the one before it active; for opportunities that resets a pinned as-of
 * date or period and the decks' hand-written words as a new import does; deleting the only import returns the
 * workspace to its first-run state, as clearWorkspace does. Resolves to the id of the
 * active import afterwards, or `null` when none is left.
 */
export async function deleteImport(
  batchId: string,
  database: QuarterdeckDb = appDb,
): Promise<string | null> {
  return database.transaction(
    'rw',
    [database.imports, database.recordPages, database.settings, database.decks],
    async () => {
      const doomed = await database.imports.get(batchId);
      if (doomed === undefined) throw new Error('This import was already deleted.');
      const active = await activeImportOf(doomed.kind, database);
      await deleteBatchRows(batchId, database);
      if ((await database.imports.count()) === 0) {
        await database.decks.clear();
        await forgetWordsAboutOldData(database);
        return null;
      }
      if (active?.id === batchId && doomed.kind === 'opportunities') {
        await forgetWordsAboutOldData(database);
      }
      return (await activeImportOf(doomed.kind, database))?.id ?? null;
    },
  );
}

/** What a staged import publishes besides its records: its summary, rejects and latest date. */
export type StagedImport = Omit<ImportBatch, 'importedAt' | 'isSample'>;

/**
 * Publishes a staging batch as the active import of its kind, in ONE short strict
 * transaction that keeps earlier imports as snapshots exactly as storeImport does. The pages
 * are already in `recordPages` under the batch id (the import worker wrote them there,
 * unseen), so publishing copies nothing: it adds the `imports` row that makes them visible and
 * drops the staging batch row. Until it commits the previous data is untouched, and a failure
 * leaves it so (the staged rows stay unseen until Cancel or the next start purges them).
 * Resolves to the batch id.
 */
export async function publishStaged(
  staged: StagedImport,
  opts: StoreImportOptions,
  database: QuarterdeckDb = appDb,
): Promise<string> {
  const { id } = staged;
  const batch = { ...staged, importedAt: opts.importedAt, isSample: opts.isSample } as ImportBatch;
  const batches = stagingBatches(database);
  try {
    await replaceDataset(batch, database, [batches], async () => {
      if ((await batches.get(id)) === undefined) throw new Error(DISCARDED_MESSAGE);
      const first = await database.recordPages.where('batchId').equals(id).first();
      if (first === undefined) throw new Error('This file has no records to import.');
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

/**
 * Generates the sample workspace as of `today` (every record kind, made from the same deals),
 * imports each kind like a file and stores them all flagged as sample: each becomes the active
 * import of its kind, and any real import later drops them all. The generating and importing
 * run in a Web Worker (where there is one) that writes the records into staging batches, so
 * the window never waits on them; publishing is one short transaction. `onProgress` hears how
 * far it is, from 0 to 1. Resolves to the opportunities' batch id.
 */
export async function loadSampleWorkspace(
  today: IsoDate,
  database: QuarterdeckDb = appDb,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<string> {
  const batchIds = await beginSampleStaging(database);
  try {
    const staged = await stageSampleWorkspace(
      { databaseName: database.name, today, batchIds },
      onProgress,
    );
    await storeSample(staged, new Date().toISOString(), database);
  } catch (error) {
    // Whatever was staged goes; a failure to clean up is left to the next start's purge.
    await discardSampleStaging(batchIds, database).catch(() => undefined);
    if (isQuotaError(error)) throw new WorkspaceFullError(DISK_FULL_MESSAGE, { cause: error });
    throw error;
  }
  return batchIds.opportunities;
}

/**
 * The one transaction that makes the sample's staged batches the active imports: their pages
 * are in place already, so it adds their `imports` rows (flagged as sample, opportunities
 * first) and drops the staging rows. An earlier sample goes (with its pages), real imports
 * stay where they are as snapshots, and, since the opportunities change, the as-of date,
 * period and the decks' words are reset as a new import of them does.
 */
async function storeSample(
  staged: readonly StagedImport[],
  importedAt: string,
  database: QuarterdeckDb,
): Promise<void> {
  const batches = stagingBatches(database);
  await database.transaction(
    'rw',
    [database.imports, database.recordPages, database.settings, database.decks, batches],
    async () => {
      const open = await batches.bulkGet(staged.map(({ id }) => id));
      if (open.some((row) => row === undefined)) throw new Error(DISCARDED_MESSAGE);
      const earlier = await database.imports.toArray();
      for (const old of earlier) if (old.isSample) await deleteBatchRows(old.id, database);
      await database.imports.bulkAdd(
        staged.map((batch) => ({ ...batch, importedAt, isSample: true }) as ImportBatch),
      );
      await batches.bulkDelete(staged.map(({ id }) => id));
      await forgetWordsAboutOldData(database);
    },
  );
}

/**
 * Removes every import, record and deck (a deck's words were written about that data) and
 * forgets the pinned as-of date and period; the organisation's own choices (fiscal year,
 * demand-source table) stay.
 */
export async function clearWorkspace(database: QuarterdeckDb = appDb): Promise<void> {
  await database.transaction(
    'rw',
    [database.imports, database.recordPages, database.settings, database.decks],
    async () => {
      await database.recordPages.clear();
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
 * Deletes the whole workspace (imports, records, settings and decks) in one transaction,
 * as on the first day. The error log and this computer's meta facts stay.
 */
export async function resetWorkspace(database: QuarterdeckDb = appDb): Promise<void> {
  await database.transaction(
    'rw',
    [
      database.imports,
      database.recordPages,
      database.settings,
      database.decks,
      mappingProfilesTable(database),
    ],
    async () => {
      await database.recordPages.clear();
      await database.imports.clear();
      await database.settings.clear();
      await database.decks.clear();
      // Saved column mappings are part of the workspace too: a reset leaves nothing behind.
      await mappingProfilesTable(database).clear();
    },
  );
}

/** The file name the import history shows for targets entered in the app's table. */
export const IN_APP_TARGETS_FILE = 'Targets entered in Quarterdeck';

/** The summary of targets entered in the app: every row "read" was typed, and stored. */
function inAppTargetsSummary(targets: readonly Target[]): RecordImportSummary<'targets'> {
  const total = targets.reduce((sum, target) => sum + target.amount, 0);
  return {
    kind: 'targets',
    ...blankSummary(KIND_DEFINITIONS.targets, IN_APP_TARGETS_FILE),
    rowsRead: targets.length,
    imported: targets.length,
    amountRead: total,
    amountStored: total,
  };
}

/**
 * Saves the targets typed in the app's table as the active targets, in one transaction.
 * When the active targets were entered in the app already, they are replaced in place (an
 * edit is not a new import); when they came from a file, the table becomes a new import
 * and the file stays in the history as a snapshot. Resolves to the batch id.
 */
export async function saveTargets(
  targets: readonly Target[],
  database: QuarterdeckDb = appDb,
): Promise<string> {
  const summary = inAppTargetsSummary(targets);
  try {
    return await database.transaction(
      'rw',
      [database.imports, database.recordPages, database.settings, database.decks],
      async () => {
        const active = await activeImportOf('targets', database);
        if (active !== undefined && active.fileName === IN_APP_TARGETS_FILE && !active.isSample) {
          await deleteRecords(database, active.id);
          await database.recordPages.bulkAdd(toPages(active.id, 'targets', targets));
          await database.imports.update(active.id, { summary, errors: [] });
          return active.id;
        }
        const id = crypto.randomUUID();
        const batch: ImportBatch = {
          id,
          kind: 'targets',
          fileName: IN_APP_TARGETS_FILE,
          importedAt: new Date().toISOString(),
          isSample: false,
          summary,
          errors: [],
          dataAsOf: null,
        };
        await replaceDataset(batch, database, [], () =>
          database.recordPages.bulkAdd(toPages(id, 'targets', targets)),
        );
        return id;
      },
    );
  } catch (error) {
    if (isQuotaError(error)) throw new WorkspaceFullError(DISK_FULL_MESSAGE, { cause: error });
    throw error;
  }
}
