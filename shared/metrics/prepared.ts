import type { DemandSource, Opportunity, Segment } from '../records';
import type { Settings } from '../settings';
import type { IsoDate } from '../units';
import { quarterIndexOf } from '../calendar';
import { leadSourceClassifier } from '../demand-source';
import { toCents } from '../money';
import { segmentClassifier } from '../segment';

/** An opportunity with everything the metrics derive from it worked out once. */
export interface PreparedOpportunity {
  opp: Opportunity;
  source: DemandSource;
  segment: Segment;
  /** The amount in whole cents; a blank amount is 0. */
  cents: number;
  /** Running fiscal-quarter number of the close date (`quarterIndexOf`), `null` when undated. */
  closeQ: number | null;
  /** Running fiscal-quarter number of the created date, `null` without one. */
  createdQ: number | null;
}

/**
 * Classifies every opportunity once and drops those created after D, which metrics.md §2
 * says are ignored everywhere.
 */
export function prepareOpportunities(
  opportunities: readonly Opportunity[],
  settings: Settings,
  asOf: IsoDate,
): PreparedOpportunity[] {
  const sourceOf = leadSourceClassifier(settings.demandSourceTable);
  const segmentOf = segmentClassifier(settings.employeeBands);
  const fy = settings.fiscalYearStartMonth;
  // Exports repeat a few thousand distinct dates across many rows: work out each quarter once.
  const quarters = new Map<string, number>();
  const quarterOf = (date: IsoDate): number => {
    let q = quarters.get(date);
    if (q === undefined) {
      q = quarterIndexOf(date, fy);
      quarters.set(date, q);
    }
    return q;
  };
  const out: PreparedOpportunity[] = [];
  for (const opp of opportunities) {
    if (opp.createdDate !== null && opp.createdDate > asOf) continue;
    out.push({
      opp,
      source: sourceOf(opp.leadSource),
      segment: segmentOf(opp),
      cents: toCents(opp.amount),
      closeQ: opp.closeDate === null ? null : quarterOf(opp.closeDate),
      createdQ: opp.createdDate === null ? null : quarterOf(opp.createdDate),
    });
  }
  return out;
}
