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
  const quick = readPlainShape(text);
  if (quick !== undefined) return quick;
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
 * The common shapes without a regular expression: `YYYY-MM-DD` and `M/D/YYYY` (one or two
 * digits, `/` or `-`), read exactly as the patterns below read them. `undefined` means
 * "not one of these; ask the patterns".
 */
function readPlainShape(text: string): DateShape | undefined {
  const length = text.length;
  if (length < 8 || length > 10) return undefined;
  if (length === 10 && text.charCodeAt(4) === 0x2d && text.charCodeAt(7) === 0x2d) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) return undefined;
    return { kind: 'fixed', year, month, day };
  }
  const firstEnd = text.charCodeAt(1) === 0x2f || text.charCodeAt(1) === 0x2d ? 1 : 2;
  const separator = text.charCodeAt(firstEnd);
  if (separator !== 0x2f && separator !== 0x2d) return undefined;
  const secondEnd =
    text.charCodeAt(firstEnd + 2) === separator
      ? firstEnd + 2
      : text.charCodeAt(firstEnd + 3) === separator
        ? firstEnd + 3
        : -1;
  if (secondEnd === -1 || length - secondEnd - 1 !== 4) return undefined;
  const first = digits(text, 0, firstEnd);
  const second = digits(text, firstEnd + 1, secondEnd);
  const year = digits(text, secondEnd + 1, length);
  if (first < 0 || second < 0 || year < 0) return undefined;
  return { kind: 'ambiguous', first, second, year };
}

/** The number written by the ASCII digits from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 0x30;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Counts, value by value, what settleDateOrder and dependsOnOrder read from a column, so
 * a file's columns can be settled in one pass over its rows. Cells repeat a great deal
 * (a few hundred distinct dates in a million rows), so each distinct one is read once.
 */
export class DateOrderTally {
  private dayFirst = 0;
  private monthFirst = 0;
  private depends = false;
  /** What each distinct cell adds: day-first, month-first, depends on the order. */
  private readonly seen = new Map<string, readonly [number, number, boolean]>();

  /** Counts one cell of the column. */
  add(value: string): void {
    let effect = this.seen.get(value);
    if (effect === undefined) {
      effect = shapeEffect(readShape(value));
      if (this.seen.size < TALLY_MEMORY) this.seen.set(value, effect);
    }
    this.dayFirst += effect[0];
    this.monthFirst += effect[1];
    if (effect[2]) this.depends = true;
  }

  /** The order the cells counted so far settle, as settleDateOrder says. */
  order(): DateOrder | null {
    if (this.dayFirst === 0 && this.monthFirst === 0) return null;
    return this.dayFirst > this.monthFirst ? 'dmy' : 'mdy';
  }

  /** Whether a cell counted so far depends on the order, as dependsOnOrder says. */
  dependsOnOrder(): boolean {
    return this.depends;
  }
}

/** Distinct cells a tally or a reader remembers; beyond it they are read again. */
const TALLY_MEMORY = 4096;

/** What a cell's shape adds to the day-first and month-first counts, and whether it depends on the order. */
function shapeEffect(shape: DateShape | null): readonly [number, number, boolean] {
  if (shape === null) return [0, 0, false];
  if (shape.kind === 'fixed') return [shape.dotted === true ? 1 : 0, 0, false];
  return [shape.first > 12 ? 1 : 0, shape.second > 12 ? 1 : 0, shape.first !== shape.second];
}

/**
 * The day/month order a whole column settles: any first part above 12 means day-first,
 * any second part above 12 means month-first, and a dotted date is day-first; when both
 * occur the more frequent wins (the others are then not real dates). `null` when no
 * value settles it.
 */
export function settleDateOrder(values: readonly string[]): DateOrder | null {
  const tally = new DateOrderTally();
  for (const value of values) tally.add(value);
  return tally.order();
}

/** Whether a column holds a value such as `01/03/2026` whose meaning depends on the order. */
export function dependsOnOrder(values: readonly string[]): boolean {
  return values.some((value) => {
    const shape = readShape(value);
    return shape?.kind === 'ambiguous' && shape.first !== shape.second;
  });
}

/**
 * coerceDate for one column in one order, remembering the answer for each distinct cell
 * (a million rows hold a few hundred distinct dates). Answers are shared, never changed.
 */
export class DateCoercer {
  private readonly seen = new Map<string, DateCoercion>();

  constructor(private readonly order: DateOrder) {}

  /** coerceDate(raw, order). */
  coerce(raw: string): DateCoercion {
    let result = this.seen.get(raw);
    if (result === undefined) {
      result = coerceDate(raw, this.order);
      if (this.seen.size < TALLY_MEMORY) this.seen.set(raw, result);
    }
    return result;
  }
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
