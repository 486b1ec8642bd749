import type { Opportunity } from '../records';
import type { Settings } from '../settings';
import type { Report } from './report-types';

/** Everything the report is computed from; `asOf` comes from settings or the data, never the clock. */
export interface ReportInput {
  opportunities: readonly Opportunity[];
  settings: Settings;
  /** Rows the import rejected, reported under integrity. */
  rejectedRows: number;
}

/** Computes every figure of the report (metrics.md) from canonical records. */
export function computeReport(_input: ReportInput): Report {
  throw new Error('computeReport is being implemented');
}

export type { Report } from './report-types';
