import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';

/** L(0), L(1), L(2), L(3), L(4 or more): shares of won deals by quarters from creation to close. */
export type LagDistribution = [number, number, number, number, number];

/** The lag distribution and the number of won deals behind it (metrics.md §6). */
export interface LagResult {
  lag: LagDistribution | null;
  sampleSize: number;
}

/** The lag window is the eight fiscal quarters before P. */
export const LAG_QUARTERS = 8;

/** Shares (by count) of deals won in the eight quarters before P by created-to-close quarter lag. */
export function computeLag(
  opps: readonly PreparedOpportunity[],
  periodIndex: number,
  asOf: IsoDate,
): LagResult {
  const counts: LagDistribution = [0, 0, 0, 0, 0];
  let n = 0;
  for (let i = 0; i < opps.length; i++) {
    const p = opps[i];
    // The quarters first: they sit on the prepared deal, so most deals never read the record.
    if (p.status !== 'won' || p.closeQ === null || p.createdQ === null) continue;
    if (p.closeQ < periodIndex - LAG_QUARTERS || p.closeQ >= periodIndex) continue;
    const close = p.opp.closeDate;
    if (close === null || close > asOf) continue;
    // Negative lags (closed before created) are data slips and count as 0; 4+ is one bucket.
    const k = Math.min(Math.max(p.closeQ - p.createdQ, 0), 4);
    counts[k]++;
    n++;
  }
  if (n === 0) return { lag: null, sampleSize: 0 };
  return {
    lag: [counts[0] / n, counts[1] / n, counts[2] / n, counts[3] / n, counts[4] / n],
    sampleSize: n,
  };
}
