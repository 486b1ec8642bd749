import type { Opportunity } from '../records';
import type { Settings } from '../settings';
import type { IsoDate } from '../units';
import type { FiscalQuarter } from '../calendar';
import { fiscalQuarterOf, isFiscalYearStartMonth, parsePeriod, quarterIndex } from '../calendar';
import { isIsoDate } from '../units';

/** The period P and the as-of date D every figure is computed for (metrics.md §2). */
export interface ResolvedPeriod {
  period: FiscalQuarter;
  /** Running quarter number of P (see `quarterIndexOf`). */
  index: number;
  asOf: IsoDate;
}

/** P and D, or a message saying which setting or what data is missing. */
export type ResolvePeriodResult =
  { ok: true; value: ResolvedPeriod } | { ok: false; error: string };

/** The latest created date, or close date of a closed deal, in the data (open deals' close dates are plans, not events). */
export function latestDataDate(opportunities: readonly Opportunity[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const o of opportunities) {
    if (o.createdDate !== null && (latest === null || o.createdDate > latest))
      latest = o.createdDate;
    if (o.status !== 'open' && o.closeDate !== null && (latest === null || o.closeDate > latest)) {
      latest = o.closeDate;
    }
  }
  return latest;
}

/** Works out D (settings.asOf, else the latest date in the data) and P (settings.period, else the quarter of D). */
export function resolvePeriod(
  opportunities: readonly Opportunity[],
  settings: Settings,
): ResolvePeriodResult {
  const fy = settings.fiscalYearStartMonth;
  if (!isFiscalYearStartMonth(fy)) {
    return {
      ok: false,
      error: `Settings: fiscalYearStartMonth must be a whole number from 1 to 12, got ${fy}.`,
    };
  }
  if (settings.asOf !== null && !isIsoDate(settings.asOf)) {
    return {
      ok: false,
      error: `Settings: asOf ${JSON.stringify(settings.asOf)} is not a date written YYYY-MM-DD.`,
    };
  }
  let period: FiscalQuarter | null = null;
  if (settings.period !== null) {
    const parsed = parsePeriod(settings.period, fy);
    if (!parsed.ok) return { ok: false, error: `Settings: ${parsed.error}` };
    period = parsed.quarter;
  }
  // With a chosen period but no dates anywhere, looking from the period's end is the only sensible view.
  const asOf = settings.asOf ?? latestDataDate(opportunities) ?? period?.end ?? null;
  if (asOf === null) {
    return {
      ok: false,
      error:
        'The data holds no created or close dates, so there is no as-of date: set one in settings.',
    };
  }
  const p = period ?? fiscalQuarterOf(asOf, fy);
  return { ok: true, value: { period: p, index: quarterIndex(p), asOf } };
}
