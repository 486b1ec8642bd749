import type { Lead, Meeting, Opportunity, Touchpoint } from '../records';
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

/** The dated records beside the opportunities whose dates count toward the default as-of (metrics.md §2). */
export interface DatedRecords {
  touchpoints?: readonly Pick<Touchpoint, 'date'>[];
  leads?: readonly Lead[];
  meetings?: readonly Pick<Meeting, 'date'>[];
}

/** The dates of a lead that record something that happened: creation and every step it took. */
function leadDates(lead: Lead): (IsoDate | null)[] {
  return [
    lead.createdDate,
    lead.statusDate,
    lead.mqlDate,
    lead.sqlDate,
    lead.opportunityDate,
    lead.customerDate,
    lead.convertedDate,
  ];
}

/**
 * The latest date among touches, leads and meetings (metrics.md §2 counts them toward the
 * default as-of beside the opportunities' created and close dates); `null` when there is none.
 * Spend and targets are plans, not events, and do not count.
 */
export function latestSupportingDate(records: DatedRecords): IsoDate | null {
  let latest: IsoDate | null = null;
  const take = (date: IsoDate | null): void => {
    if (date !== null && (latest === null || date > latest)) latest = date;
  };
  for (const touch of records.touchpoints ?? []) take(touch.date);
  for (const meeting of records.meetings ?? []) take(meeting.date);
  for (const lead of records.leads ?? []) for (const date of leadDates(lead)) take(date);
  return latest;
}

/** The later of two dates, either of which may be missing. */
function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Works out D (settings.asOf, else the latest date in the data: the opportunities' created and
 * closed dates, and the touches', leads' and meetings' dates) and P (settings.period, else the
 * quarter of D).
 */
export function resolvePeriod(
  opportunities: readonly Opportunity[],
  settings: Settings,
  dated: DatedRecords = {},
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
  const asOf =
    settings.asOf ??
    later(latestDataDate(opportunities), latestSupportingDate(dated)) ??
    period?.end ??
    null;
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
