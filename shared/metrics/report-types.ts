import type { DemandSource, Segment } from '../records';
import type { IsoDate } from '../units';

/** The landings figures of metrics.md §4 for one slice of the pipeline. */
export interface LandingFigures {
  landed: number;
  due: number;
  overdue: number;
  lost: number;
  total: number;
  /** `null` when the win rate it rests on is `null` (metrics.md §6). */
  expected: number | null;
}

/** Created amount and count (metrics.md §7). */
export interface CreatedFigures {
  created: number;
  createdCount: number;
}

/** One quarter of the forward projection (metrics.md §8). */
export interface ForwardQuarter {
  label: string;
  landed: number;
  expected: number | null;
}

/**
 * Which history a win rate rests on (metrics.md §6): `recent` = the four fiscal quarters
 * before P (≥ 20 won or lost); `history` = fallback to the whole history before P.start
 * (low sample, ≥ 5); `overall` = fallback to the overall rate; `none` = the overall group
 * itself has under 5, so there is no rate.
 */
export type RateBasis = 'recent' | 'history' | 'overall' | 'none';

/** The CLI's JSON report (metrics.md §12): the keys this version computes, unrounded. */
export interface Report {
  period: {
    label: string;
    /** `FY2026-Q1`, the form the CLI and settings accept. */
    id: string;
    start: IsoDate;
    end: IsoDate;
    asOf: IsoDate;
    elapsed: number;
  };
  landings: LandingFigures & {
    sourcedShare: number | null;
    byDemandSource: Record<DemandSource, LandingFigures>;
    bySegment: Record<Segment, LandingFigures>;
  };
  create: CreatedFigures & {
    byDemandSource: Record<DemandSource, CreatedFigures>;
    bySegment: Record<Segment, CreatedFigures>;
    /** Demand source × segment, for the created-by-source-and-segment slide. */
    bySourceAndSegment: Record<DemandSource, Record<Segment, CreatedFigures>>;
    previousQuarter: CreatedFigures & { label: string };
    yearAgo: CreatedFigures & { label: string };
  };
  forward: {
    quarters: ForwardQuarter[];
    /** L0, L1, L2, L3, L4plus; `null` with no won history in the lag window. */
    lag: [number, number, number, number, number] | null;
    /** How many won opportunities the lag distribution rests on. */
    lagSampleSize: number;
  };
  rates: {
    winRate: {
      overall: number | null;
      bySource: Record<DemandSource, number | null>;
      lowSample: boolean;
      /** The history each rate used, so a slide can say so. */
      basis: { overall: RateBasis; bySource: Record<DemandSource, RateBasis> };
    };
    cycleDays: number | null;
  };
  integrity: {
    undated: number;
    overdueCount: number;
    unknownSourceShare: number | null;
    rejectedRows: number;
  };
}
