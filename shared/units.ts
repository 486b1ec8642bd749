/** Branded units, so that a date string, a label and an amount cannot be swapped by accident. */

/** A calendar date without time zone, always written `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __unit: 'IsoDate' };

/** An amount in the reporting currency. */
export type Money = number & { readonly __unit: 'Money' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Brands a `YYYY-MM-DD` string as an IsoDate, throwing on anything else (a programming error). */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new Error(`Not an ISO date: ${JSON.stringify(value)}`);
  return value;
}

/** Brands a finite number as Money. */
export function money(value: number): Money {
  if (!Number.isFinite(value)) throw new Error(`Not a finite amount: ${value}`);
  return value as Money;
}
