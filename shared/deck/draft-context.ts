import type { SlideLook } from '../brand';
import type { Opportunity } from '../records';
import { formatCount, formatMoney, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';

/** What drafting needs besides the report: where the data came from and how amounts read. */
export interface DraftContext {
  /** The reporting currency's ISO code, or `null` when the export names none. */
  currency: string | null;
  /** The figures come from the generated sample, not the user's data. */
  isSample: boolean;
  /** The file(s) the figures come from. */
  sourceLabel: string;
  /** How many opportunities the report was computed from. */
  opportunityCount: number;
  /** The first few rejected rows, each as "Line 14: reason". */
  rejectedReasons: string[];
  /** The export's record-count footer against the rows read; `null` without a footer. */
  footer: { recordCount: number; rowsRead: number; matches: boolean } | null;
  /** The slides' theme and brand, from the settings; absent, the light theme in the product indigo. */
  look?: SlideLook;
}

/** The one currency the opportunities are in, or `null` when none is named or they disagree. */
export function reportingCurrency(
  opportunities: readonly Pick<Opportunity, 'currency'>[],
): string | null {
  let found: string | null = null;
  for (const { currency } of opportunities) {
    const code = currency?.trim().toUpperCase();
    if (!code) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found;
}

/** Slide-rounded money in the context's currency. */
export function moneyIn(context: DraftContext): (value: number) => string {
  return (value) => formatMoney(value, context.currency);
}

/** Caveats a landings figure carries: a low-sample win rate, or over 10% of landings from unknown sources. */
export function landingCaveats(report: Report): string[] {
  const caveats: string[] = [];
  const unknown = report.integrity.unknownSourceShare;
  if (unknown !== null && unknown > 0.1) {
    caveats.push(`${formatPercent(unknown)} of landings have no known demand source.`);
  }
  if (report.rates.winRate.lowSample) {
    caveats.push('Win rates rest on a low sample, so expected figures are indicative.');
  }
  return caveats;
}

/** A share `part / whole`, `null` when the whole is 0 (so it reads "n/a"). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** "up 12% on FY2026 Q2", "down 8% on …", "level with …", or "against nothing in …". */
export function changePhrase(current: number, previous: number, label: string): string {
  if (previous === 0) return current === 0 ? `level with ${label}` : `against nothing in ${label}`;
  const change = Math.round(((current - previous) / previous) * 100);
  if (change === 0) return `level with ${label}`;
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)}% on ${label}`;
}

/** Joins phrases the way a sentence does: "a", "a and b", "a, b and c". */
export function joinPhrases(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** "1 deal" / "3 deals". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
