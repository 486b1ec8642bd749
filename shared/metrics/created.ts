import type { DemandSource, Segment } from '../records';
import type { IsoDate } from '../units';
import type { FiscalQuarter } from '../calendar';
import type { PreparedOpportunity } from './prepared';
import type { CreatedFigures, Report } from './report-types';
import { addDays, daysBetween, shiftQuarter } from '../calendar';
import { fromCents } from '../money';
import { DEMAND_SOURCES, SEGMENTS } from '../records';
import { dateOrdinal } from './touch-days';

// Bound once: under tsx (CommonJS) an imported binding is a getter read on every use.
const ordinalOf = dateOrdinal;

/** An inclusive range of created dates; empty when `to < from`. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

/** P's creation window `[P.start, min(P.end, D)]` (metrics.md §7). */
export function creationWindow(
  period: Pick<FiscalQuarter, 'start' | 'end'>,
  asOf: IsoDate,
): DateWindow {
  return { from: period.start, to: asOf < period.end ? asOf : period.end };
}

/** Quarter Q cut at P's elapsed day: `[Q.start, min(Q.start + (min(P.end, D) − P.start), Q.end)]`. */
export function comparableWindow(
  q: Pick<FiscalQuarter, 'start' | 'end'>,
  pWindow: DateWindow,
): DateWindow {
  const cut = addDays(q.start, daysBetween(pWindow.from, pWindow.to));
  return { from: q.start, to: cut < q.end ? cut : q.end };
}

/** Every `source|segment` key by source and segment, made once so tallies build no string per deal. */
const CELL_KEYS = new Map<string, Map<string, string>>(
  DEMAND_SOURCES.map((s) => [s, new Map(SEGMENTS.map((g) => [g, `${s}|${g}`]))]),
);

/**
 * The key of a source × segment cell, `source|segment`: one shared string per cell, so a tally
 * over 200,000 deals builds (and hashes) no string per deal.
 */
export function cellKey(source: DemandSource, segment: Segment): string {
  return CELL_KEYS.get(source)?.get(segment) ?? `${source}|${segment}`;
}

/** Whether a deal's created date falls in the window. */
export function createdIn(p: PreparedOpportunity, w: DateWindow): boolean {
  const c = p.opp.createdDate;
  return c !== null && c >= w.from && c <= w.to;
}

/**
 * `createdIn` for one window, to call once per deal: compares the deal's `createdDay` with the
 * window's ordinals, never reading the record; a window edge outside YYYY-MM-DD compares strings.
 */
export function createdWithin(w: DateWindow): (p: PreparedOpportunity) => boolean {
  const from = ordinalOf(w.from);
  const to = ordinalOf(w.to);
  if (from === -1 || to === -1) return (p) => createdIn(p, w);
  // A deal without a created date has −1, below every ordinary date's ordinal.
  return (p) => p.createdDay >= from && p.createdDay <= to;
}

/**
 * Whether a deal's close date falls in the window, as `createdWithin` does for the created date
 * (`closeDay` against the window's ordinals; strings for an edge outside YYYY-MM-DD).
 */
export function closedWithin(w: DateWindow): (p: PreparedOpportunity) => boolean {
  const from = ordinalOf(w.from);
  const to = ordinalOf(w.to);
  if (from === -1 || to === -1) {
    return (p) => {
      const c = p.opp.closeDate;
      return c !== null && c >= w.from && c <= w.to;
    };
  }
  return (p) => p.closeDay >= from && p.closeDay <= to;
}

interface Tally {
  cents: number;
  count: number;
}

const figures = (t: Tally): CreatedFigures => ({
  created: fromCents(t.cents),
  createdCount: t.count,
});

/** The part of the create view that rests on opportunities alone. */
export type CreatedView = Omit<
  Report['create'],
  'leads' | 'funnelByChannel' | 'meetings' | 'targetAccounts' | 'channelEfficiency'
>;

/** The create view of metrics.md §7: created in P by source, segment and both, beside comparable quarters. */
export function computeCreated(
  opps: readonly PreparedOpportunity[],
  period: FiscalQuarter,
  asOf: IsoDate,
  fiscalYearStartMonth: number,
): CreatedView {
  const pWindow = creationWindow(period, asOf);
  const prevQ = shiftQuarter(period, -1, fiscalYearStartMonth);
  const yearAgoQ = shiftQuarter(period, -4, fiscalYearStartMonth);
  const prevWindow = comparableWindow(prevQ, pWindow);
  const yearAgoWindow = comparableWindow(yearAgoQ, pWindow);
  const total: Tally = { cents: 0, count: 0 };
  const prev: Tally = { cents: 0, count: 0 };
  const yearAgo: Tally = { cents: 0, count: 0 };
  // One tally per source × segment cell; the source and segment totals are sums of cells.
  const cells = new Map<string, Tally>();
  const inP = createdWithin(pWindow);
  const inPrev = createdWithin(prevWindow);
  const inYearAgo = createdWithin(yearAgoWindow);
  for (let i = 0; i < opps.length; i++) {
    const p = opps[i];
    if (inP(p)) {
      total.cents += p.cents;
      total.count++;
      const key = cellKey(p.source, p.segment);
      const cell = cells.get(key) ?? { cents: 0, count: 0 };
      cell.cents += p.cents;
      cell.count++;
      cells.set(key, cell);
    } else if (inPrev(p)) {
      prev.cents += p.cents;
      prev.count++;
    } else if (inYearAgo(p)) {
      yearAgo.cents += p.cents;
      yearAgo.count++;
    }
  }
  const bySourceAndSegment = {} as Record<DemandSource, Record<Segment, CreatedFigures>>;
  const byDemandSource = {} as Record<DemandSource, CreatedFigures>;
  const segTallies = new Map<Segment, Tally>(SEGMENTS.map((g) => [g, { cents: 0, count: 0 }]));
  for (const s of DEMAND_SOURCES) {
    const row = {} as Record<Segment, CreatedFigures>;
    const srcTally: Tally = { cents: 0, count: 0 };
    for (const g of SEGMENTS) {
      const cell = cells.get(cellKey(s, g)) ?? { cents: 0, count: 0 };
      row[g] = figures(cell);
      srcTally.cents += cell.cents;
      srcTally.count += cell.count;
      const segTally = segTallies.get(g);
      if (segTally) {
        segTally.cents += cell.cents;
        segTally.count += cell.count;
      }
    }
    bySourceAndSegment[s] = row;
    byDemandSource[s] = figures(srcTally);
  }
  const bySegment = {} as Record<Segment, CreatedFigures>;
  for (const g of SEGMENTS) bySegment[g] = figures(segTallies.get(g) ?? { cents: 0, count: 0 });
  return {
    ...figures(total),
    byDemandSource,
    bySegment,
    bySourceAndSegment,
    previousQuarter: { ...figures(prev), label: prevQ.label },
    yearAgo: { ...figures(yearAgo), label: yearAgoQ.label },
  };
}
