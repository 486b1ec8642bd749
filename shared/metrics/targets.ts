import type {
  DemandSource,
  Target,
  TargetDemandSource,
  TargetKind,
  TargetSegment,
} from '../records';
import type { MetricContext } from './metric-context';
import type { PreparedOpportunity } from './prepared';
import { elapsed, parsePeriod } from '../calendar';
import { fromCents, toCents } from '../money';
import { DEMAND_SOURCES } from '../records';
import { cellKey, closedWithin, createdWithin, creationWindow } from './created';
import { share } from './stats';

/** One row of `targets` in the report (metrics.md §9, §12): a target of P beside what was reached by D. */
export interface TargetResult {
  demandSource: TargetDemandSource;
  segment: TargetSegment;
  kind: TargetKind;
  /** The target amount. */
  target: number;
  /** Pipeline created in P up to D (kind pipeline) or revenue landed in P up to D (kind revenue). */
  actual: number;
  /** `actual / target`; `null` when the target is 0. */
  attainment: number | null;
  /** `attainment ≥ elapsed(P)`; `null` when attainment is `null` (nothing to be on pace against). */
  onPace: boolean | null;
}

/** A demand source's part of the total created and of the total landed in P (metrics.md §9). */
export interface SourceShare {
  /** Share of the created amount of §7; `null` when nothing was created. */
  createdShare: number | null;
  /** Share of the landed amount of §4; `null` when nothing landed. */
  landedShare: number | null;
}

/** Every demand source's share of created and landed; proposed report key `sourceShares`. */
export type SourceShares = Record<DemandSource, SourceShare>;

/** Cents per `source|segment` cell of the deals created in P and of those landed in P. */
interface Cells {
  created: Map<string, number>;
  landed: Map<string, number>;
  createdTotal: number;
  landedTotal: number;
}

/** Whether a deal landed in P as metrics.md §4 says: won, closeDate in P and ≤ D. */
export function landedIn(p: PreparedOpportunity, ctx: MetricContext): boolean {
  const close = p.opp.closeDate;
  return (
    p.opp.status === 'won' &&
    close !== null &&
    close >= ctx.period.start &&
    close <= ctx.period.end &&
    close <= ctx.asOf
  );
}

/** `landedIn` for one report, to call once per deal: the close ordinal is compared first. */
function landedTest(ctx: MetricContext): (p: PreparedOpportunity) => boolean {
  const inP = closedWithin({ from: ctx.period.start, to: ctx.period.end });
  return (p) => p.status === 'won' && inP(p) && landedIn(p, ctx);
}

/** One pass over the deals: cents created (§7 window) and landed (§4) per source × segment. */
function tally(ctx: MetricContext): Cells {
  const window = creationWindow(ctx.period, ctx.asOf);
  const cells: Cells = { created: new Map(), landed: new Map(), createdTotal: 0, landedTotal: 0 };
  const inWindow = createdWithin(window);
  const landed = landedTest(ctx);
  for (let i = 0; i < ctx.opps.length; i++) {
    const p = ctx.opps[i];
    const key = cellKey(p.source, p.segment);
    if (inWindow(p)) {
      cells.created.set(key, (cells.created.get(key) ?? 0) + p.cents);
      cells.createdTotal += p.cents;
    }
    if (landed(p)) {
      cells.landed.set(key, (cells.landed.get(key) ?? 0) + p.cents);
      cells.landedTotal += p.cents;
    }
  }
  return cells;
}

/** Σ cents of the cells a target spans; `all` spans every value, `unknown` included. */
function actualCents(cells: ReadonlyMap<string, number>, target: Target): number {
  let cents = 0;
  for (const [key, value] of cells) {
    const [source, segment] = key.split('|');
    if (target.demandSource !== 'all' && target.demandSource !== source) continue;
    if (target.segment !== 'all' && target.segment !== segment) continue;
    cents += value;
  }
  return cents;
}

/**
 * Contribution vs targets (metrics.md §9): for each target whose period is P, in the order
 * given, the actual pipeline created or revenue landed by D, attainment and whether it is on
 * pace. Targets of other quarters, or whose period is not a fiscal quarter, are left out.
 */
export function computeTargets(ctx: MetricContext, targets: readonly Target[]): TargetResult[] {
  const fy = ctx.settings.fiscalYearStartMonth;
  const ofP = targets.filter((t) => {
    const parsed = parsePeriod(t.period, fy);
    return parsed.ok && parsed.quarter.id === ctx.period.id;
  });
  if (ofP.length === 0) return [];
  const cells = tally(ctx);
  // The same elapsed(P) that the report prints as `period.elapsed`, so a reader can check onPace.
  const pace = elapsed(ctx.period, ctx.asOf);
  return ofP.map((t) => {
    const targetCents = toCents(t.amount);
    const actual = actualCents(t.kind === 'pipeline' ? cells.created : cells.landed, t);
    const attainment = share(actual, targetCents);
    return {
      demandSource: t.demandSource,
      segment: t.segment,
      kind: t.kind,
      target: fromCents(targetCents),
      actual: fromCents(actual),
      attainment,
      onPace: attainment === null ? null : attainment >= pace,
    };
  });
}

/** Each demand source's share of the total created in P and of the total landed in P (metrics.md §9). */
export function computeSourceShares(ctx: MetricContext): SourceShares {
  const cells = tally(ctx);
  const out = {} as SourceShares;
  for (const s of DEMAND_SOURCES) {
    let created = 0;
    let landed = 0;
    for (const [key, cents] of cells.created) if (key.startsWith(`${s}|`)) created += cents;
    for (const [key, cents] of cells.landed) if (key.startsWith(`${s}|`)) landed += cents;
    out[s] = {
      createdShare: share(created, cells.createdTotal),
      landedShare: share(landed, cells.landedTotal),
    };
  }
  return out;
}
