import type { Opportunity } from '../../../shared/records';
import type { IsoDate } from '../../../shared/units';

/**
 * The default as-of date of metrics.md §2 over opportunities: the latest created date or
 * close date of a closed deal; `null` when no record carries one.
 */
export function defaultAsOf(opportunities: readonly Opportunity[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const o of opportunities) {
    // An open deal's close date is a forecast, not something that has happened yet.
    const closed = o.status === 'open' ? null : o.closeDate;
    for (const date of [o.createdDate, closed]) {
      if (date !== null && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}
