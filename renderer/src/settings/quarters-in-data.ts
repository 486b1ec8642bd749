import { fiscalQuarterOf, type FiscalQuarter } from '../../../shared/calendar';
import type { Opportunity } from '../../../shared/records';
import { isoDate } from '../../../shared/units';

/** Every fiscal quarter holding a created or close date of the data, newest first. */
export function quartersInData(
  opportunities: readonly Opportunity[],
  fiscalYearStartMonth: number,
): FiscalQuarter[] {
  // Quarters depend only on the month, so one lookup per distinct month keeps this cheap.
  const months = new Set<string>();
  for (const o of opportunities) {
    if (o.createdDate) months.add(o.createdDate.slice(0, 7));
    if (o.closeDate) months.add(o.closeDate.slice(0, 7));
  }
  const quarters = new Map<string, FiscalQuarter>();
  for (const month of months) {
    const q = fiscalQuarterOf(isoDate(`${month}-01`), fiscalYearStartMonth);
    quarters.set(q.id, q);
  }
  return [...quarters.values()].sort((a, b) => b.start.localeCompare(a.start));
}
