import type { DrillError, DrillResult } from '../../../../shared/drill';
import type { ReportContext } from '../../../../shared/metrics/report-context';
import type { ReportRecords } from './read-report-records';
import type { ReportRequest } from './protocol';
import { drillCsv, drillDown } from '../../../../shared/drill';
import { buildReportContext } from '../../../../shared/metrics/report-context';

/** How many records a drill-down sends for display; the count, the sum and the CSV cover them all. */
export const DRILL_DISPLAY_ROWS = 1_000;

/** What the window asks the report worker for: the records behind one figure of the report `report` computes. */
export interface DrillRequest {
  type: 'drill';
  /** Matches the answer to its question. */
  id: number;
  report: ReportRequest;
  path: string;
  /** Also write every record as CSV (for Export CSV). */
  withCsv: boolean;
}

/** The worker's answer: the drill-down with at most `DRILL_DISPLAY_ROWS` rows, or why there is none. */
export interface DrillResponse {
  type: 'drill';
  id: number;
  result: DrillResult | DrillError;
  /** Every record as neutralised CSV text, when asked for. */
  csv: string | null;
}

/** The inputs that decide the report context, as `useReport` keys the report. */
export function drillContextKey(request: ReportRequest): string {
  return JSON.stringify([request.batchId, request.supportingBatches, request.settings]);
}

/** The report context of a request's records, built as `buildReportState` builds the report. */
export function contextOf(request: ReportRequest, records: ReportRecords): ReportContext {
  return buildReportContext({
    opportunities: records.opportunities,
    settings: request.settings,
    rejectedRows: request.summary.rejected,
    ...records.supporting,
  });
}

/** Answers a drill request over a report context; the rows shown are capped, the count, sum and CSV are not. */
export function answerDrill(request: DrillRequest, rc: ReportContext): DrillResponse {
  const result = drillDown(rc, request.path);
  if (!result.ok) return { type: 'drill', id: request.id, result, csv: null };
  return {
    type: 'drill',
    id: request.id,
    result: { ...result, rows: result.rows.slice(0, DRILL_DISPLAY_ROWS) },
    csv: request.withCsv ? drillCsv(result) : null,
  };
}

/** A drill request that could not be answered: the message says why. */
export function drillFailure(request: DrillRequest, message: string): DrillResponse {
  return {
    type: 'drill',
    id: request.id,
    result: { ok: false, path: request.path, error: message },
    csv: null,
  };
}
