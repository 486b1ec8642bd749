import type {
  DateOrder,
  RecordKind,
  StageRule,
  TextEncoding,
} from '../../../../shared/import/types';
import type { CurrencySettings } from '../../../../shared/settings';
import { DISK_FULL_MESSAGE, WorkspaceFullError } from '../../data/storage-errors';
import type { DoneMessage, FromWorker, ProgressMessage, ToWorker } from './protocol';

/** What to import, where to write it, and how: a user's mapping and date order override detection. */
export interface WorkerImportRequest {
  /** The workspace database and the staging batch the worker writes the records under. */
  databaseName: string;
  batchId: string;
  file: File;
  kind: RecordKind;
  mapping?: Record<string, string>;
  dateOrder?: DateOrder;
  stageRules?: readonly StageRule[];
  /** The settings' currencies, so a file mixing currencies is converted rather than stopped. */
  currency?: CurrencySettings;
  /** The encoding the user chose, overriding detection. */
  encoding?: TextEncoding;
}

/** What the caller does with the worker's reports: show progress. */
export interface WorkerImportHandlers {
  onProgress: (progress: ProgressMessage) => void;
}

/** A running import: its outcome, and Cancel (which stops the worker at once). */
export interface WorkerImport {
  done: Promise<DoneMessage>;
  cancel: () => void;
}

/** The message of a cancelled import's promise. */
export const CANCELLED = 'The import was cancelled.';

/**
 * Imports a file of any kind in a Web Worker (the streaming engine, off the main thread),
 * which writes the records into the staging batch itself. A write the disk refused rejects
 * with a WorkspaceFullError.
 */
export function startWorkerImport(
  request: WorkerImportRequest,
  handlers: WorkerImportHandlers,
): WorkerImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (m: DoneMessage) => void; reject: (e: Error) => void } | null = null;
  const done = new Promise<DoneMessage>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const send = (message: ToWorker): void => worker.postMessage(message);
  const fail = (error: Error): void => {
    worker.terminate();
    settle?.reject(error);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') handlers.onProgress(message);
    else if (message.type === 'failed') {
      fail(
        message.quota
          ? new WorkspaceFullError(DISK_FULL_MESSAGE)
          : new Error(`The records could not be stored: ${message.message}`),
      );
    } else {
      worker.terminate();
      settle?.resolve(message);
      settle = null;
    }
  };
  worker.onerror = (event) => fail(new Error(event.message || 'The import worker stopped.'));
  send({
    type: 'start',
    databaseName: request.databaseName,
    batchId: request.batchId,
    file: request.file,
    kind: request.kind,
    fileName: request.file.name,
    ...(request.mapping ? { mapping: request.mapping } : {}),
    ...(request.dateOrder ? { dateOrder: request.dateOrder } : {}),
    ...(request.stageRules ? { stageRules: request.stageRules } : {}),
    ...(request.currency ? { currency: request.currency } : {}),
    ...(request.encoding ? { encoding: request.encoding } : {}),
  });
  return { done, cancel: () => fail(new Error(CANCELLED)) };
}
