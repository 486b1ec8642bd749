import { describe, expect, it } from 'vitest';
import {
  bridgeBars,
  bridgeReconciles,
  compareImports,
  stepsTotal,
} from '../../../renderer/src/history/compare-imports';
import type { Opportunity, OpportunityStatus } from '../../../shared/records';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate, money } from '../../../shared/units';

function deal(
  id: string,
  amount: number,
  closeDate: string,
  status: OpportunityStatus = 'open',
  createdDate = '2026-05-01',
): Opportunity {
  return {
    id,
    name: `Deal ${id}`,
    accountId: null,
    accountName: `Account ${id}`,
    amount: money(amount),
    currency: 'USD',
    createdDate: isoDate(createdDate),
    closeDate: isoDate(closeDate),
    stage: status === 'won' ? 'Closed Won' : 'Proposal',
    status,
    forecastCategory: null,
    probability: null,
    leadSource: 'Web',
    type: null,
    segmentRaw: null,
    employees: null,
    region: null,
    owner: null,
    leadId: null,
    primaryCampaign: null,
  };
}

// July: three deals due in Q3 2026 (A 75,500.50, B 22,000, C 15,000) = 112,500.50, and one
// won in August that sets the data date to 2026-08-20.
const july = [
  deal('A', 75500.5, '2026-09-25'),
  deal('B', 22000, '2026-08-05'),
  deal('C', 15000, '2026-09-10'),
  deal('W', 48000, '2026-08-20', 'won'),
];
// August: A up to 80,000; B won; C pushed to October; N new at 40,000 due in September.
const august = [
  deal('A', 80000, '2026-09-25'),
  deal('B', 22000, '2026-08-28', 'won'),
  deal('C', 15000, '2026-10-15'),
  deal('W', 48000, '2026-08-20', 'won'),
  deal('N', 40000, '2026-09-30', 'open', '2026-08-25'),
];

describe('compareImports', () => {
  it('bridges the quarter of the active data from the previous import to the active one', () => {
    const comparison = compareImports(july, august, DEFAULT_SETTINGS, isoDate('2026-08-20'));
    if (!comparison.ok) throw new Error(comparison.error);
    const w = comparison.waterfall;

    expect(w.period.id).toBe('FY2026-Q3');
    expect(w.previousAsOf).toBe('2026-08-20');
    expect(w.currentAsOf).toBe('2026-08-28');
    expect(w.start).toBe(112500.5);
    expect(w.steps.new.amount).toBe(40000);
    expect(w.steps.amountUp.amount).toBe(4499.5);
    expect(w.steps.pushedOut.amount).toBe(-15000);
    expect(w.steps.won.amount).toBe(-22000);
    expect(w.end).toBe(120000);
    expect(comparison.currency).toBe('USD');
  });

  it('reads the previous import at a pinned as-of date when that is earlier than its own', () => {
    const comparison = compareImports(
      july,
      august,
      { ...DEFAULT_SETTINGS, asOf: isoDate('2026-08-10') },
      isoDate('2026-08-20'),
    );
    if (!comparison.ok) throw new Error(comparison.error);

    expect(comparison.waterfall.previousAsOf).toBe('2026-08-10');
    expect(comparison.waterfall.currentAsOf).toBe('2026-08-10');
    // N was created on 2026-08-25, after the pinned date, so it is in neither import.
    expect(comparison.waterfall.steps.new.count).toBe(0);
    expect(comparison.waterfall.ignored.current).toBe(1);
  });

  it('says which setting is wrong instead of throwing', () => {
    const comparison = compareImports(
      july,
      august,
      { ...DEFAULT_SETTINGS, period: 'next quarter' },
      null,
    );
    expect(comparison.ok).toBe(false);
    if (comparison.ok) return;
    expect(comparison.error).toMatch(/^Settings: /);
  });
});

describe('bridgeBars', () => {
  it('floats each step that moved a deal from the running total, ending on the current due', () => {
    const comparison = compareImports(july, august, DEFAULT_SETTINGS, isoDate('2026-08-20'));
    if (!comparison.ok) throw new Error(comparison.error);

    expect(
      bridgeBars(comparison.waterfall).map((b) => [b.key, b.tone, b.count, b.amount, b.from, b.to]),
    ).toEqual([
      ['start', 'total', 3, 112500.5, 0, 112500.5],
      ['new', 'up', 1, 40000, 112500.5, 152500.5],
      ['amountUp', 'up', 1, 4499.5, 152500.5, 157000],
      ['pushedOut', 'down', 1, -15000, 157000, 142000],
      ['won', 'down', 1, -22000, 142000, 120000],
      ['end', 'total', 2, 120000, 0, 120000],
    ]);
    expect(stepsTotal(comparison.waterfall)).toBe(7499.5);
    expect(bridgeReconciles(comparison.waterfall)).toBe(true);
  });

  it('shows only the two totals when nothing moved', () => {
    const comparison = compareImports(july, july, DEFAULT_SETTINGS, isoDate('2026-08-20'));
    if (!comparison.ok) throw new Error(comparison.error);

    expect(bridgeBars(comparison.waterfall).map((b) => [b.key, b.from, b.to])).toEqual([
      ['start', 0, 112500.5],
      ['end', 0, 112500.5],
    ]);
  });

  it('does not reconcile when a step is off by a cent', () => {
    const comparison = compareImports(july, august, DEFAULT_SETTINGS, isoDate('2026-08-20'));
    if (!comparison.ok) throw new Error(comparison.error);
    const broken = { ...comparison.waterfall, end: 120000.01 };

    expect(bridgeReconciles(broken)).toBe(false);
  });
});
