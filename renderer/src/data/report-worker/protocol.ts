import type { ImportError, ImportSummary } from '../../../../shared/import/types';
import type { Settings } from '../../../../shared/settings';
import type { ReportState } from './build-report-state';

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
