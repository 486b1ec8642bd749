import type { RecordKind } from '../../../../shared/import/types';
import type { IsoDate } from '../../../../shared/units';
import type { StagedImport } from '../store';

/** What the sample is staged into: the workspace, the day it is dated to, and one open staging batch per kind. */
export interface SampleStageRequest {
  /** The workspace database, which the worker opens itself to write the records' pages. */
  databaseName: string;
  /** The sample's anchor date: its latest deal is dated to it. */
  today: IsoDate;
  /** The staging batch (already opened by the main thread) each kind's pages are written under. */
  batchIds: Readonly<Record<RecordKind, string>>;
}

/** What the main thread asks the sample worker: generate the sample and stage every kind. */
export interface SampleStartMessage extends SampleStageRequest {
  type: 'start';
}

/** How far the sample is, from 0 (nothing generated) to 1 (every kind staged). */
export interface SampleProgressMessage {
  type: 'progress';
  fraction: number;
}

/** Every kind is staged: what publishing stores in each `imports` row, opportunities first. */
export interface SampleDoneMessage {
  type: 'done';
  staged: StagedImport[];
}

/** The sample could not be staged (a full disk, a discarded batch): nothing is published. */
export interface SampleFailedMessage {
  type: 'failed';
  message: string;
  /** Whether the disk or the browser's quota was full. */
  quota: boolean;
}

/** Messages from the sample worker. */
export type FromSampleWorker = SampleProgressMessage | SampleDoneMessage | SampleFailedMessage;
