import { describe, expect, it } from 'vitest';
import type { PipelineWaterfall, WaterfallStepKind } from '../../../shared/waterfall/types';
import { fiscalQuarter } from '../../../shared/calendar';
import { compareSnapshots } from '../../../shared/waterfall/compare-snapshots';
import { deal } from './factory';

// P = FY2026 Q2 of a calendar fiscal year: 2026-04-01 to 2026-06-30.
const P = fiscalQuarter(2026, 2, 1);
const OPTIONS = { period: P, fiscalYearStartMonth: 1 };

/** The ids a step lists, in its drill-down order. */
const ids = (w: PipelineWaterfall, kind: WaterfallStepKind): string[] =>
  w.steps[kind].deals.map((d) => d.id);

/** Amount and count of every step, for comparing a whole bridge at once. */
const figures = (w: PipelineWaterfall): Record<string, [number, number]> =>
  Object.fromEntries(Object.values(w.steps).map((s) => [s.kind, [s.amount, s.count]]));

describe('compareSnapshots: a month of movement in one bridge', () => {
  const previous = [
    deal('A', { amount: 10_000, close: '2026-05-15' }),
    deal('B', { amount: 20_000, close: '2026-06-10' }),
    deal('C', { amount: 8_000, close: '2026-05-20' }),
    deal('D', { amount: 12_000, close: '2026-06-30' }),
    deal('E', { amount: 5_000, close: '2026-04-20' }),
    deal('F', { amount: 30_000, close: '2026-05-01' }),
    deal('G', { amount: 7_000, close: '2026-06-01' }),
    deal('H', { amount: 4_000, close: '2026-05-05' }),
    deal('I', { amount: 3_000, close: '2026-04-15' }),
    deal('J', { amount: 9_000, close: '2026-08-01' }),
    deal('K', { amount: 2_500, close: null }),
    deal('L', { amount: 6_000, close: '2026-03-15' }),
    deal('M', { amount: 15_000, close: '2026-03-01', status: 'won' }),
    deal('Q', { amount: 1_000, close: '2026-07-01' }),
  ];
  const current = [
    deal('A', { amount: 10_000, close: '2026-05-15' }),
    deal('B', { amount: 25_000.5, close: '2026-06-12' }),
    deal('C', { amount: 6_000, close: '2026-05-20' }),
    deal('D', { amount: 12_000, close: '2026-07-15' }),
    deal('E', { amount: 5_000, close: null }),
    deal('F', { amount: 32_000, close: '2026-05-10', status: 'won' }),
    deal('G', { amount: 7_000, close: '2026-05-28', status: 'lost' }),
    deal('I', { amount: 3_000, close: '2026-03-20' }),
    deal('J', { amount: 11_000, close: '2026-06-15' }),
    deal('K', { amount: 2_500, close: '2026-05-30' }),
    deal('L', { amount: 6_000, close: '2026-04-25' }),
    deal('M', { amount: 15_000, close: '2026-06-20' }),
    deal('N', { amount: 40_000, close: '2026-05-25', created: '2026-05-02' }),
    deal('O', { amount: 50_000, close: '2026-09-01', created: '2026-05-03' }),
    deal('Q', { amount: 1_000, close: '2026-08-01' }),
    deal('R', { amount: null, close: '2026-05-10', created: '2026-05-04' }),
  ];
  const w = compareSnapshots(previous, current, OPTIONS);

  it('starts at the previous due in P and ends at the current due in P', () => {
    // A + B + C + D + E + F + G + H + I = 99,000 over 9 deals.
    expect([w.start, w.startCount]).toEqual([99_000, 9]);
    // A + B + C + J + K + L + M + N + R(blank) = 115,500.50 over 9 deals.
    expect([w.end, w.endCount]).toEqual([115_500.5, 9]);
  });

  it('puts every move in exactly one step with its hand-computed amount and count', () => {
    expect(figures(w)).toEqual({
      new: [40_000, 2],
      pulledIn: [13_500, 2],
      slippedIn: [6_000, 1],
      reopened: [15_000, 1],
      amountUp: [5_000.5, 1],
      amountDown: [-2_000, 1],
      pushedOut: [-17_000, 2],
      movedEarlier: [-3_000, 1],
      won: [-30_000, 1],
      lost: [-7_000, 1],
      removed: [-4_000, 1],
    });
    expect(w.unchanged).toEqual({ amount: 10_000, count: 1 });
  });

  it('lists the deals of each step, largest movement first', () => {
    expect(ids(w, 'new')).toEqual(['N', 'R']);
    expect(ids(w, 'pulledIn')).toEqual(['J', 'K']);
    expect(ids(w, 'slippedIn')).toEqual(['L']);
    expect(ids(w, 'reopened')).toEqual(['M']);
    expect(ids(w, 'amountUp')).toEqual(['B']);
    expect(ids(w, 'amountDown')).toEqual(['C']);
    expect(ids(w, 'pushedOut')).toEqual(['D', 'E']);
    expect(ids(w, 'movedEarlier')).toEqual(['I']);
    expect(ids(w, 'won')).toEqual(['F']);
    expect(ids(w, 'lost')).toEqual(['G']);
    expect(ids(w, 'removed')).toEqual(['H']);
  });

  it('leaves deals outside P in both snapshots out of every step', () => {
    const listed = Object.values(w.steps).flatMap((s) => s.deals.map((d) => d.id));
    expect(listed).not.toContain('O');
    expect(listed).not.toContain('Q');
    expect(listed).not.toContain('A');
  });

  it('shows a pushed-out deal with both close dates and the quarter it went to', () => {
    expect(w.steps.pushedOut.deals[0]).toEqual({
      id: 'D',
      key: 'D',
      name: null,
      accountId: null,
      accountName: null,
      previousAmount: 12_000,
      currentAmount: 12_000,
      previousCloseDate: '2026-06-30',
      currentCloseDate: '2026-07-15',
      previousQuarter: 'FY2026-Q2',
      currentQuarter: 'FY2026-Q3',
      previousStatus: 'open',
      currentStatus: 'open',
      blankAmount: false,
      change: -12_000,
    });
  });

  it('takes a won deal out at the amount it was due at and shows the amount it was won at', () => {
    const f = w.steps.won.deals[0];
    expect([f?.change, f?.previousAmount, f?.currentAmount]).toEqual([-30_000, 30_000, 32_000]);
  });

  it('shows a removed deal with its previous figures and no current ones', () => {
    const h = w.steps.removed.deals[0];
    expect([h?.previousAmount, h?.currentAmount, h?.currentCloseDate, h?.currentStatus]).toEqual([
      4_000,
      null,
      null,
      null,
    ]);
  });

  it('reports the as-of date of each snapshot and the watched period', () => {
    // Previous: the latest created or closed date is M's win on 2026-03-01; current: G's loss on 2026-05-28.
    expect([w.previousAsOf, w.currentAsOf]).toEqual(['2026-03-01', '2026-05-28']);
    expect(w.period).toEqual({
      id: 'FY2026-Q2',
      label: 'FY2026 Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
  });
});
