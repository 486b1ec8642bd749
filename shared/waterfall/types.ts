import type { OpportunityStatus } from '../records';
import type { IsoDate } from '../units';

/**
 * The steps of the pipeline waterfall, in the order the bridge shows them: the direction
 * each moves the period's open pipeline (for non-negative amounts), and whether its deals
 * enter the period's pipeline, leave it, or stay with a new amount.
 */
export const WATERFALL_STEPS = [
  { kind: 'new', label: 'New', direction: 'up', effect: 'enters' },
  { kind: 'pulledIn', label: 'Pulled in', direction: 'up', effect: 'enters' },
  { kind: 'slippedIn', label: 'Slipped in', direction: 'up', effect: 'enters' },
  { kind: 'reopened', label: 'Reopened', direction: 'up', effect: 'enters' },
  { kind: 'amountUp', label: 'Amount up', direction: 'up', effect: 'revalues' },
  { kind: 'amountDown', label: 'Amount down', direction: 'down', effect: 'revalues' },
  { kind: 'pushedOut', label: 'Pushed out', direction: 'down', effect: 'leaves' },
  { kind: 'movedEarlier', label: 'Moved earlier', direction: 'down', effect: 'leaves' },
  { kind: 'won', label: 'Won', direction: 'down', effect: 'leaves' },
  { kind: 'lost', label: 'Lost', direction: 'down', effect: 'leaves' },
  { kind: 'removed', label: 'Removed', direction: 'down', effect: 'leaves' },
] as const;

/** One step of the bridge from the previous snapshot's due pipeline to the current one's. */
export type WaterfallStepKind = (typeof WATERFALL_STEPS)[number]['kind'];

/** Whether a step adds to the period's open pipeline or takes from it. */
export type WaterfallDirection = 'up' | 'down';

/** Whether a step's deals enter the period's open pipeline, leave it, or stay re-valued. */
export type WaterfallEffect = 'enters' | 'leaves' | 'revalues';

/**
 * One opportunity behind a step, as the drill-down lists it. `previous…` fields are
 * `null` when the deal is not in the previous snapshot, `current…` ones when it is not in
 * the current one. Amounts are whole cents' worth; a blank amount is 0.
 */
export interface WaterfallDeal {
  /** The id as the current export writes it (the previous one's when it was removed). */
  id: string;
  /** The key both snapshots were matched on (the 15-character form of a Salesforce id). */
  key: string;
  name: string | null;
  accountId: string | null;
  accountName: string | null;
  previousAmount: number | null;
  currentAmount: number | null;
  previousCloseDate: IsoDate | null;
  currentCloseDate: IsoDate | null;
  /** The fiscal quarter of the close date, written `FY2026-Q3`; `null` when undated or absent. */
  previousQuarter: string | null;
  currentQuarter: string | null;
  previousStatus: OpportunityStatus | null;
  currentStatus: OpportunityStatus | null;
  /** Whether the amount was blank (counted as 0) in either snapshot. */
  blankAmount: boolean;
  /** What this deal adds to its step: + current amount in, − previous amount out, or the change. */
  change: number;
}

/** One step of the bridge: its signed amount, how many deals and which. */
export interface WaterfallStep {
  kind: WaterfallStepKind;
  label: string;
  direction: WaterfallDirection;
  effect: WaterfallEffect;
  /** Σ of the deals' `change`, exact to the cent; negative for a step that takes away. */
  amount: number;
  count: number;
  /** Largest movement first, then by id. */
  deals: WaterfallDeal[];
}

/**
 * How the period's open (due) pipeline moved from the previous snapshot to the current
 * one: `start + Σ steps[k].amount = end`, exact to the cent, and `startCount + Σ counts
 * of the steps that enter − Σ counts of those that leave = endCount`.
 */
export interface PipelineWaterfall {
  period: { id: string; label: string; start: IsoDate; end: IsoDate };
  /** The as-of date each snapshot was read at; deals created after it were ignored. */
  previousAsOf: IsoDate | null;
  currentAsOf: IsoDate | null;
  /** The previous snapshot's due in P (metrics.md §4). */
  start: number;
  startCount: number;
  steps: Record<WaterfallStepKind, WaterfallStep>;
  /** The current snapshot's due in P. */
  end: number;
  endCount: number;
  /** Deals due in P in both snapshots at the same amount: in start and end, in no step. */
  unchanged: { amount: number; count: number };
  /** Deals left out of each snapshot because they were created after its as-of date. */
  ignored: { previous: number; current: number };
  /** Keys a snapshot held more than once (the last row won, as in the importer). */
  duplicateIds: { previous: string[]; current: string[] };
}
