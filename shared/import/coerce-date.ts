import { isIsoDate } from '../units';
import type { IsoDate } from '../units';
import type { DateOrder } from './types';

/** A date cell read into its parts; `ambiguous` ones need the column's day/month order. */
type DateShape =
  | { kind: 'fixed'; year: number; month: number; day: number; dotted?: true }
  | { kind: 'ambiguous'; first: number; second: number; year: number };

/** A coerced date cell: the date, blank, or why it is not a date. */
export type DateCoercion =
  { ok: true; value: IsoDate | null } | { ok: false; problem: 'not-a-date' | 'not-real' };

// A timestamp is cut to its date as written (metrics.md §2): the time and any zone are dropped.
const WITH_TIME =
  /^([\d./-]+)(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const SERIAL = /^(\d{5})(?:\.\d+)?$/;

/** Excel serial numbers taken as dates: 1954-10-03 to 2119-01-11; outside it a bare number is not taken for a date. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
const DAY_MS = 86_400_000;
// Serial day 0 is 1899-12-30 rather than 1899-12-31 because Excel counts a 1900-02-29
// that never was; every serial in the accepted range lies after that phantom day.
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Reads the shape of a date cell, or `null` when it is not written like a date. */
function readShape(raw: string): DateShape | null {
  const text = raw.trim();
  const serial = SERIAL.exec(text);
  if (serial?.[1] !== undefined) {
    const days = Number(serial[1]);
    if (days < SERIAL_MIN || days > SERIAL_MAX) return null;
    const date = new Date(SERIAL_EPOCH_MS + days * DAY_MS);
    return {
      kind: 'fixed',
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    };
  }
  const datePart = WITH_TIME.exec(text)?.[1];
  if (datePart === undefined) return null;
  const iso = YEAR_FIRST.exec(datePart);
  if (iso)
    return { kind: 'fixed', year: Number(iso[1]), month: Number(iso[3]), day: Number(iso[4]) };
  const local = YEAR_LAST.exec(datePart);
  if (!local) return null;
  const first = Number(local[1]);
  const second = Number(local[3]);
  const yearText = local[4] ?? '';
  // Two-digit years are this century's: CRM exports hold no 20th-century deals.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  // Dotted dates are a European habit and always day-first.
  if (local[2] === '.') return { kind: 'fixed', year, month: second, day: first, dotted: true };
  return { kind: 'ambiguous', first, second, year };
}

/**
 * The day/month order a whole column settles: any first part above 12 means day-first,
 * any second part above 12 means month-first, and a dotted date is day-first; when both
 * occur the more frequent wins (the others are then not real dates). `null` when no
 * value settles it.
 */
export function settleDateOrder(values: readonly string[]): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const shape = readShape(value);
    if (shape?.kind === 'fixed' && shape.dotted === true) dayFirst++;
    if (shape?.kind !== 'ambiguous') continue;
    if (shape.first > 12) dayFirst++;
    if (shape.second > 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return null;
  return dayFirst > monthFirst ? 'dmy' : 'mdy';
}

/** Whether a column holds a value such as `01/03/2026` whose meaning depends on the order. */
export function dependsOnOrder(values: readonly string[]): boolean {
  return values.some((value) => {
    const shape = readShape(value);
    return shape?.kind === 'ambiguous' && shape.first !== shape.second;
  });
}

/** Coerces a date cell to an IsoDate in the column's order; blank is `null`. */
export function coerceDate(raw: string, order: DateOrder): DateCoercion {
  if (raw.trim() === '') return { ok: true, value: null };
  const shape = readShape(raw);
  if (shape === null) return { ok: false, problem: 'not-a-date' };
  const [month, day] =
    shape.kind === 'fixed'
      ? [shape.month, shape.day]
      : order === 'dmy'
        ? [shape.second, shape.first]
        : [shape.first, shape.second];
  const text = `${String(shape.year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(text) ? { ok: true, value: text } : { ok: false, problem: 'not-real' };
}

/** Two-digit form of a month or day; out-of-range values stay visibly wrong for isIsoDate. */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}
