/** The record kinds a drill-down lists. */
export type DrillRecordKind =
  'opportunity' | 'lead' | 'touchpoint' | 'meeting' | 'target-account' | 'spend' | 'target';

/** One column of a drill-down table. */
export interface DrillColumn {
  key: string;
  label: string;
  align: 'left' | 'right';
}

/** One cell: raw values (amounts unrounded, dates as ISO text), `null` for a blank. */
export type DrillCell = string | number | null;

/** The records behind one figure of the report (metrics.md §10). */
export interface DrillResult {
  ok: true;
  /** The drill path asked for. */
  path: string;
  title: string;
  recordKind: DrillRecordKind;
  columns: DrillColumn[];
  /** Every record, in the order of `columns`; largest amount first, then id. */
  rows: DrillCell[][];
  /** How many records: equals a count figure. */
  count: number;
  /** Σ of `sumColumn` in the reporting currency (equals a money figure); `null` for kinds without amounts. */
  sum: number | null;
  /** The key of the column `sum` adds up, or `null`. */
  sumColumn: string | null;
}

/** A path that names no drillable figure, or one whose records were not imported. */
export interface DrillError {
  ok: false;
  path: string;
  error: string;
}

/** Whether a drill-down's count or its sum equals the figure. */
export type DrillMeasure = 'sum' | 'count';
