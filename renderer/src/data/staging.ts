import type Dexie from 'dexie';
import type { RecordKind } from '../../../shared/import/types';
import type { Opportunity } from '../../../shared/records';
import type { IsoDate } from '../../../shared/units';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import { db as appDb, type QuarterdeckDb } from './db';

/** An import being written: its file, what it holds, and the window session that started it. */
export interface StagingBatch {
  id: string;
  kind: RecordKind;
  fileName: string;
  startedAt: string;
  /** The app session that writes it; a batch of another session was left by a crash or a closed window. */
  session: string;
  /** The latest date in the rows staged so far, kept as they are written so publishing need not read them. */
  dataAsOf?: IsoDate | null;
}

/** One record of the legacy staging table (schema v3); nothing writes there now, the purge sweeps it. */
export interface StagedRecord {
  batchId: string;
  seq: number;
  record: unknown;
}

/** This window's session: batches it staged are its own, every other one was abandoned. */
export const SESSION_ID: string = crypto.randomUUID();

/** The staging batch table (declared in schema v3; not a typed property of QuarterdeckDb). */
export function stagingBatches(database: QuarterdeckDb): Dexie.Table<StagingBatch, string> {
  return database.table<StagingBatch, string>('stagingBatches');
}

/** The legacy staged record table, keyed by [batchId+seq]; only the purge touches it now. */
export function stagingRecords(
  database: QuarterdeckDb,
): Dexie.Table<StagedRecord, [string, number]> {
  return database.table<StagedRecord, [string, number]>('stagingRecords');
}

/** Opens a staging batch for a file; resolves to its id. */
export async function beginStaging(
  kind: RecordKind,
  fileName: string,
  database: QuarterdeckDb = appDb,
): Promise<string> {
  const id = crypto.randomUUID();
  await stagingBatches(database).add({
    id,
    kind,
    fileName,
    startedAt: new Date().toISOString(),
    session: SESSION_ID,
    dataAsOf: null,
  });
  return id;
}

/**
 * Writes one chunk of opportunities straight into `opportunities` under the staging batch's id,
 * in one transaction. No screen sees them until publishing adds an `imports` row naming the
 * batch, so Confirm copies nothing. `firstSeq` (the chunk's place in the file) is kept in the
 * signature for the import screen; rows are keyed by [batchId+id]. A batch discarded meanwhile
 * gets no rows, so a late chunk cannot leave orphans.
 */
export async function stageRecords(
  batchId: string,
  _firstSeq: number,
  records: readonly unknown[],
  database: QuarterdeckDb = appDb,
): Promise<void> {
  const batches = stagingBatches(database);
  const opportunities = records as readonly Opportunity[];
  await database.transaction('rw', [batches, database.opportunities], async () => {
    const batch = await batches.get(batchId);
    if (batch === undefined) {
      throw new Error('This import was discarded before it was confirmed; import the file again.');
    }
    await database.opportunities.bulkAdd(opportunities.map((record) => ({ ...record, batchId })));
    const latest = latestDataDate(opportunities);
    const known = batch.dataAsOf ?? null;
    if (latest !== null && (known === null || latest > known)) {
      await batches.update(batchId, { dataAsOf: latest });
    }
  });
}

/** Deletes a staging batch and the rows it wrote; the published data is not touched. */
export async function discardStaging(
  batchId: string,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  const batches = stagingBatches(database);
  await database.transaction(
    'rw',
    [batches, database.imports, database.opportunities],
    async () => {
      await batches.delete(batchId);
      // Once published the rows are the workspace's; only unpublished ones are ours to drop.
      if ((await database.imports.get(batchId)) !== undefined) return;
      await database.opportunities.where('batchId').equals(batchId).delete();
    },
  );
}

/**
 * Deletes what imports of earlier sessions left (a crash, a closed window) and resolves to the
 * names of their files, for a message: their staging rows, and any other opportunities whose
 * batch neither an `imports` row nor a staging batch of this session names. Rows of the legacy
 * staging table go too, silently.
 */
export async function purgeAbandonedStaging(database: QuarterdeckDb = appDb): Promise<string[]> {
  const batches = stagingBatches(database);
  const records = stagingRecords(database);
  return database.transaction(
    'rw',
    [batches, records, database.imports, database.opportunities],
    async () => {
      const all = await batches.toArray();
      const abandoned = all.filter((batch) => batch.session !== SESSION_ID);
      const live = new Set(all.filter((batch) => batch.session === SESSION_ID).map((b) => b.id));
      await batches.bulkDelete(abandoned.map((batch) => batch.id));
      const published = new Set(await database.imports.toCollection().primaryKeys());
      // One key per batch (a unique-key cursor), not one per row.
      const batchIds = await database.opportunities.orderBy('batchId').uniqueKeys();
      for (const batchId of batchIds) {
        if (typeof batchId !== 'string' || published.has(batchId) || live.has(batchId)) continue;
        await database.opportunities.where('batchId').equals(batchId).delete();
      }
      await records.clear();
      return abandoned.map((batch) => batch.fileName);
    },
  );
}
