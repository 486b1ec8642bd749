import type { Touchpoint } from '../records';
import type { PreparedOpportunity } from './prepared';

/**
 * An integer with the order of `YYYY-MM-DD` strings (year·416 + month·32 + day), read from the
 * character codes: no parsing, no Date. A string of another length is one `addDays` wrote for a
 * year outside 0000–9999 ('-000001-…'); like its string, it sorts before every ordinary date (−1).
 */
export function dateOrdinal(date: string): number {
  if (date.length !== 10) return -1;
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return year * 416 + month * 32 + day;
}

/**
 * `dayNumber` of the date whose `dateOrdinal` is `ordinal` (≥ 0): the same UTC arithmetic on
 * the year, month and day, without a string.
 */
export function ordinalDayNumber(ordinal: number): number {
  const year = Math.floor(ordinal / 416);
  const rest = ordinal - year * 416;
  const month = rest >> 5;
  return Date.UTC(year, month - 1, rest & 31) / 86_400_000;
}

/** Per touchpoints list, the report (its `opps`) it was read for: its ordinals and name numbers. */
const cache = new WeakMap<
  readonly Touchpoint[],
  { opps: readonly PreparedOpportunity[]; days: Int32Array; names: Int32Array | null }
>();

/** In `touchNameNumbers`: a touch whose account name was not read. */
export const UNREAD_NAME = -2;

/**
 * Each touch's `dateOrdinal`, by its index, read once per report (per `opps` array): linking
 * and target accounts both filter a million touches by date, and reading every touch's date
 * string again costs a cache miss per touch. Kept per report, so a list reused by a later
 * report is read afresh.
 */
export function touchDays(
  touchpoints: readonly Touchpoint[],
  opps: readonly PreparedOpportunity[],
): Int32Array {
  const seen = cache.get(touchpoints);
  if (seen !== undefined && seen.opps === opps) return seen.days;
  const days = new Int32Array(touchpoints.length);
  for (let k = 0; k < touchpoints.length; k++) days[k] = dateOrdinal(touchpoints[k].date);
  cache.set(touchpoints, { opps, days, names: null });
  return days;
}

/**
 * Records `days` as the ordinals of `touchpoints` for the report over `opps`, and `names` as
 * the account-name numbers (`sharedNameNumberer` of `opps`; `UNREAD_NAME` where not read), both
 * read in the caller's own pass.
 */
export function rememberTouchDays(
  touchpoints: readonly Touchpoint[],
  opps: readonly PreparedOpportunity[],
  days: Int32Array,
  names: Int32Array | null = null,
): void {
  cache.set(touchpoints, { opps, days, names });
}

/**
 * The touches' account-name numbers that linking read for the report over `opps` (by touch
 * index, `UNREAD_NAME` for a touch it had no need to read), or `null` when it read none.
 */
export function touchNameNumbers(
  touchpoints: readonly Touchpoint[],
  opps: readonly PreparedOpportunity[],
): Int32Array | null {
  const seen = cache.get(touchpoints);
  return seen !== undefined && seen.opps === opps ? seen.names : null;
}
