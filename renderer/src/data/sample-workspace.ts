import type { RecordKind } from '../../../shared/import/types';
import { SAMPLE_KINDS } from '../../../shared/sample';
import type { QuarterdeckDb } from './db';
import type { SampleStageRequest } from './sample-worker/protocol';
import { stageSampleInWorker } from './sample-worker/start-sample-worker';
import { discardStaging, SESSION_ID, stagingBatches } from './staging';
import type { StagedImport } from './store';

/** The name a sample kind's staging batch goes by, should a crash leave it to be discarded. */
function stagingName(kind: RecordKind): string {
  return `the sample data (${kind})`;
}

/** Opens one staging batch per kind of the sample, in one transaction; resolves to their ids. */
export async function beginSampleStaging(
  database: QuarterdeckDb,
): Promise<Record<RecordKind, string>> {
  const startedAt = new Date().toISOString();
  const rows = SAMPLE_KINDS.map((kind) => ({
    id: crypto.randomUUID(),
    kind,
    fileName: stagingName(kind),
    startedAt,
    session: SESSION_ID,
  }));
  await stagingBatches(database).bulkAdd(rows);
  return Object.fromEntries(rows.map((row) => [row.kind, row.id])) as Record<RecordKind, string>;
}

/** Deletes the sample's staging batches and what they wrote; the published data is not touched. */
export async function discardSampleStaging(
  batchIds: Readonly<Record<RecordKind, string>>,
  database: QuarterdeckDb,
): Promise<void> {
  for (const id of Object.values(batchIds)) await discardStaging(id, database);
}

/**
 * Generates the whole sample workspace (every record kind, made from the same deals) and
 * stages each kind like a file of its own, unseen until published: in the sample worker, so
 * the ~40,000 rows never hold up the window, or in this thread where there is no Worker (unit
 * tests). Both run the same code (stageSample). Resolves to what publishing stores, one per
 * kind, opportunities first.
 */
export async function stageSampleWorkspace(
  request: SampleStageRequest,
  onProgress: (fraction: number) => void,
): Promise<StagedImport[]> {
  if (typeof Worker !== 'undefined') return stageSampleInWorker(request, onProgress);
  // Loaded on demand: the generator stays out of the window's bundle.
  const { stageSample } = await import('./sample-worker/stage-sample');
  return stageSample(request, onProgress);
}
