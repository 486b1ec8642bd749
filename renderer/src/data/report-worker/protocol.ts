import type { ImportError, ImportSummary } from '../../../../shared/import/types';
import type { Settings } from '../../../../shared/settings';
import type { Opportunity } from '../../../../shared/records';
import { buildReportState, type ReportState } from './build-report-state';

/** What the main thread asks the report worker: the report over one stored import. */
export interface ReportRequest {
  /** The IndexedDB database the import is stored in. */
  databaseName: string;
  batchId: string;
  fileName: string;
  isSample: boolean;
  summary: ImportSummary;
  /** The first few rejected rows (the drafting context names at most three). */
  errors: ImportError[];
  settings: Settings;
}

/** The worker's answer: the finished state (never 'loading'), plain data only. */
export type ReportResponse = Exclude<ReportState, { status: 'loading' }>;

/** The answer to a request once its batch's opportunities are read: in the worker or, without one, here. */
export function answerReportRequest(
  request: ReportRequest,
  opportunities: readonly Opportunity[],
): ReportResponse {
  const state = buildReportState({
    opportunities,
    settings: request.settings,
    rejectedRows: request.summary.rejected,
    isSample: request.isSample,
    sourceLabel: request.fileName,
    errors: request.errors,
    summary: request.summary,
  });
  return state.status === 'loading' ? { status: 'empty' } : state;
}
