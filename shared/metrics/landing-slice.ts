import type { LandingFigures } from './report-types';
import { fromCents } from '../money';

/** Running sums of one slice of the landings view, in integer cents. */
export interface LandingSlice {
  landed: number;
  due: number;
  overdue: number;
  lost: number;
  /** Σ due cents × pWin, a fractional number of cents. */
  expectedDue: number;
  /** Set when some due deal of the slice has no pWin, which makes `expected` null. */
  expectedUnknown: boolean;
}

/** A slice with nothing in it. */
export function emptyLandingSlice(): LandingSlice {
  return { landed: 0, due: 0, overdue: 0, lost: 0, expectedDue: 0, expectedUnknown: false };
}

/** The figures of a slice as amounts; `expected` is unrounded because it is an estimate. */
export function landingFigures(s: LandingSlice): LandingFigures {
  return {
    landed: fromCents(s.landed),
    due: fromCents(s.due),
    overdue: fromCents(s.overdue),
    lost: fromCents(s.lost),
    total: fromCents(s.landed + s.due),
    expected: s.expectedUnknown ? null : (s.landed + s.expectedDue) / 100,
  };
}
