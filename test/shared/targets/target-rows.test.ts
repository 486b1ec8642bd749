import { describe, expect, it } from 'vitest';
import type { Target } from '../../../shared/records';
import { money } from '../../../shared/units';
import {
  amountText,
  checkTargetRows,
  draftsOf,
  nextTargetChoice,
  periodProblem,
  sameTargets,
  type TargetDraft,
} from '../../../shared/targets/target-rows';
import { groupByQuarter } from '../../../shared/targets/target-groups';

function draft(key: string, fields: Partial<TargetDraft> = {}): TargetDraft {
  return {
    key,
    period: 'FY2026-Q3',
    demandSource: 'all',
    segment: 'all',
    kind: 'pipeline',
    amount: '1,000,000',
    ...fields,
  };
}

function target(fields: Partial<Omit<Target, 'amount'>> & { amount: number }): Target {
  return {
    period: 'FY2026-Q3',
    demandSource: 'all',
    segment: 'all',
    kind: 'pipeline',
    ...fields,
    amount: money(fields.amount),
  };
}

describe('checkTargetRows', () => {
  it('turns valid rows into targets, writing the period the canonical way', () => {
    const check = checkTargetRows([
      draft('a', { period: 'fy2026 q3', demandSource: 'marketing', amount: '1.2M' }),
      draft('b', { kind: 'revenue', segment: 'enterprise', amount: '800k' }),
    ]);
    expect(check.invalidRows).toBe(0);
    expect(check.targets).toEqual([
      target({ demandSource: 'marketing', amount: 1_200_000 }),
      target({ kind: 'revenue', segment: 'enterprise', amount: 800_000 }),
    ]);
  });

  it('accepts an empty table as no targets', () => {
    expect(checkTargetRows([])).toEqual({ targets: [], problems: new Map(), invalidRows: 0 });
  });

  it('says which row has a period that is not a fiscal quarter', () => {
    const check = checkTargetRows([draft('a'), draft('b', { period: 'Q3 2026' })]);
    expect(check.targets).toBeNull();
    expect(check.invalidRows).toBe(1);
    expect(check.problems.get('b')).toEqual({
      period: '“Q3 2026” is not a fiscal quarter; write it like FY2026-Q3.',
    });
    expect(check.problems.has('a')).toBe(false);
  });

  it('says which row has a negative or missing amount', () => {
    const check = checkTargetRows([
      draft('a', { amount: '-5' }),
      draft('b', { period: '', amount: '' }),
    ]);
    expect(check.problems.get('a')).toEqual({
      amount: '“-5” is negative; a target is an amount to reach.',
    });
    expect(check.problems.get('b')).toEqual({
      period: 'Enter a fiscal quarter, like FY2026-Q3.',
      amount: 'Enter an amount, like 1,200,000 or 1.2M.',
    });
  });

  it('flags every row of a duplicated period, source, segment and kind, however the period is written', () => {
    const check = checkTargetRows([
      draft('a', { demandSource: 'marketing' }),
      draft('b', { demandSource: 'marketing', period: 'FY2026 Q3', amount: '5' }),
      draft('c', { demandSource: 'marketing', kind: 'revenue' }),
    ]);
    const message =
      '2 rows set the FY2026-Q3 Marketing · All segments pipeline created target; keep one.';
    expect(check.problems.get('a')).toEqual({ duplicate: message });
    expect(check.problems.get('b')).toEqual({ duplicate: message });
    expect(check.problems.has('c')).toBe(false);
    expect(check.targets).toBeNull();
  });
});

describe('periodProblem', () => {
  it('accepts FY2026-Q3 in any case and spacing, and nothing else', () => {
    expect(periodProblem('FY2027-Q1')).toBeNull();
    expect(periodProblem('fy2027 q1')).toBeNull();
    expect(periodProblem('FY2027-Q5')).toBe(
      '“FY2027-Q5” is not a fiscal quarter; write it like FY2026-Q3.',
    );
  });
});

