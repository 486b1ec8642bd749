import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';
import type { Report } from './report-types';

/** The data-quality figures of metrics.md §10 that rest on opportunities alone. */
export function computeIntegrity(
  opps: readonly PreparedOpportunity[],
  asOf: IsoDate,
  unknownSourceShare: number | null,
  rejectedRows: number,
): Pick<Report['integrity'], 'undated' | 'overdueCount' | 'unknownSourceShare' | 'rejectedRows'> {
  let undated = 0;
  let overdueCount = 0;
  for (const { opp } of opps) {
    if (opp.closeDate === null) undated++;
    else if (opp.status === 'open' && opp.closeDate < asOf) overdueCount++;
  }
  return { undated, overdueCount, unknownSourceShare, rejectedRows };
}
