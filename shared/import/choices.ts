import { normaliseWords } from '../demand-source';
import type { MeetingKind, TargetDemandSource, TargetKind, TargetSegment } from '../records';

const FISCAL_QUARTER = /^FY\s*(\d{4})\s*[-\s]?\s*Q([1-4])$/i;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A fiscal quarter as `FY2026-Q3` (from `FY2026-Q3`, `FY2026 Q3`, `fy2026q3`), or `null`. */
export function readFiscalQuarter(text: string): string | null {
  const m = FISCAL_QUARTER.exec(text.trim());
  return m ? `FY${m[1] ?? ''}-Q${m[2] ?? ''}` : null;
}

/**
 * A spend period: a fiscal quarter (`FY2026-Q3`) or a calendar month written `2026-03`,
 * `03/2026`, `Mar 2026` or `March 2026` (returned as `2026-03`); `null` for anything else.
 */
export function readSpendPeriod(text: string): string | null {
  const quarter = readFiscalQuarter(text);
  if (quarter !== null) return quarter;
  const trimmed = text.trim();
  const ym = YEAR_MONTH.exec(trimmed);
  if (ym) return month(Number(ym[1]), Number(ym[2]));
  const my = MONTH_YEAR.exec(trimmed);
  if (my) return month(Number(my[2]), Number(my[1]));
  const words = normaliseWords(trimmed).split(' ');
  const [first = '', second = ''] = words;
  if (words.length !== 2) return null;
  const [name, year] = /^\d{4}$/.test(first) ? [second, first] : [first, second];
  if (!/^\d{4}$/.test(year) || name.length < 3) return null;
  // `Mar`, `Mar.`, `Sept` and `March` name the month; `Marx` does not.
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(name));
  return index === -1 ? null : month(Number(year), index + 1);
}

/** `YYYY-MM`, or `null` when the month is not 1–12. */
function month(year: number, monthNumber: number): string | null {
  if (monthNumber < 1 || monthNumber > 12) return null;
  return `${String(year)}-${String(monthNumber).padStart(2, '0')}`;
}

/** Looks a value up by its normalised words (metrics.md §3 normalising). */
function lookup<T>(table: Readonly<Record<string, T>>): (text: string) => T | null {
  return (text) => table[normaliseWords(text)] ?? null;
}

/** A target's demand source: marketing, sales, tele, channel or all (also total, overall). */
export const readTargetDemandSource = lookup<TargetDemandSource>({
  marketing: 'marketing',
  sales: 'sales',
  tele: 'tele',
  telemarketing: 'tele',
  channel: 'channel',
  partner: 'channel',
  all: 'all',
  total: 'all',
  overall: 'all',
});

/** A target's segment: smb, midmarket, enterprise (with metrics.md §3's words) or all. */
export const readTargetSegment = lookup<TargetSegment>({
  smb: 'smb',
  small: 'smb',
  'small business': 'smb',
  mid: 'midmarket',
  'mid market': 'midmarket',
  midmarket: 'midmarket',
  commercial: 'midmarket',
  enterprise: 'enterprise',
  ent: 'enterprise',
  large: 'enterprise',
  strategic: 'enterprise',
  all: 'all',
  total: 'all',
  overall: 'all',
});

/** A target's kind: pipeline (created) or revenue (won). */
export const readTargetKind = lookup<TargetKind>({
  pipeline: 'pipeline',
  pipe: 'pipeline',
  'pipeline created': 'pipeline',
  revenue: 'revenue',
  bookings: 'revenue',
  won: 'revenue',
  'closed won': 'revenue',
});

/** A meeting's kind: prospect or customer, in the words meeting logs use. */
export const readMeetingKind = lookup<MeetingKind>({
  prospect: 'prospect',
  prospecting: 'prospect',
  new: 'prospect',
  'net new': 'prospect',
  'new logo': 'prospect',
  'new business': 'prospect',
  customer: 'customer',
  existing: 'customer',
  'existing customer': 'customer',
  'existing business': 'customer',
  client: 'customer',
});

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'nv',
  'pty',
]);

/**
 * An account name normalised as metrics.md §5 says: lower case, runs of other characters
 * one space, one trailing legal suffix dropped. `Stark, Inc.` and `STARK LLC` are one.
 */
export function accountKey(name: string): string {
  const words = normaliseWords(name).split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && LEGAL_SUFFIXES.has(last)) words.pop();
  return words.join(' ');
}
