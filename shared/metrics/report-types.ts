import type { DemandSource, Segment } from '../records';
import type { IsoDate } from '../units';
import type { AttributionFigures } from './attribution';
import type { ChannelFigures } from './channel-efficiency';
import type { DefinitionFigures } from './definitions';
import type { InfluenceFigures } from './influence';
import type { FunnelStages, LeadFigures } from './leads-funnel';
import type { MeetingFigures } from './meetings';
import type { TargetAccountFigures } from './target-accounts';
import type { SourceShares, TargetResult } from './targets';

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
    /** Marketing-influenced landed and due (§4); `null` when no touchpoints were imported. */
    influenced: InfluenceFigures['influenced'] | null;
    /** The due pipeline's influenced part beside influenced vs not-influenced rates (§4, §6); `null` without touchpoints. */
    acceleration: InfluenceFigures['acceleration'] | null;
  };
  create: CreatedFigures & {
    byDemandSource: Record<DemandSource, CreatedFigures>;
    bySegment: Record<Segment, CreatedFigures>;
    /** Demand source × segment, for the created-by-source-and-segment slide. */
    bySourceAndSegment: Record<DemandSource, Record<Segment, CreatedFigures>>;
    previousQuarter: CreatedFigures & { label: string };
    yearAgo: CreatedFigures & { label: string };
    /** Leads created, MQLs, SQLs and converted in P; `null` when no leads were imported. */
    leads: LeadFigures | null;
    /** P's lead cohort per raw lead source, as far as each got by D; `null` without leads. */
    funnelByChannel: Record<string, FunnelStages> | null;
    /** Net-new prospect and customer meetings in P, per ISO week; `null` without meetings. */
    meetings: MeetingFigures | null;
    /** Coverage of the target-account list; `null` without a list. */
    targetAccounts: TargetAccountFigures | null;
    /** Spend, pipeline and their ratios per channel; `null` without spend. */
    channelEfficiency: Record<string, ChannelFigures> | null;
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
  /** Contribution vs targets for P (metrics.md §9); `null` when no targets were imported. */
  targets: TargetResult[] | null;
  /** Each demand source's share of the total created and of the total landed (metrics.md §9). */
  sourceShares: SourceShares;
  integrity: {
    undated: number;
    overdueCount: number;
    unknownSourceShare: number | null;
    rejectedRows: number;
    /** Touchpoints that link to no opportunity (§5, §10); `null` without touchpoints. */
    orphanTouchpoints: number | null;
    /** Lead-source stripping (§10): pairs and the amount of their opportunities; `null` without leads. */
    strippedPairs: number | null;
    strippedAmount: number | null;
  };
  /** Landed and due credited by channel under five attribution models, an estimate from CRM dates; `null` without touchpoints. */
  attribution: AttributionFigures | null;
  /** The definitions the figures rest on, and sourced pipeline under each definition of "sourced" (the definition lock). */
  definitions: DefinitionFigures;
}
