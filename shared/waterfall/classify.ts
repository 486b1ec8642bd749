import type { Opportunity } from '../records';
import type { IsoDate } from '../units';
import type { WaterfallStepKind } from './types';

/**
 * Where a deal stands relative to the watched period P in one snapshot: absent, due in P
 * (open, close date in P), open with a close date before or after P or none, or closed.
 */
export type Placement = 'absent' | 'due' | 'before' | 'after' | 'undated' | 'won' | 'lost';

/** The placement of a deal (or its absence) in one snapshot. */
export function placementOf(
  opp: Pick<Opportunity, 'status' | 'closeDate'> | undefined,
  period: { start: IsoDate; end: IsoDate },
): Placement {
  if (opp === undefined) return 'absent';
  if (opp.status !== 'open') return opp.status;
  const close = opp.closeDate;
  if (close === null) return 'undated';
  if (close < period.start) return 'before';
  if (close > period.end) return 'after';
  return 'due';
}

/**
 * The one step a deal's move between snapshots falls in, or `null` when it is outside the
 * bridge (due in neither) or due in both at the same amount. Every deal lands in at most
 * one step, so the steps partition the movement and each drill-down is unambiguous.
 */
export function classifyMove(
  previous: Placement,
  current: Placement,
  amountDeltaCents: number,
): WaterfallStepKind | null {
  if (previous === 'due') {
    switch (current) {
      case 'due':
        if (amountDeltaCents > 0) return 'amountUp';
        return amountDeltaCents < 0 ? 'amountDown' : null;
      case 'absent':
        return 'removed';
      case 'won':
        return 'won';
      case 'lost':
        return 'lost';
      case 'before':
        return 'movedEarlier';
      case 'after':
      case 'undated':
        return 'pushedOut';
    }
  }
  if (current !== 'due') return null;
  switch (previous) {
    case 'absent':
      return 'new';
    case 'after':
    case 'undated':
      return 'pulledIn';
    case 'before':
      return 'slippedIn';
    case 'won':
    case 'lost':
      return 'reopened';
  }
}
