import type {
  DateOrder,
  ImportError,
  ImportPreview,
  RecordImportSummary,
  RecordKind,
  StageRule,
  TextEncoding,
} from '../../../../shared/import/types';
import type { CurrencySettings } from '../../../../shared/settings';
import type { IsoDate } from '../../../../shared/units';

/** What the main thread asks the import worker: import this file as this kind into this staging batch. */
export interface StartMessage {
  type: 'start';
  /** The workspace database, which the worker opens itself to write the records' pages. */
  databaseName: string;
  /** The staging batch (already opened by the main thread) the pages are written under. */
  batchId: string;
  file: File;
  kind: RecordKind;
  fileName: string;
  mapping?: Record<string, string>;
  dateOrder?: DateOrder;
  stageRules?: readonly StageRule[];
  /** The reporting currency and rates that convert a file mixing currencies. */
  currency?: CurrencySettings;
  /** The encoding the user chose, overriding detection; absent means detect it. */
  encoding?: TextEncoding;
}

/** Messages to the worker. */
export type ToWorker = StartMessage;

/** How far the import is: bytes read and rows parsed, then records written to the staging batch. */
export interface ProgressMessage {
  type: 'progress';
  phase: 'reading' | 'settling' | 'writing';
  bytesRead: number;
  totalBytes: number;
  rowsParsed: number;
  /** Records written so far, and how many there are (known once reading is done). */
  recordsWritten: number;
  recordsTotal: number;
  elapsedMs: number;
}

/** Opportunity facts the review shows that need every record, computed where the records are. */
export interface OpportunityFacts {
  openWithoutAmount: string[];
  undatedIds: string[];
}

/** The import is done: everything but the records, which are in the staging batch. */
export interface DoneMessage {
  type: 'done';
  /** The latest date in the records that moves metrics.md §2's default as-of; `null` for kinds whose dates do not. */
  dataAsOf: IsoDate | null;
  summary: RecordImportSummary<RecordKind>;
  errors: ImportError[];
  preview: ImportPreview;
  fatal: string | null;
  recordCount: number;
  opportunityFacts: OpportunityFacts | null;
  elapsedMs: number;
}

/** The worker could not write the records (a full disk, a discarded batch): the import stops. */
export interface FailedMessage {
  type: 'failed';
  message: string;
  /** Whether the disk or the browser's quota was full. */
  quota: boolean;
}

/** Messages from the worker. */
export type FromWorker = ProgressMessage | DoneMessage | FailedMessage;
