import { readFiscalQuarter } from '../import/choices';
import { fromCents } from '../money';
import type { Target, TargetDemandSource, TargetKind, TargetSegment } from '../records';
import { money } from '../units';
import { TARGET_KIND_LABELS, targetSourceLabel, targetSegmentLabel } from './target-labels';
import { parseTargetAmount } from './target-amount';

/** The demand sources a target can name, `all` first, in the deck's order. */
export const TARGET_DEMAND_SOURCES: readonly TargetDemandSource[] = [
  'all',
  'marketing',
  'sales',
  'tele',
  'channel',
];

/** The segments a target can name, `all` first, smallest first. */
export const TARGET_SEGMENTS: readonly TargetSegment[] = ['all', 'smb', 'midmarket', 'enterprise'];

/** The kinds of target, pipeline first. */
export const TARGET_KINDS: readonly TargetKind[] = ['pipeline', 'revenue'];

/** One row of the targets table as typed: the period and amount are text until they are valid. */
export interface TargetDraft {
  /** Stable identity of the row while it is edited (not stored). */
  key: string;
  period: string;
  demandSource: TargetDemandSource;
  segment: TargetSegment;
  kind: TargetKind;
  amount: string;
}

/** What is wrong with one row, per field; a row with no entry is valid. */
export interface TargetRowProblems {
  period?: string;
  amount?: string;
  /** The row repeats another's period, source, segment and kind. */
  duplicate?: string;
}

/** The outcome of checking the table: the targets when every row is valid, else the problems by row key. */
export interface TargetRowsCheck {
  /** The rows as targets, in table order; `null` while any row has a problem. */
  targets: Target[] | null;
  problems: ReadonlyMap<string, TargetRowProblems>;
  /** How many rows have at least one problem. */
  invalidRows: number;
}

/** The period a draft names, as `FY2026-Q3`, or `null` when it is not a fiscal quarter. */
export function draftPeriod(draft: Pick<TargetDraft, 'period'>): string | null {
  return readFiscalQuarter(draft.period);
}

/** Why a typed period is not a fiscal quarter, or `null` when it is one. */
export function periodProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter a fiscal quarter, like FY2026-Q3.';
  if (readFiscalQuarter(trimmed) !== null) return null;
  return `“${trimmed}” is not a fiscal quarter; write it like FY2026-Q3.`;
}

/** The identity two targets must not share (metrics.md §9 reads one target per combination). */
export function targetIdentity(
  t: Pick<Target, 'period' | 'demandSource' | 'segment' | 'kind'>,
): string {
  return `${t.period}|${t.demandSource}|${t.segment}|${t.kind}`;
}

/** A target as one line of words, for messages: `FY2026-Q3 Marketing · All segments pipeline`. */
export function describeTarget(
  t: Pick<Target, 'period' | 'demandSource' | 'segment' | 'kind'>,
): string {
  const kind = TARGET_KIND_LABELS[t.kind].toLowerCase();
  return `${t.period} ${targetSourceLabel(t.demandSource)} · ${targetSegmentLabel(t.segment)} ${kind}`;
}

/**
 * Checks every row: the period is a fiscal quarter, the amount a non-negative number (see
 * parseTargetAmount), and no two rows share period, demand source, segment and kind.
 */
export function checkTargetRows(
  drafts: readonly TargetDraft[],
  reportingCurrency: string | null = null,
): TargetRowsCheck {
  const problems = new Map<string, TargetRowProblems>();
  const targets: Target[] = [];
  const byIdentity = new Map<string, string[]>();
  for (const draft of drafts) {
    const found: TargetRowProblems = {};
    const period = draftPeriod(draft);
    const periodError = periodProblem(draft.period);
    if (periodError !== null) found.period = periodError;
    const amount = parseTargetAmount(draft.amount, reportingCurrency);
    if (!amount.ok) found.amount = amount.message;
    if (period !== null) {
      const identity = targetIdentity({ ...draft, period });
      byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), draft.key]);
      if (amount.ok) {
        targets.push({
          period,
          demandSource: draft.demandSource,
          segment: draft.segment,
          kind: draft.kind,
          amount: money(fromCents(amount.cents)),
        });
      }
    }
    if (found.period !== undefined || found.amount !== undefined) problems.set(draft.key, found);
  }
  for (const keys of byIdentity.values()) {
    if (keys.length < 2) continue;
    const first = drafts.find((d) => d.key === keys[0]);
    const period = first ? draftPeriod(first) : null;
    if (!first || period === null) continue;
    const message = `${String(keys.length)} rows set the ${describeTarget({ ...first, period })} target; keep one.`;
    for (const key of keys) problems.set(key, { ...problems.get(key), duplicate: message });
  }
  return {
    targets: problems.size === 0 ? targets : null,
    problems,
    invalidRows: problems.size,
  };
}

/** The order a loaded table shows targets in: by quarter, then kind, demand source and segment. */
export function compareTargets(a: Target, b: Target): number {
  return (
    a.period.localeCompare(b.period) ||
    TARGET_KINDS.indexOf(a.kind) - TARGET_KINDS.indexOf(b.kind) ||
    TARGET_DEMAND_SOURCES.indexOf(a.demandSource) - TARGET_DEMAND_SOURCES.indexOf(b.demandSource) ||
    TARGET_SEGMENTS.indexOf(a.segment) - TARGET_SEGMENTS.indexOf(b.segment)
  );
}

/** An amount as the table's input shows it: digits with thousands commas, cents only when there are any. */
export function amountText(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = Math.trunc(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = cents % 100;
  return rest === 0 ? whole : `${whole}.${String(rest).padStart(2, '0')}`;
}

/** The rows a stored set of targets opens as, sorted (see compareTargets); `makeKey` names each row. */
export function draftsOf(targets: readonly Target[], makeKey: () => string): TargetDraft[] {
  return [...targets].sort(compareTargets).map((t) => ({
    key: makeKey(),
    period: t.period,
    demandSource: t.demandSource,
    segment: t.segment,
    kind: t.kind,
    amount: amountText(t.amount),
  }));
}

/** Whether two sets of targets say the same thing, whatever their order (amounts to the cent). */
export function sameTargets(a: readonly Target[], b: readonly Target[]): boolean {
  if (a.length !== b.length) return false;
  const line = (t: Target) => `${targetIdentity(t)}|${String(Math.round(t.amount * 100))}`;
  const left = a.map(line).sort();
  const right = b.map(line).sort();
  return left.every((value, i) => value === right[i]);
}

/**
 * The source, segment and kind a new row in `period` starts with: the first combination the
 * quarter has no row for yet (the company-wide pipeline target, then revenue, then each
 * source's), so adding a row never starts as a duplicate.
 */
export function nextTargetChoice(
  drafts: readonly TargetDraft[],
  period: string,
): Pick<TargetDraft, 'demandSource' | 'segment' | 'kind'> {
  const taken = new Set(
    drafts
      .filter((d) => draftPeriod(d) === period)
      .map((d) => `${d.demandSource}|${d.segment}|${d.kind}`),
  );
  for (const segment of TARGET_SEGMENTS) {
    for (const demandSource of TARGET_DEMAND_SOURCES) {
      for (const kind of TARGET_KINDS) {
        if (!taken.has(`${demandSource}|${segment}|${kind}`))
          return { demandSource, segment, kind };
      }
    }
  }
  return { demandSource: 'all', segment: 'all', kind: 'pipeline' };
}
