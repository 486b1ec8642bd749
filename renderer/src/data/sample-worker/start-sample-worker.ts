import type { StagedImport } from '../store';
import { DISK_FULL_MESSAGE, WorkspaceFullError } from '../storage-errors';
import type { FromSampleWorker, SampleStageRequest, SampleStartMessage } from './protocol';

/**
 * Generates and stages the sample in a Web Worker (see sample.worker.ts); resolves to the
 * staged kinds once every one is written. A write the disk refused rejects with a
 * WorkspaceFullError.
 */
export function stageSampleInWorker(
  request: SampleStageRequest,
  onProgress: (fraction: number) => void,
): Promise<StagedImport[]> {
  const worker = new Worker(new URL('./sample.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<StagedImport[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromSampleWorker>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.fraction);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.staged);
      else if (message.quota) reject(new WorkspaceFullError(DISK_FULL_MESSAGE));
      else reject(new Error(`The sample could not be stored: ${message.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The sample worker stopped.'));
    };
    const start: SampleStartMessage = { type: 'start', ...request };
    worker.postMessage(start);
  });
}
