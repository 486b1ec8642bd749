import type Dexie from 'dexie';
import type { RecordKind } from '../../../shared/import/types';
import { db as appDb, type QuarterdeckDb } from './db';

/** An import being written: its file, what it holds, and the window session that started it. */
export interface StagingBatch {
  id: string;
  kind: RecordKind;
  fileName: string;
  startedAt: string;
  /** The app session that writes it; a batch of another session was left by a crash or a closed window. */
  session: string;
}

/** One staged record, in file order. */
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

/** The staged record table, keyed by [batchId+seq]. */
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
  });
  return id;
}

/** Writes one chunk of records to a staging batch, numbered from `firstSeq`, in one transaction. */
export async function stageRecords(
  batchId: string,
  firstSeq: number,
  records: readonly unknown[],
  database: QuarterdeckDb = appDb,
): Promise<void> {
  await stagingRecords(database).bulkAdd(
    records.map((record, i) => ({ batchId, seq: firstSeq + i, record })),
  );
}

/** The primary-key range of one batch's staged records. */
export function batchRange(batchId: string): [[string, number], [string, number]] {
  return [
    [batchId, -Infinity],
    [batchId, Infinity],
  ];
}

/** Deletes a staging batch and its records; the published data is not touched. */
export async function discardStaging(
  batchId: string,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  const records = stagingRecords(database);
  await database.transaction('rw', [stagingBatches(database), records], async () => {
    await stagingBatches(database).delete(batchId);
    const [from, to] = batchRange(batchId);
    await records.where(':id').between(from, to, true, true).delete();
  });
}

/**
 * Deletes what imports of earlier sessions left in staging (a crash, a closed window) and
 * resolves to the names of their files, for a message. Records whose batch was published or
 * discarded but not yet swept go too, silently.
 */
export async function purgeAbandonedStaging(database: QuarterdeckDb = appDb): Promise<string[]> {
  const batches = stagingBatches(database);
  const records = stagingRecords(database);
  return database.transaction('rw', [batches, records], async () => {
    const all = await batches.toArray();
    const abandoned = all.filter((batch) => batch.session !== SESSION_ID);
    const live = new Set(all.filter((batch) => batch.session === SESSION_ID).map((b) => b.id));
    await batches.bulkDelete(abandoned.map((batch) => batch.id));
    // Jump from batch to batch through the key order rather than reading every key.
    let after: [string, number] | null = null;
    for (;;) {
      const next: StagedRecord | undefined =
        after === null
          ? await records.orderBy(':id').first()
          : await records.where(':id').above(after).first();
      if (next === undefined) break;
      if (!live.has(next.batchId)) {
        const [from, to] = batchRange(next.batchId);
        await records.where(':id').between(from, to, true, true).delete();
      }
      after = [next.batchId, Infinity];
    }
    return abandoned.map((batch) => batch.fileName);
  });
}

/** Records of a batch in file order, `size` at a time, from `afterSeq` (exclusive). */
export async function stagedChunk(
  batchId: string,
  afterSeq: number,
  size: number,
  database: QuarterdeckDb = appDb,
): Promise<StagedRecord[]> {
  return stagingRecords(database)
    .where(':id')
    .between([batchId, afterSeq], [batchId, Infinity], false, true)
    .limit(size)
    .toArray();
}
