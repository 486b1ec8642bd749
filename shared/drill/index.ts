export { drillDown } from './drill-down';
export { figureAt, figurePaths, measureOf } from './figure-paths';
export type { FigureRef } from './figure-paths';
export { drillCsv } from './drill-csv';
export type {
  DrillCell,
  DrillColumn,
  DrillError,
  DrillMeasure,
  DrillRecordKind,
  DrillResult,
} from './drill-types';
