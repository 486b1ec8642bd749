import { isoDate, type IsoDate } from '../../../shared/units';

const AMOUNT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** An amount with thousands separators and cents, for reconciliation where every cent counts. */
export function formatAmount(n: number): string {
  return AMOUNT.format(n);
}

/** Today's local calendar date as an IsoDate (the user's day, not UTC's). */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return isoDate(`${y}-${m}-${d}`);
}
