import type { ImportError, ImportSummary } from '../../../../shared/import/types';
import type { Settings } from '../../../../shared/settings';
import type { OtherRecordKind } from '../db';
import type { ReportRecords } from './read-report-records';
import { buildReportState, type ReportState } from './build-report-state';

/** The active import's id of each kind beside the opportunities. */
export type SupportingBatches = Partial<Record<OtherRecordKind, string>>;

/** What the main thread asks the report worker: the report over one stored import. */
export interface ReportRequest {
  /** The IndexedDB database the import is stored in. */
  databaseName: string;
  batchId: string;
  /**
   * The active import of each other kind (accounts fill the deals' blanks; leads, touchpoints,
   * meetings, target accounts, spend and targets feed their figures); a kind never imported is
   * absent. The window names them (rather than the worker looking them up) so the report
   * always matches the request it answers.
   */
  supportingBatches: SupportingBatches;
  fileName: string;
  isSample: boolean;
  summary: ImportSummary;
  /** The first few rejected rows (the drafting context names at most three). */
  errors: ImportError[];
  settings: Settings;
}

/** The worker's answer: the finished state (never 'loading'), plain data only. */
export type ReportResponse = Exclude<ReportState, { status: 'loading' }>;

/** The answer to a request once its records are read: in the worker or, without one, here. */
export function answerReportRequest(
  request: ReportRequest,
  { opportunities, supporting }: ReportRecords,
): ReportResponse {
  const state = buildReportState({
    opportunities,
    supporting,
    settings: request.settings,
    rejectedRows: request.summary.rejected,
    isSample: request.isSample,
    sourceLabel: request.fileName,
    errors: request.errors,
    summary: request.summary,
  });
  return state.status === 'loading' ? { status: 'empty' } : state;
}
