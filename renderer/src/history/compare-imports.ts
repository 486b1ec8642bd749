import { compareSnapshots, WATERFALL_STEPS } from '../../../shared/waterfall';
import type { PipelineWaterfall, WaterfallStepKind } from '../../../shared/waterfall';
import { resolvePeriod } from '../../../shared/metrics/resolve-period';
import { reportingCurrency } from '../../../shared/deck/draft-context';
import { fromCents, toCents } from '../../../shared/money';
import type { Opportunity } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import type { IsoDate } from '../../../shared/units';

/** What changed between two imports, or a sentence saying why it cannot be worked out. */
export type ImportComparison =
  | { ok: true; waterfall: PipelineWaterfall; currency: string | null }
  | { ok: false; error: string };

/**
 * Compares the previous import with the active one for the active data's period P and as-of
 * date D (resolvePeriod with the stored settings); the previous snapshot is read at its own
 * data date, or at a D the user pinned when that is earlier (a pinned D holds for both).
 */
export function compareImports(
  previous: readonly Opportunity[],
  current: readonly Opportunity[],
  settings: Settings,
  previousDataAsOf: IsoDate | null,
): ImportComparison {
  const resolved = resolvePeriod(current, settings);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const { period, asOf } = resolved.value;
  const pinned = settings.asOf;
  const previousAsOf =
    pinned !== null && (previousDataAsOf === null || pinned < previousDataAsOf)
      ? pinned
      : previousDataAsOf;
  try {
    const waterfall = compareSnapshots(previous, current, {
      period,
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
      currentAsOf: asOf,
      previousAsOf,
    });
    return { ok: true, waterfall, currency: reportingCurrency(current) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** One bar of the bridge: a total standing on zero, or a step floating from `from` to `to`. */
export interface BridgeBar {
  /** `start`, `end`, or the step's kind. */
  key: 'start' | 'end' | WaterfallStepKind;
  label: string;
  tone: 'total' | 'up' | 'down';
  count: number;
  /** The bar's own amount: the total, or the step's signed change. */
  amount: number;
  from: number;
  to: number;
}

/**
 * The bars of the waterfall chart, in the bridge's order: the previous due pipeline, each
 * step that moved at least one deal (floating from the running total), and the current due
 * pipeline. Running totals are kept in whole cents, so the last step ends exactly on `end`
 * whenever the waterfall reconciles.
 */
export function bridgeBars(waterfall: PipelineWaterfall): BridgeBar[] {
  const bars: BridgeBar[] = [
    {
      key: 'start',
      label: 'Previous import',
      tone: 'total',
      count: waterfall.startCount,
      amount: waterfall.start,
      from: 0,
      to: waterfall.start,
    },
  ];
  let running = toCents(waterfall.start);
  for (const { kind } of WATERFALL_STEPS) {
    const step = waterfall.steps[kind];
    if (step.count === 0) continue;
    const next = running + toCents(step.amount);
    bars.push({
      key: kind,
      label: step.label,
      tone: step.amount < 0 ? 'down' : 'up',
      count: step.count,
      amount: step.amount,
      from: fromCents(running),
      to: fromCents(next),
    });
    running = next;
  }
  bars.push({
    key: 'end',
    label: 'This import',
    tone: 'total',
    count: waterfall.endCount,
    amount: waterfall.end,
    from: 0,
    to: waterfall.end,
  });
  return bars;
}

/** Σ of the steps' amounts, exact to the cent. */
export function stepsTotal(waterfall: PipelineWaterfall): number {
  let cents = 0;
  for (const { kind } of WATERFALL_STEPS) cents += toCents(waterfall.steps[kind].amount);
  return fromCents(cents);
}

/** Whether start + Σ steps = end to the cent: the check the screen shows beside the bridge. */
export function bridgeReconciles(waterfall: PipelineWaterfall): boolean {
  return toCents(waterfall.start) + toCents(stepsTotal(waterfall)) === toCents(waterfall.end);
}
