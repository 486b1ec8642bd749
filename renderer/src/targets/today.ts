import type { IsoDate } from '../../../shared/units';

/** Today's date on this computer's calendar, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): IsoDate {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${String(now.getFullYear())}-${month}-${day}` as IsoDate;
}
