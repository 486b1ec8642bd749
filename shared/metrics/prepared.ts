import type { DemandSource, Opportunity, Segment } from '../records';
import type { Settings } from '../settings';
import type { IsoDate } from '../units';
import { quarterIndexOf } from '../calendar';
import { leadSourceClassifier } from '../demand-source';
import { toCents } from '../money';
import { segmentClassifier } from '../segment';
import { dateOrdinal } from './touch-days';

/** A `closeDay` or `createdDay` without a date. */
export const NO_DAY = -1;

// Bound once: under tsx (CommonJS) an imported binding is a getter read on every use, and
// this runs once per row.
const ordinalOf = dateOrdinal;

/**
 * An opportunity with everything the metrics derive from it worked out once. The status and
 * dates are copied beside the record: every section passes over all 200,000 deals, and reading
 * them here, from objects made one after another, spares a cache miss on the record and its
 * date strings per deal and pass.
 */
export interface PreparedOpportunity {
  opp: Opportunity;
  /** `opp.status`. */
  status: Opportunity['status'];
  /** `dateOrdinal` of the close date (ordered as the date strings are), −1 when undated. */
  closeDay: number;
  /** `dateOrdinal` of the created date, −1 without one. */
  createdDay: number;
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
  const quarters = new Map<number, number>();
  const quarterOf = (date: IsoDate, day: number): number => {
    let q = quarters.get(day);
    if (q === undefined) {
      q = quarterIndexOf(date, fy);
      quarters.set(day, q);
    }
    return q;
  };
  const out: PreparedOpportunity[] = [];
  for (let i = 0; i < opportunities.length; i++) {
    const opp = opportunities[i];
    if (opp.createdDate !== null && opp.createdDate > asOf) continue;
    const closeDay = opp.closeDate === null ? NO_DAY : ordinalOf(opp.closeDate);
    const createdDay = opp.createdDate === null ? NO_DAY : ordinalOf(opp.createdDate);
    out.push({
      opp,
      status: opp.status,
      closeDay,
      createdDay,
      source: sourceOf(opp.leadSource),
      segment: segmentOf(opp),
      cents: toCents(opp.amount),
      // A date outside YYYY-MM-DD (ordinal −1) is not memoised: its quarter is worked out alone.
      closeQ:
        opp.closeDate === null
          ? null
          : closeDay === NO_DAY
            ? quarterIndexOf(opp.closeDate, fy)
            : quarterOf(opp.closeDate, closeDay),
      createdQ:
        opp.createdDate === null
          ? null
          : createdDay === NO_DAY
            ? quarterIndexOf(opp.createdDate, fy)
            : quarterOf(opp.createdDate, createdDay),
    });
  }
  return out;
}
