import type { ReportRequest } from './report-worker/protocol';
import { db } from './db';
import { useActiveBatch } from './use-workspace';

/** The report request of the workspace's active imports, as `useReport` sends it; `null` before there is one. */
export function useReportRequest(): ReportRequest | null {
  const { batch, supportingBatches, settings } = useActiveBatch();
  return batch
    ? {
        databaseName: db.name,
        batchId: batch.id,
        supportingBatches,
        fileName: batch.fileName,
        isSample: batch.isSample,
        summary: batch.summary,
        errors: batch.errors.slice(0, 3),
        settings,
      }
    : null;
}
