import type { DemandSource, Segment } from '../records';
import type { IsoDate } from '../units';
import type { FiscalQuarter } from '../calendar';
import type { PreparedOpportunity } from './prepared';
import type { LandingFigures, Report } from './report-types';
import type { LandingSlice } from './landing-slice';
import { DEMAND_SOURCES, SEGMENTS } from '../records';
import { emptyLandingSlice, landingFigures } from './landing-slice';
import { share } from './stats';
import { closedWithin } from './created';

/** The probability that an open deal is won, or `null` when no rate exists for it. */
export type PWinOf = (p: PreparedOpportunity) => number | null;

/** The landings view of metrics.md §4 (without influence), split by demand source and segment. */
export function computeLandings(
  opps: readonly PreparedOpportunity[],
  period: Pick<FiscalQuarter, 'start' | 'end'>,
  asOf: IsoDate,
  pWinOf: PWinOf,
): Omit<Report['landings'], 'influenced' | 'acceleration'> {
  const total = emptyLandingSlice();
  const bySource = new Map<DemandSource, LandingSlice>(
    DEMAND_SOURCES.map((s) => [s, emptyLandingSlice()]),
  );
  const bySegment = new Map<Segment, LandingSlice>(SEGMENTS.map((s) => [s, emptyLandingSlice()]));
  // The close ordinal on the prepared deal picks P's deals; only those read their record.
  const inP = closedWithin({ from: period.start, to: period.end });
  for (let i = 0; i < opps.length; i++) {
    const p = opps[i];
    if (!inP(p)) continue;
    const close = p.opp.closeDate;
    if (close === null) continue;
    const slices = [total, bySource.get(p.source), bySegment.get(p.segment)];
    if (p.status === 'open') {
      const pWin = pWinOf(p);
      for (const s of slices) {
        if (s === undefined) continue;
        s.due += p.cents;
        if (close < asOf) s.overdue += p.cents;
        if (pWin === null) s.expectedUnknown = true;
        else s.expectedDue += p.cents * pWin;
      }
    } else if (close <= asOf) {
      // A deal closed after D had no known outcome at D; the contract counts it nowhere.
      const won = p.status === 'won';
      for (const s of slices) {
        if (s === undefined) continue;
        if (won) s.landed += p.cents;
        else s.lost += p.cents;
      }
    }
  }
  const byDemandSource = {} as Record<DemandSource, LandingFigures>;
  for (const s of DEMAND_SOURCES)
    byDemandSource[s] = landingFigures(bySource.get(s) ?? emptyLandingSlice());
  const bySeg = {} as Record<Segment, LandingFigures>;
  for (const s of SEGMENTS) bySeg[s] = landingFigures(bySegment.get(s) ?? emptyLandingSlice());
  const marketing = bySource.get('marketing') ?? emptyLandingSlice();
  return {
    ...landingFigures(total),
    // Shares are taken on cents so they are the exact ratio of the integers behind the amounts.
    sourcedShare: share(marketing.landed + marketing.due, total.landed + total.due),
    byDemandSource,
    bySegment: bySeg,
  };
}
