/// <reference lib="webworker" />
import { isQuotaError } from '../storage-errors';
import type { FromSampleWorker, SampleStartMessage } from './protocol';
import { stageSample } from './stage-sample';

// The sample worker: generates the sample workspace (about 40,000 rows of CSV) and stages
// every kind through the import worker's engine and page writing, off the main thread, so the
// window stays responsive on the first start. Only the batches' summaries come back; the main
// thread publishes them in one short transaction.

declare const self: DedicatedWorkerGlobalScope;

/** The least time between two progress messages. */
const PROGRESS_EVERY_MS = 100;

self.onmessage = (event: MessageEvent<SampleStartMessage>) => {
  let last = -Infinity;
  const progress = (fraction: number): void => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && fraction < 1) return;
    last = now;
    post({ type: 'progress', fraction });
  };
  void stageSample(event.data, progress)
    .then((staged) => post({ type: 'done', staged }))
    .catch((error: unknown) => {
      post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        quota: isQuotaError(error),
      });
    });
};

function post(message: FromSampleWorker): void {
  self.postMessage(message);
}
