import type { PreparedOpportunity } from '../metrics/prepared';
import { fromCents } from '../money';
import { DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../palette';
import type { DrillColumn, DrillResult } from './drill-types';

/** The columns every opportunity drill-down shows. */
export const OPPORTUNITY_COLUMNS: DrillColumn[] = [
  { key: 'id', label: 'Opportunity id', align: 'left' },
  { key: 'name', label: 'Name', align: 'left' },
  { key: 'account', label: 'Account', align: 'left' },
  { key: 'leadSource', label: 'Lead source', align: 'left' },
  { key: 'demandSource', label: 'Demand source', align: 'left' },
  { key: 'segment', label: 'Segment', align: 'left' },
  { key: 'status', label: 'Status', align: 'left' },
  { key: 'stage', label: 'Stage', align: 'left' },
  { key: 'createdDate', label: 'Created', align: 'left' },
  { key: 'closeDate', label: 'Close date', align: 'left' },
  { key: 'amount', label: 'Amount', align: 'right' },
];

/** Largest amount first, then id, so the deals that make the figure lead the list. */
export function byAmountThenId(a: PreparedOpportunity, b: PreparedOpportunity): number {
  if (a.cents !== b.cents) return b.cents - a.cents;
  return a.opp.id < b.opp.id ? -1 : a.opp.id > b.opp.id ? 1 : 0;
}

/**
 * The drill-down of a set of opportunities: one row each, sorted by amount then id; the sum is
 * added in whole cents, exactly as the figures are.
 */
export function opportunityDrill(
  path: string,
  title: string,
  opps: readonly PreparedOpportunity[],
): DrillResult {
  const sorted = [...opps].sort(byAmountThenId);
  let cents = 0;
  const rows = sorted.map((p) => {
    cents += p.cents;
    const { opp } = p;
    return [
      opp.id,
      opp.name,
      opp.accountName,
      opp.leadSource,
      DEMAND_SOURCE_LABELS[p.source],
      SEGMENT_LABELS[p.segment],
      opp.status,
      opp.stage,
      opp.createdDate,
      opp.closeDate,
      fromCents(p.cents),
    ];
  });
  return {
    ok: true,
    path,
    title,
    recordKind: 'opportunity',
    columns: OPPORTUNITY_COLUMNS,
    rows,
    count: rows.length,
    sum: fromCents(cents),
    sumColumn: 'amount',
  };
}
