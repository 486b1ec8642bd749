import { latestDataDate, latestSupportingDate } from '../../../../shared/metrics/resolve-period';
import type { RecordKind } from '../../../../shared/import/types';
import type { Lead, Meeting, Opportunity, Touchpoint } from '../../../../shared/records';
import type { IsoDate } from '../../../../shared/units';

/**
 * The latest date in the records that moves the default as-of (metrics.md §2): created and
 * closed dates of deals, and the dates of touches, leads and meetings; `null` for the kinds
 * whose dates are plans or that have none.
 */
export function latestDateOf(kind: RecordKind, records: readonly unknown[]): IsoDate | null {
  switch (kind) {
    case 'opportunities':
      return latestDataDate(records as Opportunity[]);
    case 'leads':
      return latestSupportingDate({ leads: records as Lead[] });
    case 'touchpoints':
      return latestSupportingDate({ touchpoints: records as Touchpoint[] });
    case 'meetings':
      return latestSupportingDate({ meetings: records as Meeting[] });
    default:
      return null;
  }
}
