import type { DemandSource } from '../records';
import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';
import type { RateBasis } from './report-types';
import { daysBetween } from '../calendar';
import { DEMAND_SOURCES } from '../records';
import { median } from './stats';
import { NO_DAY as UNDATED } from './prepared';
import { dateOrdinal, ordinalDayNumber } from './touch-days';

// Bound once: under tsx (CommonJS) an imported binding is a getter read on every use, and
// this runs once per row.
const NO_DATE = UNDATED;

/** One group's win rate and the history behind it. */
export interface GroupRate {
  rate: number | null;
  basis: RateBasis;
  /** Won and lost counted by the basis used (0 for `overall` and `none`). */
  won: number;
  lost: number;
}

/** The win rates of metrics.md §6: overall, per demand source, the low-sample flag and the cycle. */
export interface WinRates {
  overall: GroupRate;
  bySource: Record<DemandSource, GroupRate>;
  lowSample: boolean;
  /** Median days created → close over the won deals the overall rate counted. */
  cycleDays: number | null;
}

/** The recent window is the four quarters before P; below these counts a rate falls back. */
export const RECENT_QUARTERS = 4;
/** Won + lost deals a group needs in the last four quarters before its recent rate is used (§6). */
export const MIN_RECENT_SAMPLE = 20;
/** Won + lost deals a group needs in its whole history before P for any rate of its own (§6). */
export const MIN_HISTORY_SAMPLE = 5;

interface Tally {
  recentWon: number;
  recentLost: number;
  allWon: number;
  allLost: number;
}

const emptyTally = (): Tally => ({ recentWon: 0, recentLost: 0, allWon: 0, allLost: 0 });

function count(t: Tally, won: boolean, recent: boolean): void {
  if (won) {
    t.allWon++;
    if (recent) t.recentWon++;
  } else {
    t.allLost++;
    if (recent) t.recentLost++;
  }
}

function rateOf(t: Tally): GroupRate | null {
  if (t.recentWon + t.recentLost >= MIN_RECENT_SAMPLE) {
    return {
      rate: t.recentWon / (t.recentWon + t.recentLost),
      basis: 'recent',
      won: t.recentWon,
      lost: t.recentLost,
    };
  }
  if (t.allWon + t.allLost >= MIN_HISTORY_SAMPLE) {
    return {
      rate: t.allWon / (t.allWon + t.allLost),
      basis: 'history',
      won: t.allWon,
      lost: t.allLost,
    };
  }
  return null;
}

/**
 * Visits each won or lost deal of the §6 history (closed before P starts, and by D): whether
 * it won, whether it closed in the recent window, and for a win with a created date its days
 * from created to won.
 */
function eachClosedBefore(
  opps: readonly PreparedOpportunity[],
  periodIndex: number,
  periodStart: IsoDate,
  asOf: IsoDate,
  visit: (p: PreparedOpportunity, won: boolean, recent: boolean, days: number | null) => void,
): void {
  const startDay = dateOrdinal(periodStart);
  const asOfDay = dateOrdinal(asOf);
  const byDays = startDay !== -1 && asOfDay !== -1;
  for (let i = 0; i < opps.length; i++) {
    const p = opps[i];
    // The prepared deal's status, quarter and ordinals decide; most deals never read the record.
    if (p.status === 'open' || p.closeQ === null) continue;
    const ordinary = byDays && p.closeDay !== NO_DATE;
    if (
      ordinary ? p.closeDay >= startDay || p.closeDay > asOfDay : closesLate(p, periodStart, asOf)
    ) {
      continue;
    }
    const won = p.status === 'won';
    // A close before creation is a data slip; it counts as a same-day win rather than a negative cycle.
    let days: number | null = null;
    if (won && ordinary && p.createdDay !== NO_DATE) {
      days = Math.max(0, ordinalDayNumber(p.closeDay) - ordinalDayNumber(p.createdDay));
    } else if (won) {
      const { createdDate, closeDate } = p.opp;
      if (createdDate !== null && closeDate !== null) {
        days = Math.max(0, daysBetween(createdDate, closeDate));
      }
    }
    visit(p, won, p.closeQ >= periodIndex - RECENT_QUARTERS, days);
  }
}

/** Whether a dated deal closed on or after `periodStart` or after `asOf`, compared as strings. */
function closesLate(p: PreparedOpportunity, periodStart: IsoDate, asOf: IsoDate): boolean {
  const close = p.opp.closeDate;
  return close === null || close >= periodStart || close > asOf;
}

/**
 * Win rates by count over deals closed before P.start (and by D: an outcome after D is not
 * known yet), with the fallbacks of metrics.md §6.
 */
export function computeWinRates(
  opps: readonly PreparedOpportunity[],
  periodIndex: number,
  periodStart: IsoDate,
  asOf: IsoDate,
): WinRates {
  const overallTally = emptyTally();
  const tallies = new Map<DemandSource, Tally>(DEMAND_SOURCES.map((s) => [s, emptyTally()]));
  const recentCycles: number[] = [];
  const allCycles: number[] = [];
  eachClosedBefore(opps, periodIndex, periodStart, asOf, (p, won, recent, days) => {
    count(overallTally, won, recent);
    const sourceTally = tallies.get(p.source);
    if (sourceTally) count(sourceTally, won, recent);
    if (days !== null) {
      allCycles.push(days);
      if (recent) recentCycles.push(days);
    }
  });
  const overall: GroupRate = rateOf(overallTally) ?? { rate: null, basis: 'none', won: 0, lost: 0 };
  const bySource = {} as Record<DemandSource, GroupRate>;
  for (const s of DEMAND_SOURCES) {
    bySource[s] = rateOf(tallies.get(s) ?? emptyTally()) ?? {
      rate: overall.rate,
      basis: 'overall',
      won: 0,
      lost: 0,
    };
  }
  const lowSample =
    overall.basis !== 'recent' || DEMAND_SOURCES.some((s) => bySource[s].basis !== 'recent');
  const cycleDays =
    overall.basis === 'recent'
      ? median(recentCycles)
      : overall.basis === 'history'
        ? median(allCycles)
        : null;
  return { overall, bySource, lowSample, cycleDays };
}

/** A group's §6 win rate together with its cycle (median days created → won over the wins it counted). */
export interface GroupWinRate {
  rate: GroupRate;
  cycleDays: number | null;
}

/**
 * The §6 win rate and cycle of an arbitrary group of opportunities (e.g. the marketing-influenced
 * ones), with the same history, thresholds and fallbacks as `computeWinRates`: recent four
 * quarters, else the whole history before P (low sample), else the overall rate and cycle.
 */
export function groupWinRate(
  opps: readonly PreparedOpportunity[],
  periodIndex: number,
  periodStart: IsoDate,
  asOf: IsoDate,
  overall: Pick<WinRates, 'overall' | 'cycleDays'>,
): GroupWinRate {
  const tally = emptyTally();
  const recentCycles: number[] = [];
  const allCycles: number[] = [];
  eachClosedBefore(opps, periodIndex, periodStart, asOf, (_p, won, recent, days) => {
    count(tally, won, recent);
    if (days !== null) {
      allCycles.push(days);
      if (recent) recentCycles.push(days);
    }
  });
  const rate = rateOf(tally);
  if (rate === null) {
    // Too thin a history of its own: the group reports the overall rate, and so the overall cycle.
    return {
      rate: { rate: overall.overall.rate, basis: 'overall', won: 0, lost: 0 },
      cycleDays: overall.cycleDays,
    };
  }
  return {
    rate,
    cycleDays: rate.basis === 'recent' ? median(recentCycles) : median(allCycles),
  };
}
