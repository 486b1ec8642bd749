import type Dexie from 'dexie';
import type { RecordKind } from '../../../shared/import/types';
import { db as appDb, type QuarterdeckDb } from './db';
import { deleteRecords, toPages } from './record-pages';
import { stagePages } from './stage-pages';

/** An import being written: its file, what it holds, and the window session that started it. */
export interface StagingBatch {
  id: string;
  kind: RecordKind;
  fileName: string;
  startedAt: string;
  /** The app session that writes it; a batch of another session was left by a crash or a closed window. */
  session: string;
}

/** This window's session: batches it staged are its own, every other one was abandoned. */
export const SESSION_ID: string = crypto.randomUUID();

/** The staging batch table (declared in schema v3; not a typed property of QuarterdeckDb). */
export function stagingBatches(database: QuarterdeckDb): Dexie.Table<StagingBatch, string> {
  return database.table<StagingBatch, string>('stagingBatches');
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

/**
 * Writes one import's records (already in memory, as tests and small files have them) to its
 * staging batch, in pages; see stagePages.
 */
export async function stageRecords(
  batchId: string,
  kind: RecordKind,
  records: readonly unknown[],
  database: QuarterdeckDb = appDb,
): Promise<void> {
  await stagePages(database, toPages(batchId, kind, records));
}

/** Deletes a staging batch and the rows it wrote; the published data is not touched. */
export async function discardStaging(
  batchId: string,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  const batches = stagingBatches(database);
  await database.transaction('rw', [batches, database.imports, database.recordPages], async () => {
    await batches.delete(batchId);
    // Once published the pages are the workspace's; only unpublished ones are ours to drop.
    if ((await database.imports.get(batchId)) !== undefined) return;
    await deleteRecords(database, batchId);
  });
}

/**
 * Deletes what imports of earlier sessions left (a crash, a closed window) and resolves to the
 * names of their files, for a message: their staging batches, and every page whose batch
 * neither an `imports` row nor a staging batch of this session names.
 */
export async function purgeAbandonedStaging(database: QuarterdeckDb = appDb): Promise<string[]> {
  const batches = stagingBatches(database);
  return database.transaction('rw', [batches, database.imports, database.recordPages], async () => {
    const all = await batches.toArray();
    const abandoned = all.filter((batch) => batch.session !== SESSION_ID);
    const live = new Set(all.filter((batch) => batch.session === SESSION_ID).map((b) => b.id));
    await batches.bulkDelete(abandoned.map((batch) => batch.id));
    const published = new Set(await database.imports.toCollection().primaryKeys());
    // One key per batch (a unique-key cursor), not one per page.
    const batchIds = await database.recordPages.orderBy('batchId').uniqueKeys();
    for (const batchId of batchIds) {
      if (typeof batchId !== 'string' || published.has(batchId) || live.has(batchId)) continue;
      await deleteRecords(database, batchId);
    }
    return abandoned.map((batch) => batch.fileName);
  });
}
