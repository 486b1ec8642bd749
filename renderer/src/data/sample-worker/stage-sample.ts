import type { RecordImportSummary } from '../../../../shared/import/types';
import { generateSampleWorkspace, SAMPLE_KINDS } from '../../../../shared/sample';
import { opportunityResult } from '../../import/worker/opportunity-result';
import type { DoneMessage } from '../../import/worker/protocol';
import { stageFile } from '../../import/worker/stage-file';
import type { OtherRecordKind } from '../db';
import type { StagedImport } from '../store';
import type { SampleStageRequest } from './protocol';

/** The share of the work that generating the files takes (about half, measured); staging them is the rest. */
const GENERATING_SHARE = 0.5;

/** What publishing stores for one staged kind, as the import screen stores a reviewed file. */
function stagedOf(batchId: string, done: DoneMessage): StagedImport {
  const { kind } = done.summary;
  const fileName = done.summary.fileName;
  if (kind === 'opportunities') {
    const { summary, errors } = opportunityResult(done);
    return { id: batchId, kind, fileName, summary, errors, dataAsOf: done.dataAsOf };
  }
  // The summary is this kind's (the engine names it), so the row is one of ImportBatch's members.
  return {
    id: batchId,
    kind,
    fileName,
    summary: done.summary as RecordImportSummary<OtherRecordKind>,
    errors: done.errors,
    dataAsOf: done.dataAsOf,
  } as StagedImport;
}

/**
 * Generates the whole sample workspace as of `today` and imports each kind like a file of its
 * own, through the import worker's own engine and page writing (stageFile), into the staging
 * batches the main thread opened. Nothing is visible until the main thread publishes what this
 * resolves to (opportunities first). Runs in the sample worker, or in the window where there is
 * no Worker. The generator's files always import whole; one that does not is a bug, and throws.
 */
export async function stageSample(
  request: SampleStageRequest,
  onProgress: (fraction: number) => void,
): Promise<StagedImport[]> {
  onProgress(0);
  const files = generateSampleWorkspace({ anchorDate: request.today });
  const sizes = SAMPLE_KINDS.map((kind) => new Blob([files[kind].csv]).size);
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  onProgress(GENERATING_SHARE);
  const staged: StagedImport[] = [];
  let bytesBefore = 0;
  for (const [at, kind] of SAMPLE_KINDS.entries()) {
    const { fileName, csv } = files[kind];
    const batchId = request.batchIds[kind];
    const file = new File([csv], fileName, { type: 'text/csv' });
    const done = await stageFile(
      { type: 'start', databaseName: request.databaseName, batchId, file, kind, fileName },
      (progress) => {
        // Reading is most of a file's time; writing its pages the rest.
        const read = progress.bytesRead / Math.max(1, progress.totalBytes);
        const share = (bytesBefore + read * (sizes[at] ?? 0)) / Math.max(1, totalBytes);
        onProgress(GENERATING_SHARE + (1 - GENERATING_SHARE) * share);
      },
    );
    if (done === null || done.fatal !== null || done.recordCount === 0) {
      throw new Error(`The sample's ${kind} did not import: ${done?.fatal ?? 'no rows'}`);
    }
    staged.push(stagedOf(batchId, done));
    bytesBefore += sizes[at] ?? 0;
  }
  onProgress(1);
  return staged;
}
