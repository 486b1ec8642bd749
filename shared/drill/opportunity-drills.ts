import type { FiscalQuarter } from '../calendar';
import type { PreparedOpportunity } from '../metrics/prepared';
import type { ReportContext } from '../metrics/report-context';
import type { IsoDate } from '../units';
import { shiftQuarter } from '../calendar';
import { comparableWindow, createdIn, creationWindow } from '../metrics/created';
import { FORWARD_QUARTERS } from '../metrics/forward-projection';
import { influencedFlags } from '../metrics/influence';

/** The landings figures of metrics.md §4 a drill-down can list, plus `dueOnTime` (due − overdue, drawn on the summary chart). */
export const LANDING_FIELDS = ['landed', 'due', 'overdue', 'lost', 'total', 'dueOnTime'] as const;

/** One landings figure's name. */
export type LandingField = (typeof LANDING_FIELDS)[number];

/** Whether a string names a landings figure. */
export function isLandingField(value: string): value is LandingField {
  return (LANDING_FIELDS as readonly string[]).includes(value);
}

/**
 * Whether a deal counts in one landings figure of P, as `computeLandings` counts it: close in P;
 * open deals are due (overdue when closing before D); closed ones count only when closed by D.
 */
export function inLandingFigure(
  p: PreparedOpportunity,
  field: LandingField,
  period: Pick<FiscalQuarter, 'start' | 'end'>,
  asOf: IsoDate,
): boolean {
  const close = p.opp.closeDate;
  if (close === null || close < period.start || close > period.end) return false;
  const { status } = p.opp;
  if (status === 'open') {
    if (field === 'due' || field === 'total') return true;
    if (field === 'overdue') return close < asOf;
    if (field === 'dueOnTime') return close >= asOf;
    return false;
  }
  if (close > asOf) return false;
  if (status === 'won') return field === 'landed' || field === 'total';
  return field === 'lost';
}

/** The deals of `opps` that count in one landings figure of P. */
export function landingOpps(
  rc: ReportContext,
  opps: readonly PreparedOpportunity[],
  field: LandingField,
  keep: (p: PreparedOpportunity) => boolean = () => true,
): PreparedOpportunity[] {
  const { period, asOf } = rc.ctx;
  return opps.filter((p) => keep(p) && inLandingFigure(p, field, period, asOf));
}

/** The influenced deals (§4) among those due or landed in P; `null` without touchpoints. */
export function influencedOpps(
  rc: ReportContext,
  field: 'landed' | 'due',
): PreparedOpportunity[] | null {
  if (rc.links === null) return null;
  const flags = influencedFlags(rc.ctx, rc.links);
  const { period, asOf } = rc.ctx;
  return rc.ctx.opps.filter((p, i) => flags[i] === 1 && inLandingFigure(p, field, period, asOf));
}

/** Which creation window a create-view figure reads: P's, or the previous quarter's or a year ago's cut at the same day. */
export type CreationSpan = 'period' | 'previousQuarter' | 'yearAgo';

/** The deals `computeCreated` counts in one window (the comparisons exclude deals counted in an earlier window, as it does). */
export function createdOpps(
  rc: ReportContext,
  span: CreationSpan,
  opps: readonly PreparedOpportunity[] = rc.ctx.opps,
): PreparedOpportunity[] {
  const { period, asOf, settings } = rc.ctx;
  const fy = settings.fiscalYearStartMonth;
  const pWindow = creationWindow(period, asOf);
  if (span === 'period') return opps.filter((p) => createdIn(p, pWindow));
  const prevWindow = comparableWindow(shiftQuarter(period, -1, fy), pWindow);
  if (span === 'previousQuarter') {
    return opps.filter((p) => !createdIn(p, pWindow) && createdIn(p, prevWindow));
  }
  const yearAgoWindow = comparableWindow(shiftQuarter(period, -4, fy), pWindow);
  return opps.filter(
    (p) => !createdIn(p, pWindow) && !createdIn(p, prevWindow) && createdIn(p, yearAgoWindow),
  );
}

/** The deals created in P and won by D that `computeForward` lands in quarter P+k (the last: P+4 or later). */
export function forwardLandedOpps(rc: ReportContext, k: number | null): PreparedOpportunity[] {
  const { index, asOf } = rc.ctx;
  return createdOpps(rc, 'period').filter((p) => {
    const { status, closeDate } = p.opp;
    if (status !== 'won' || closeDate === null || p.closeQ === null || closeDate > asOf) {
      return false;
    }
    const at = Math.min(Math.max(p.closeQ - index, 0), FORWARD_QUARTERS - 1);
    return k === null || at === k;
  });
}
