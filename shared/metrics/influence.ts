import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import type { PreparedOpportunity } from './prepared';
import type { RateBasis } from './report-types';
import type { TouchLinks } from './linking';
import { addDays } from '../calendar';
import { linkedTouchDatedWithin, linkedTouchWithin } from './linking';
import { NO_DAY } from './prepared';
import { dateOrdinal } from './touch-days';
import { fromCents } from '../money';
import { share } from './stats';
import { groupWinRate } from './win-rates';

/** `landings.influenced` of metrics.md §12: influenced amounts of P's landed and due deals (§4). */
export interface InfluencedFigures {
  landed: number;
  due: number;
  /** (landed + due influenced) / landings total; `null` when the total is 0. */
  share: number | null;
}

/** `landings.acceleration` of metrics.md §12: the influenced due pipeline beside §6's group rates. */
export interface AccelerationFigures {
  dueInfluencedAmount: number;
  dueInfluencedCount: number;
  /** dueInfluencedAmount / due; `null` when nothing is due. */
  dueInfluencedShare: number | null;
  winRateInfluenced: number | null;
  winRateNotInfluenced: number | null;
  cycleDaysInfluenced: number | null;
  cycleDaysNotInfluenced: number | null;
}

/** Marketing influence of metrics.md §4 with the history each group rate used (not a §12 key). */
export interface InfluenceFigures {
  influenced: InfluencedFigures;
  acceleration: AccelerationFigures;
  /** Which §6 history each group rate used; its fallbacks never set `rates.winRate.lowSample`. */
  basis: { influenced: RateBasis; notInfluenced: RateBasis };
}

/** The lookback of §4 in whole days: the setting when it is a non-negative number, else the default 180. */
export function lookbackDaysOf(ctx: Pick<MetricContext, 'settings'>): number {
  const days = ctx.settings.lookbackDays;
  return Number.isFinite(days) && days >= 0 ? Math.floor(days) : 180;
}

/**
 * Whether each opportunity of `ctx.opps` (by index) is marketing-influenced (§4): a linked touch
 * dated from `createdDate − lookbackDays` (no start without a created date) up to D for an open
 * deal, or up to `min(closeDate, D)` for a closed one; both edges count.
 */
export function influencedFlags(ctx: MetricContext, links: TouchLinks): Uint8Array {
  const lookback = lookbackDaysOf(ctx);
  // Exports repeat a few thousand created dates across many deals: shift each one once, and
  // compare ordinals (`dateOrdinal`) so a deal's record is read only for its created date.
  const starts = new Map<number, number>();
  const asOfDay = dateOrdinal(ctx.asOf);
  const flags = new Uint8Array(ctx.opps.length);
  for (let i = 0; i < ctx.opps.length; i++) {
    const p = ctx.opps[i];
    // −1: no lower bound (no created date). A date outside YYYY-MM-DD has no ordinal: such a
    // deal is looked up by its date strings, as before.
    let low = -1;
    let ordinary = asOfDay !== NO_DAY;
    if (p.createdDay !== NO_DAY) {
      let start = starts.get(p.createdDay);
      if (start === undefined) {
        const created = p.opp.createdDate;
        start = created === null ? NO_DAY : dateOrdinal(addDays(created, -lookback));
        starts.set(p.createdDay, start);
      }
      low = start;
      if (start === NO_DAY) ordinary = false;
    } else if (p.opp.createdDate !== null) ordinary = false;
    if (p.closeDay === NO_DAY && p.opp.closeDate !== null) ordinary = false;
    const closedBefore = p.status !== 'open' && p.closeDay !== NO_DAY && p.closeDay < asOfDay;
    const linked = ordinary
      ? linkedTouchDatedWithin(links, i, low, closedBefore ? p.closeDay : asOfDay)
      : linkedTouchWithin(links, i, windowStart(p, lookback), windowEnd(p, ctx.asOf));
    if (linked) flags[i] = 1;
  }
  return flags;
}

/** A deal's §4 window start as a date: `createdDate − lookbackDays`, `null` without a created date. */
function windowStart(p: PreparedOpportunity, lookback: number): IsoDate | null {
  return p.opp.createdDate === null ? null : addDays(p.opp.createdDate, -lookback);
}

/** A deal's §4 window end as a date: D for an open deal, `min(closeDate, D)` for a closed one. */
function windowEnd(p: PreparedOpportunity, asOf: IsoDate): IsoDate {
  const { status, closeDate } = p.opp;
  return status !== 'open' && closeDate !== null && closeDate < asOf ? closeDate : asOf;
}

/**
 * The influenced and acceleration figures of metrics.md §4 and §6 for P. Call it only when
 * touchpoints were imported: without them influence is not measured, not zero.
 */
export function computeInfluence(ctx: MetricContext, links: TouchLinks): InfluenceFigures {
  const flags = influencedFlags(ctx, links);
  const { start, end } = ctx.period;
  let landed = 0;
  let due = 0;
  let landedInfluenced = 0;
  let dueInfluenced = 0;
  let dueInfluencedCount = 0;
  const influencedOpps: PreparedOpportunity[] = [];
  const otherOpps: PreparedOpportunity[] = [];
  ctx.opps.forEach((p, i) => {
    const influenced = flags[i] === 1;
    (influenced ? influencedOpps : otherOpps).push(p);
    const close = p.opp.closeDate;
    if (close === null || close < start || close > end) return;
    if (p.opp.status === 'open') {
      due += p.cents;
      if (influenced) {
        dueInfluenced += p.cents;
        dueInfluencedCount++;
      }
    } else if (p.opp.status === 'won' && close <= ctx.asOf) {
      landed += p.cents;
      if (influenced) landedInfluenced += p.cents;
    }
  });
  const rateOf = (opps: readonly PreparedOpportunity[]) =>
    groupWinRate(opps, ctx.index, start, ctx.asOf, ctx.rates);
  const inf = rateOf(influencedOpps);
  const not = rateOf(otherOpps);
  return {
    influenced: {
      landed: fromCents(landedInfluenced),
      due: fromCents(dueInfluenced),
      // Shares are ratios of the cent integers, as the landings' shares are.
      share: share(landedInfluenced + dueInfluenced, landed + due),
    },
    acceleration: {
      dueInfluencedAmount: fromCents(dueInfluenced),
      dueInfluencedCount,
      dueInfluencedShare: share(dueInfluenced, due),
      winRateInfluenced: inf.rate.rate,
      winRateNotInfluenced: not.rate.rate,
      cycleDaysInfluenced: inf.cycleDays,
      cycleDaysNotInfluenced: not.cycleDays,
    },
    basis: { influenced: inf.rate.basis, notInfluenced: not.rate.basis },
  };
}
