import { elapsed, fiscalQuarterOf, shiftQuarter } from '../calendar';
import type { FiscalQuarter } from '../calendar';
import type { TargetKind } from '../records';
import type { IsoDate } from '../units';
import type { Rng } from './prng';
import type { SampleDeal, SampleWorld } from './world';
import { earlierOf } from './world';

/** One row of the targets file (the format of TARGETS_CSV_TEMPLATE). */
export interface SampleTarget {
  /** `FY2026-Q3`. */
  period: string;
  demandSource: 'marketing' | 'sales' | 'tele' | 'channel';
  segment: 'smb' | 'midmarket' | 'enterprise';
  kind: TargetKind;
  amount: number;
}

const SOURCES = ['marketing', 'sales', 'tele', 'channel'] as const;
const SEGMENTS = ['smb', 'midmarket', 'enterprise'] as const;
const KINDS = ['pipeline', 'revenue'] as const;

/** The sample's targets follow the default calendar: fiscal years starting in January. */
const FISCAL_START = 1;

/** Growth the plan expects quarter on quarter, as the deals grow. */
const PLANNED_GROWTH = 1.09;

/** The amount of the deals of one source and segment that count for a kind in a quarter, up to `asOf`. */
function actual(
  deals: readonly SampleDeal[],
  quarter: FiscalQuarter,
  asOf: IsoDate,
  kind: TargetKind,
): number {
  const to = earlierOf(quarter.end, asOf);
  let total = 0;
  for (const { opp, status } of deals) {
    const date = kind === 'pipeline' ? opp.createdDate : opp.closeDate;
    if (kind === 'revenue' && status !== 'won') continue;
    if (date !== null && date >= quarter.start && date <= to) total += opp.amount ?? 0;
  }
  return total;
}

/** A target as a planner writes it: 3 significant-ish figures, never 0. */
function roundTarget(amount: number): number {
  const step = amount >= 1_000_000 ? 50_000 : amount >= 100_000 ? 5_000 : 1_000;
  return Math.max(step, Math.round(amount / step) * step);
}

/** Plan factors for `count` rows: about half under what the run rate reaches (on pace), half over. */
function planFactors(rng: Rng, count: number): number[] {
  const factors = Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? rng.between(0.78, 0.95) : rng.between(1.08, 1.4),
  );
  for (let i = factors.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [factors[i], factors[j]] = [factors[j], factors[i]];
  }
  return factors;
}

/**
 * Pipeline and revenue targets per demand source and segment for the quarter of the anchor and
 * the one before. Last quarter's are set around what it reached; this quarter's around its run
 * rate at the deals' latest date (or last quarter's result grown, early in the quarter), a little
 * under it for about half the rows (on pace) and over it for the rest (behind). A source and
 * segment with nothing to aim from gets no target.
 */
export function generateSampleTargets(rng: Rng, world: SampleWorld): SampleTarget[] {
  const current = fiscalQuarterOf(world.anchor, FISCAL_START);
  const previous = shiftQuarter(current, -1, FISCAL_START);
  const done = elapsed(current, world.latest);
  const combos = SOURCES.flatMap((demandSource) =>
    SEGMENTS.flatMap((segment) => KINDS.map((kind) => ({ demandSource, segment, kind }))),
  );
  const rows: SampleTarget[] = [];
  for (const quarter of [previous, current]) {
    const factors = planFactors(rng, combos.length);
    combos.forEach(({ demandSource, segment, kind }, at) => {
      const deals = world.deals.filter((d) => d.source === demandSource && d.segment === segment);
      const last = actual(deals, previous, world.latest, kind);
      let base = last;
      if (quarter === current) {
        const now = actual(deals, current, world.latest, kind);
        base = done >= 0.2 && now > 0 ? now / done : last * PLANNED_GROWTH;
      }
      if (base <= 0) return;
      rows.push({
        period: quarter.id,
        demandSource,
        segment,
        kind,
        amount: roundTarget(base * (factors[at] ?? 1)),
      });
    });
  }
  return rows;
}
