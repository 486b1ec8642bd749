import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import type { PreparedOpportunity } from './prepared';
import type { RateBasis } from './report-types';
import type { TouchLinks } from './linking';
import { addDays } from '../calendar';
import { linkedTouchWithin } from './linking';
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
  // Exports repeat a few thousand created dates across many deals: shift each one once.
  const starts = new Map<string, IsoDate>();
  const flags = new Uint8Array(ctx.opps.length);
  ctx.opps.forEach((p, i) => {
    const { createdDate, closeDate, status } = p.opp;
    let start: IsoDate | null = null;
    if (createdDate !== null) {
      start = starts.get(createdDate) ?? null;
      if (start === null) {
        start = addDays(createdDate, -lookback);
        starts.set(createdDate, start);
      }
    }
    const end =
      status !== 'open' && closeDate !== null && closeDate < ctx.asOf ? closeDate : ctx.asOf;
    if (linkedTouchWithin(links, i, start, end)) flags[i] = 1;
  });
  return flags;
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
