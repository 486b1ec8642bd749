import type { IsoDate } from './units';

/** One fiscal quarter (metrics.md §2); `start` and `end` are inclusive. */
export interface FiscalQuarter {
  /** Named by the calendar year in which the fiscal year ends. */
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  start: IsoDate;
  end: IsoDate;
  /** `FY2026 Q1`, as slides show it. */
  label: string;
  /** `FY2026-Q1`, as the CLI and settings write it. */
  id: string;
}

/** The outcome of parsing a period: the quarter, or a message saying what is wrong. */
export type ParsePeriodResult = { ok: true; quarter: FiscalQuarter } | { ok: false; error: string };

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date; pure UTC arithmetic so no time zone can shift a day. */
export function dayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO date of a day number (the inverse of `dayNumber`). */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** `b − a` in whole days (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The date `n` days after `date` (before it when n is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** Whether a value is a valid fiscal-year start month (an integer 1–12). */
export function isFiscalYearStartMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

/** The fiscal quarter `quarter` of fiscal year `fiscalYear`. */
export function fiscalQuarter(
  fiscalYear: number,
  quarter: 1 | 2 | 3 | 4,
  fiscalYearStartMonth: number,
): FiscalQuarter {
  // With a January start the fiscal year is the calendar year; otherwise it began the year before.
  const startYear = fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  const startMonth = fiscalYearStartMonth - 1 + (quarter - 1) * 3;
  const start = fromDayNumber(Date.UTC(startYear, startMonth, 1) / MS_PER_DAY);
  const end = fromDayNumber(Date.UTC(startYear, startMonth + 3, 0) / MS_PER_DAY);
  return {
    fiscalYear,
    quarter,
    start,
    end,
    label: `FY${fiscalYear} Q${quarter}`,
    id: `FY${fiscalYear}-Q${quarter}`,
  };
}

/** A running number of fiscal quarters (fiscalYear × 4 + quarter − 1), cheap to compare and subtract. */
export function quarterIndexOf(date: IsoDate, fiscalYearStartMonth: number): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const offset = (m - fiscalYearStartMonth + 12) % 12;
  const startYear = m >= fiscalYearStartMonth ? y : y - 1;
  const fiscalYear = fiscalYearStartMonth === 1 ? startYear : startYear + 1;
  return fiscalYear * 4 + Math.floor(offset / 3);
}

/** The running quarter number of a fiscal quarter (see `quarterIndexOf`). */
export function quarterIndex(q: Pick<FiscalQuarter, 'fiscalYear' | 'quarter'>): number {
  return q.fiscalYear * 4 + q.quarter - 1;
}

/** The fiscal quarter with a given running number (see `quarterIndexOf`). */
export function quarterFromIndex(index: number, fiscalYearStartMonth: number): FiscalQuarter {
  const fiscalYear = Math.floor(index / 4);
  const quarter = (index - fiscalYear * 4 + 1) as 1 | 2 | 3 | 4;
  return fiscalQuarter(fiscalYear, quarter, fiscalYearStartMonth);
}

/** The fiscal quarter that contains `date`. */
export function fiscalQuarterOf(date: IsoDate, fiscalYearStartMonth: number): FiscalQuarter {
  return quarterFromIndex(quarterIndexOf(date, fiscalYearStartMonth), fiscalYearStartMonth);
}

/** The quarter `n` quarters after `q` (before it when n is negative). */
export function shiftQuarter(
  q: FiscalQuarter,
  n: number,
  fiscalYearStartMonth: number,
): FiscalQuarter {
  return quarterFromIndex(quarterIndex(q) + n, fiscalYearStartMonth);
}

const PERIOD = /^FY\s*(\d{4})\s*[-\s]\s*Q([1-4])$/i;

/** Parses `FY2026-Q3` or `FY2026 Q3` (any letter case) into a fiscal quarter. */
export function parsePeriod(text: string, fiscalYearStartMonth: number): ParsePeriodResult {
  if (!isFiscalYearStartMonth(fiscalYearStartMonth)) {
    return {
      ok: false,
      error: `Fiscal year start month must be a whole number from 1 to 12, got ${fiscalYearStartMonth}.`,
    };
  }
  const m = PERIOD.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      error: `Period ${JSON.stringify(text)} is not a fiscal quarter; write it like FY2026-Q3 or FY2026 Q3.`,
    };
  }
  const quarter = Number(m[2]) as 1 | 2 | 3 | 4;
  return { ok: true, quarter: fiscalQuarter(Number(m[1]), quarter, fiscalYearStartMonth) };
}

/** The number of days in a quarter, both ends included. */
export function quarterLength(q: Pick<FiscalQuarter, 'start' | 'end'>): number {
  return daysBetween(q.start, q.end) + 1;
}

/** `clamp(D − P.start + 1, 0, len(P)) / len(P)` in days (metrics.md §2). */
export function elapsed(period: Pick<FiscalQuarter, 'start' | 'end'>, asOf: IsoDate): number {
  const len = quarterLength(period);
  const days = Math.min(Math.max(daysBetween(period.start, asOf) + 1, 0), len);
  return days / len;
}
