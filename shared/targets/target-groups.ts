import { fromCents } from '../money';
import type { TargetKind } from '../records';
import { parseTargetAmount } from './target-amount';
import { TARGET_KINDS, draftPeriod, type TargetDraft } from './target-rows';

/** The sum of one kind of target in a quarter. */
export interface KindTotal {
  kind: TargetKind;
  /** Σ of the rows' valid amounts; rows whose amount is not valid yet are left out. */
  amount: number;
  /** How many rows of this kind the quarter has. */
  count: number;
  /**
   * Whether one row covers another (an `all` target beside a narrower one of the same kind),
   * so the sum counts some of the same deals twice and is not the quarter's total target.
   */
  overlaps: boolean;
}

/** The rows of one fiscal quarter, or of rows whose period is not a quarter yet (`period` null). */
export interface QuarterGroup {
  period: string | null;
  rows: TargetDraft[];
  /** One entry per kind that has rows, pipeline first. */
  totals: KindTotal[];
}

/** Whether target `a` spans target `b` (same kind; `all` spans every source or segment). */
function covers(a: TargetDraft, b: TargetDraft): boolean {
  return (
    a !== b &&
    (a.demandSource === 'all' || a.demandSource === b.demandSource) &&
    (a.segment === 'all' || a.segment === b.segment)
  );
}

/** The totals per kind of one quarter's rows. */
function totalsOf(rows: readonly TargetDraft[]): KindTotal[] {
  const totals: KindTotal[] = [];
  for (const kind of TARGET_KINDS) {
    const ofKind = rows.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    let cents = 0;
    for (const row of ofKind) {
      const parsed = parseTargetAmount(row.amount);
      if (parsed.ok) cents += parsed.cents;
    }
    const overlaps = ofKind.some((a) => ofKind.some((b) => covers(a, b)));
    totals.push({ kind, amount: fromCents(cents), count: ofKind.length, overlaps });
  }
  return totals;
}

/**
 * The table's rows grouped by fiscal quarter, earliest first, each keeping the rows' order;
 * rows whose period is not a fiscal quarter come first, in a group of their own, to be fixed.
 */
export function groupByQuarter(drafts: readonly TargetDraft[]): QuarterGroup[] {
  const byPeriod = new Map<string | null, TargetDraft[]>();
  for (const draft of drafts) {
    const period = draftPeriod(draft);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), draft]);
  }
  const periods = [...byPeriod.keys()].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a.localeCompare(b),
  );
  return periods.map((period) => {
    const rows = byPeriod.get(period) ?? [];
    return { period, rows, totals: totalsOf(rows) };
  });
}
