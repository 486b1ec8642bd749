import type { DemandSource } from '../records';
import type { IsoDate } from '../units';
import type { FiscalQuarter } from '../calendar';
import type { PreparedOpportunity } from './prepared';
import type { ForwardQuarter } from './report-types';
import type { LagDistribution } from './lag';
import { shiftQuarter } from '../calendar';
import { fromCents } from '../money';
import { createdWithin, creationWindow } from './created';

/** P, P+1, P+2, P+3 and "P+4 or later". */
export const FORWARD_QUARTERS = 5;

/**
 * When P's creation lands (metrics.md §8): won deals in their close quarter, open deals'
 * amount × source win rate spread by the lag distribution.
 */
export function computeForward(
  opps: readonly PreparedOpportunity[],
  period: FiscalQuarter,
  periodIndex: number,
  asOf: IsoDate,
  fiscalYearStartMonth: number,
  rateOf: (source: DemandSource) => number | null,
  lag: LagDistribution | null,
): ForwardQuarter[] {
  const window = creationWindow(period, asOf);
  const landedCents = [0, 0, 0, 0, 0];
  let openExpectedCents = 0;
  let rateMissing = false;
  const inWindow = createdWithin(window);
  for (let i = 0; i < opps.length; i++) {
    const p = opps[i];
    if (!inWindow(p)) continue;
    const { status, closeDate } = p.opp;
    if (status === 'won') {
      // Undated wins have no quarter, and a win after D is not known at D: both land nowhere.
      if (closeDate === null || p.closeQ === null || closeDate > asOf) continue;
      // A close before P (a data slip: created in P) counts in P; after P+4 counts in "P+4 or later".
      const k = Math.min(Math.max(p.closeQ - periodIndex, 0), FORWARD_QUARTERS - 1);
      landedCents[k] += p.cents;
    } else if (status === 'open') {
      const rate = rateOf(p.source);
      if (rate === null) rateMissing = true;
      else openExpectedCents += p.cents * rate;
    }
  }
  return landedCents.map((cents, k) => ({
    label: shiftQuarter(period, k, fiscalYearStartMonth).label,
    landed: fromCents(cents),
    expected: lag === null || rateMissing ? null : (cents + openExpectedCents * lag[k]) / 100,
  }));
}
