import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';
import type { Report } from './report-types';
import { NO_DAY as UNDATED } from './prepared';
import { dateOrdinal } from './touch-days';

// Bound once: under tsx (CommonJS) an imported binding is a getter read on every use, and
// this runs once per row.
const NO_DATE = UNDATED;

/** The data-quality figures of metrics.md §10 that rest on opportunities alone. */
export function computeIntegrity(
  opps: readonly PreparedOpportunity[],
  asOf: IsoDate,
  unknownSourceShare: number | null,
  rejectedRows: number,
): Pick<Report['integrity'], 'undated' | 'overdueCount' | 'unknownSourceShare' | 'rejectedRows'> {
  let undated = 0;
  let overdueCount = 0;
  const asOfDay = dateOrdinal(asOf);
  for (let i = 0; i < opps.length; i++) {
    const p = opps[i];
    // The prepared deal's status and close ordinal decide; the record is read only for a date
    // outside YYYY-MM-DD (ordinal −1), where the strings are compared.
    if (p.closeDay === NO_DATE || asOfDay === NO_DATE) {
      const close = p.opp.closeDate;
      if (close === null) undated++;
      else if (p.status === 'open' && close < asOf) overdueCount++;
    } else if (p.status === 'open' && p.closeDay < asOfDay) overdueCount++;
  }
  return { undated, overdueCount, unknownSourceShare, rejectedRows };
}
