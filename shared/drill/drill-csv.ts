import type { DrillCell, DrillResult } from './drill-types';
import { toCsv } from '../csv-export';

/** A drill-down as CSV (every record, headers from its columns); text cells a spreadsheet could run as a formula are neutralised. */
export function drillCsv(result: Pick<DrillResult, 'columns' | 'rows'>): string {
  return toCsv<readonly DrillCell[]>(
    result.rows,
    result.columns.map((col, i) => ({ header: col.label, value: (row) => row[i] ?? null })),
  );
}
