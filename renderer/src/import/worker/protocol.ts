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

/** What the main thread asks the import worker: import this file as this kind. */
export interface StartMessage {
  type: 'start';
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
  /** Records per `records` message. */
  chunkSize: number;
}

/** The main thread has stored the last chunk of records; the worker may send the next. */
export interface AckMessage {
  type: 'ack';
}

/** Messages to the worker. */
export type ToWorker = StartMessage | AckMessage;

/** How far the import is: bytes read and rows parsed, then records handed over. */
export interface ProgressMessage {
  type: 'progress';
  phase: 'reading' | 'settling' | 'handing-over';
  bytesRead: number;
  totalBytes: number;
  rowsParsed: number;
  /** Records handed over so far, and how many there are (known once reading is done). */
  recordsSent: number;
  recordsTotal: number;
  elapsedMs: number;
}

/** A chunk of records in file order, numbered from `firstSeq`. */
export interface RecordsMessage {
  type: 'records';
  firstSeq: number;
  records: unknown[];
}

/** Opportunity facts the review shows that need every record, computed where the records are. */
export interface OpportunityFacts {
  openWithoutAmount: string[];
  undatedIds: string[];
}

/** The import is done: everything but the records, which were handed over in chunks. */
export interface DoneMessage {
  type: 'done';
  summary: RecordImportSummary<RecordKind>;
  errors: ImportError[];
  preview: ImportPreview;
  fatal: string | null;
  recordCount: number;
  opportunityFacts: OpportunityFacts | null;
  elapsedMs: number;
}

/** Messages from the worker. */
export type FromWorker = ProgressMessage | RecordsMessage | DoneMessage;
