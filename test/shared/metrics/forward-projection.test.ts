import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { near } from './near';
import { input, opp, opps } from './factory';

// Looking back at FY2026 Q1's creation (January start) from D = 2027-06-30.
// History closed in 2025: marketing ('Web') 4 won / 1 lost = 0.8; sales ('Outbound') 1 won / 4 lost = 0.2.
// Lag of the 5 wins: k = 0, 0, 1, 2 (marketing) and 0 (sales) → L = [3/5, 1/5, 1/5, 0, 0].
const history = [
  opp({ source: 'Web', status: 'won', created: '2025-01-10', close: '2025-02-10' }), // Q1 → Q1
  opp({ source: 'Web', status: 'won', created: '2025-04-10', close: '2025-05-10' }), // Q2 → Q2
  opp({ source: 'Web', status: 'won', created: '2025-04-10', close: '2025-08-10' }), // Q2 → Q3
  opp({ source: 'Web', status: 'won', created: '2025-04-10', close: '2025-11-10' }), // Q2 → Q4
  opp({ source: 'Web', status: 'lost', created: '2025-04-10', close: '2025-11-10' }),
  opp({ source: 'Outbound', status: 'won', created: '2025-07-10', close: '2025-07-20' }), // Q3 → Q3
  ...opps(4, { source: 'Outbound', status: 'lost', created: '2025-07-10', close: '2025-07-20' }),
];
const created = [
  opp({ source: 'Web', status: 'won', created: '2026-01-10', close: '2026-02-01', amount: 1000 }), // P
  opp({
    source: 'Outbound',
    status: 'won',
    created: '2026-02-10',
    close: '2026-05-15',
    amount: 400,
  }), // P+1
  opp({ source: 'Web', status: 'won', created: '2026-03-01', close: '2026-08-01', amount: 250 }), // P+2
  opp({ source: 'Web', status: 'won', created: '2026-01-02', close: '2027-05-01', amount: 75 }), // P+5 → "P+4 or later"
  opp({ source: 'Web', status: 'lost', created: '2026-01-20', close: '2026-02-20', amount: 9999 }), // nowhere
  opp({ source: 'Web', status: 'open', created: '2026-01-05', close: '2026-12-31', amount: 1000 }), // 1000 × 0.8 = 800
  opp({ source: 'Outbound', status: 'open', created: '2026-03-15', amount: 500 }), // 500 × 0.2 = 100
  // Not created in P.
  opp({ source: 'Web', status: 'won', created: '2026-04-10', close: '2026-05-01', amount: 3 }),
  opp({ source: 'Web', status: 'open', created: '2025-12-31', amount: 3 }),
];
const settings = { period: 'FY2026-Q1', asOf: '2027-06-30' };

describe('forward projection (metrics.md §8)', () => {
  it('lands wins in their close quarter and spreads open value by the lag shares', () => {
    const f = computeReport(input([...history, ...created], settings)).forward;
    expect(f.lag).toEqual([3 / 5, 1 / 5, 1 / 5, 0, 0]);
    // Open expected value = 800 + 100 = 900; spread 540, 180, 180, 0, 0.
    expect(f.quarters).toEqual([
      { label: 'FY2026 Q1', landed: 1000, expected: near(1540) },
      { label: 'FY2026 Q2', landed: 400, expected: near(580) },
      { label: 'FY2026 Q3', landed: 250, expected: near(430) },
      { label: 'FY2026 Q4', landed: 0, expected: 0 },
      { label: 'FY2027 Q1', landed: 75, expected: 75 },
    ]);
  });

  it('makes every expected null without won history in the lag window', () => {
    const f = computeReport(input(created, settings)).forward;
    expect(f.lag).toBeNull();
    expect(f.quarters.map((q) => [q.landed, q.expected])).toEqual([
      [1000, null],
      [400, null],
      [250, null],
      [0, null],
      [75, null],
    ]);
  });

  it('leaves a win after D out: its outcome is not known yet', () => {
    // D = 2026-06-30: the 2026-08-01 and 2027-05-01 wins are still unknown at D.
    const f = computeReport(
      input([...history, ...created], { ...settings, asOf: '2026-06-30' }),
    ).forward;
    expect(f.quarters.map((q) => q.landed)).toEqual([1000, 400, 0, 0, 0]);
  });

  it('lands a win closed before its P creation (a data slip) in P', () => {
    const slip = opp({
      source: 'Web',
      status: 'won',
      created: '2026-03-01',
      close: '2025-12-15',
      amount: 5,
    });
    const f = computeReport(input([slip], settings)).forward;
    expect(f.quarters.map((q) => q.landed)).toEqual([5, 0, 0, 0, 0]);
  });
});
