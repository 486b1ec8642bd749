import { isoDate, type IsoDate } from '../../../shared/units';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-09-30` as `30 Sep 2026`, read from the string so no time zone can move the day. */
export function formatIsoDate(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const AMOUNT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A count with thousands separators. */
export function formatCount(n: number): string {
  return WHOLE.format(n);
}

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