describe('groupByQuarter', () => {
  it('groups rows by quarter, earliest first, with rows to fix on top, and totals each kind', () => {
    const groups = groupByQuarter([
      draft('a', { period: 'FY2026-Q4', amount: '2M' }),
      draft('b', { period: 'FY2026-Q3', demandSource: 'marketing', amount: '1,200,000' }),
      draft('c', { period: 'FY2026-Q3', demandSource: 'sales', amount: '300k' }),
      draft('d', { period: 'FY2026-Q3', kind: 'revenue', amount: 'oops' }),
      draft('e', { period: 'next quarter', amount: '1' }),
    ]);
    expect(groups.map((g) => g.period)).toEqual([null, 'FY2026-Q3', 'FY2026-Q4']);
    expect(groups[0]?.rows.map((r) => r.key)).toEqual(['e']);
    expect(groups[1]?.rows.map((r) => r.key)).toEqual(['b', 'c', 'd']);
    expect(groups[1]?.totals).toEqual([
      { kind: 'pipeline', amount: 1_500_000, count: 2, overlaps: false },
      { kind: 'revenue', amount: 0, count: 1, overlaps: false },
    ]);
    expect(groups[2]?.totals).toEqual([
      { kind: 'pipeline', amount: 2_000_000, count: 1, overlaps: false },
    ]);
  });

  it('marks a total whose rows overlap, an all-sources target beside a marketing one', () => {
    const [group] = groupByQuarter([
      draft('a', { amount: '5M' }),
      draft('b', { demandSource: 'marketing', amount: '2M' }),
    ]);
    expect(group?.totals).toEqual([
      { kind: 'pipeline', amount: 7_000_000, count: 2, overlaps: true },
    ]);
  });
});

describe('draftsOf and sameTargets', () => {
  it('opens stored targets sorted by quarter, kind, source and segment, amounts with separators', () => {
    let n = 0;
    const drafts = draftsOf(
      [
        target({ period: 'FY2026-Q4', amount: 10 }),
        target({ kind: 'revenue', amount: 800_000 }),
        target({ demandSource: 'sales', amount: 1_234.5 }),
        target({ amount: 1_200_000 }),
      ],
      () => `k${String(++n)}`,
    );
    expect(drafts.map((d) => [d.key, d.period, d.demandSource, d.kind, d.amount])).toEqual([
      ['k1', 'FY2026-Q3', 'all', 'pipeline', '1,200,000'],
      ['k2', 'FY2026-Q3', 'sales', 'pipeline', '1,234.50'],
      ['k3', 'FY2026-Q3', 'all', 'revenue', '800,000'],
      ['k4', 'FY2026-Q4', 'all', 'pipeline', '10'],
    ]);
  });

  it('writes amounts for the input with commas and cents only when there are any', () => {
    expect(amountText(0)).toBe('0');
    expect(amountText(999)).toBe('999');
    expect(amountText(1_000)).toBe('1,000');
    expect(amountText(12_345_678.9)).toBe('12,345,678.90');
  });

  it('compares targets whatever their order, to the cent', () => {
    const a = target({ amount: 100 });
    const b = target({ kind: 'revenue', amount: 200 });
    expect(sameTargets([a, b], [b, a])).toBe(true);
    expect(sameTargets([a, b], [a, target({ kind: 'revenue', amount: 200.01 })])).toBe(false);
    expect(sameTargets([a], [a, b])).toBe(false);
  });
});

describe('nextTargetChoice', () => {
  it('starts with the company-wide pipeline target, then revenue, then each source', () => {
    expect(nextTargetChoice([], 'FY2026-Q3')).toEqual({
      demandSource: 'all',
      segment: 'all',
      kind: 'pipeline',
    });
    const rows = [draft('a'), draft('b', { kind: 'revenue' })];
    expect(nextTargetChoice(rows, 'FY2026-Q3')).toEqual({
      demandSource: 'marketing',
      segment: 'all',
      kind: 'pipeline',
    });
    // Another quarter's rows do not count.
    expect(nextTargetChoice(rows, 'FY2026-Q4')).toEqual({
      demandSource: 'all',
      segment: 'all',
      kind: 'pipeline',
    });
  });
});
