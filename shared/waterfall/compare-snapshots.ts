import type { FiscalQuarter } from '../calendar';
import type { Opportunity } from '../records';
import type { IsoDate } from '../units';
import type { PipelineWaterfall, WaterfallDeal, WaterfallStep, WaterfallStepKind } from './types';
import { fiscalQuarterOf, isFiscalYearStartMonth } from '../calendar';
import { latestDataDate } from '../metrics/resolve-period';
import { fromCents, toCents } from '../money';
import { classifyMove, placementOf } from './classify';
import { opportunityKey } from './salesforce-id';
import { WATERFALL_STEPS } from './types';

/** What the waterfall watches and the as-of date each snapshot is read at. */
export interface CompareSnapshotsOptions {
  /** The quarter whose open pipeline the bridge follows. */
  period: FiscalQuarter;
  /** First month of the fiscal year, 1–12; names the quarters deals moved to. */
  fiscalYearStartMonth: number;
  /** D of the current snapshot; default: its latest created or closed date (metrics.md §2). */
  currentAsOf?: IsoDate | null;
  /** D of the previous snapshot; default: its own latest date, or the chosen `currentAsOf` when earlier. */
  previousAsOf?: IsoDate | null;
}

/** One snapshot keyed for matching, with what was left out of it. */
interface IndexedSnapshot {
  byKey: Map<string, Opportunity>;
  ignored: number;
  duplicates: string[];
}

/** Keys a snapshot by `opportunityKey`, the last row winning, and drops deals created after D. */
function indexSnapshot(opps: readonly Opportunity[], asOf: IsoDate | null): IndexedSnapshot {
  const byKey = new Map<string, Opportunity>();
  const duplicates = new Set<string>();
  let ignored = 0;
  for (const opp of opps) {
    // metrics.md §2: records created after D are ignored everywhere.
    if (asOf !== null && opp.createdDate !== null && opp.createdDate > asOf) {
      ignored++;
      continue;
    }
    const key = opportunityKey(opp.id);
    if (byKey.has(key)) duplicates.add(key);
    byKey.set(key, opp);
  }
  return { byKey, ignored, duplicates: [...duplicates] };
}

/** Throws a RangeError naming the bad option: these are programming errors, not bad data. */
function checkOptions(options: CompareSnapshotsOptions): void {
  const { period, fiscalYearStartMonth: fy } = options;
  if (!isFiscalYearStartMonth(fy)) {
    throw new RangeError(
      `compareSnapshots: fiscalYearStartMonth must be a whole number from 1 to 12, got ${fy}.`,
    );
  }
  const q = fiscalQuarterOf(period.start, fy);
  if (q.start !== period.start || q.end !== period.end) {
    throw new RangeError(
      `compareSnapshots: period ${period.id} (${period.start} to ${period.end}) is not a fiscal quarter of a year starting in month ${fy}.`,
    );
  }
}

/** The earlier of two optional dates. */
function earlier(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * The pipeline waterfall: how the open pipeline due in `options.period` (metrics.md §4)
 * moved from the `previous` snapshot to the `current` one, as steps that reconcile to
 * the cent (`start + Σ step amounts = end`), each listing its deals. docs/waterfall.md
 * sets out which step a move falls in.
 */
export function compareSnapshots(
  previous: readonly Opportunity[],
  current: readonly Opportunity[],
  options: CompareSnapshotsOptions,
): PipelineWaterfall {
  checkOptions(options);
  const { period, fiscalYearStartMonth: fy } = options;
  const chosenAsOf = options.currentAsOf ?? null;
  const currentAsOf = chosenAsOf ?? latestDataDate(current);
  // A chosen D holds for both snapshots; a derived one is the current data's own and says
  // nothing about the previous export, whose later-created deals are then simply removed.
  const previousAsOf = options.previousAsOf ?? earlier(latestDataDate(previous), chosenAsOf);
  const prev = indexSnapshot(previous, previousAsOf);
  const cur = indexSnapshot(current, currentAsOf);

  const quarters = new Map<IsoDate, string>();
  const quarterOf = (date: IsoDate | null): string | null => {
    if (date === null) return null;
    let id = quarters.get(date);
    if (id === undefined) {
      id = fiscalQuarterOf(date, fy).id;
      quarters.set(date, id);
    }
    return id;
  };

  const stepCents = new Map<WaterfallStepKind, number>();
  const stepDeals = new Map<WaterfallStepKind, WaterfallDeal[]>();
  let startCents = 0;
  let startCount = 0;
  let endCents = 0;
  let endCount = 0;
  let unchangedCents = 0;
  let unchangedCount = 0;

  const visit = (key: string, p: Opportunity | undefined, c: Opportunity | undefined): void => {
    const before = placementOf(p, period);
    const after = placementOf(c, period);
    const pc = toCents(p?.amount ?? null);
    const cc = toCents(c?.amount ?? null);
    if (before === 'due') {
      startCents += pc;
      startCount++;
    }
    if (after === 'due') {
      endCents += cc;
      endCount++;
    }
    const kind = classifyMove(before, after, cc - pc);
    if (kind === null) {
      if (before === 'due') {
        unchangedCents += pc;
        unchangedCount++;
      }
      return;
    }
    // A deal enters at the amount it arrives with and leaves at the amount it was counted at.
    const change = before !== 'due' ? cc : after !== 'due' ? -pc : cc - pc;
    const shown = c ?? p;
    stepCents.set(kind, (stepCents.get(kind) ?? 0) + change);
    let deals = stepDeals.get(kind);
    if (deals === undefined) {
      deals = [];
      stepDeals.set(kind, deals);
    }
    deals.push({
      id: shown?.id ?? key,
      key,
      name: c?.name ?? p?.name ?? null,
      accountId: c?.accountId ?? p?.accountId ?? null,
      accountName: c?.accountName ?? p?.accountName ?? null,
      previousAmount: p === undefined ? null : fromCents(pc),
      currentAmount: c === undefined ? null : fromCents(cc),
      previousCloseDate: p?.closeDate ?? null,
      currentCloseDate: c?.closeDate ?? null,
      previousQuarter: quarterOf(p?.closeDate ?? null),
      currentQuarter: quarterOf(c?.closeDate ?? null),
      previousStatus: p?.status ?? null,
      currentStatus: c?.status ?? null,
      blankAmount: (p !== undefined && p.amount === null) || (c !== undefined && c.amount === null),
      change: fromCents(change),
    });
  };

  for (const [key, p] of prev.byKey) visit(key, p, cur.byKey.get(key));
  for (const [key, c] of cur.byKey) if (!prev.byKey.has(key)) visit(key, undefined, c);

  const steps = {} as Record<WaterfallStepKind, WaterfallStep>;
  for (const { kind, label, direction, effect } of WATERFALL_STEPS) {
    const deals = stepDeals.get(kind) ?? [];
    deals.sort(
      (a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    steps[kind] = {
      kind,
      label,
      direction,
      effect,
      amount: fromCents(stepCents.get(kind) ?? 0),
      count: deals.length,
      deals,
    };
  }

  return {
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    previousAsOf,
    currentAsOf,
    start: fromCents(startCents),
    startCount,
    steps,
    end: fromCents(endCents),
    endCount,
    unchanged: { amount: fromCents(unchangedCents), count: unchangedCount },
    ignored: { previous: prev.ignored, current: cur.ignored },
    duplicateIds: { previous: prev.duplicates, current: cur.duplicates },
  };
}
