/// <reference lib="webworker" />
import { isQuotaError } from '../../data/storage-errors';
import type { FromWorker, ToWorker } from './protocol';
import { stageFile } from './stage-file';

// The import worker: runs stageFile (the streaming engine, then the records written in pages
// into the staging batch the main thread opened) and reports progress and the outcome. No
// record ever crosses to the main thread, so a million of them cost the window nothing. Cancel
// is the main thread terminating this worker (an unfinished write then rolls back) and
// discarding the batch.

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void stageFile(event.data, post)
    .then((done) => {
      if (done !== null) post(done);
    })
    .catch((error: unknown) => {
      post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        quota: isQuotaError(error),
      });
    });
};

function post(message: FromWorker): void {
  self.postMessage(message);
}
