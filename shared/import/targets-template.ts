/**
 * The targets CSV the app hands out (metrics.md §1): the header importRecords('targets')
 * recognises and two example rows, a marketing pipeline target and an enterprise revenue
 * target, to overwrite.
 */
export const TARGETS_CSV_TEMPLATE = [
  'Period,Demand source,Segment,Kind,Amount',
  'FY2026-Q3,marketing,all,pipeline,1200000',
  'FY2026-Q3,all,enterprise,revenue,800000',
  '',
].join('\n');
