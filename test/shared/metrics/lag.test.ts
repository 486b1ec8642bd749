import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { input, opp } from './factory';

// P = FY2026 Q1 (January start); the lag window is the eight quarters 2024 Q1..2025 Q4.
const asOf = '2026-01-10';

describe('lag distribution (metrics.md §6)', () => {
  it('shares won deals by quarters from creation to close, by count', () => {
    const data = [
      opp({ status: 'won', created: '2025-07-01', close: '2025-08-01', amount: 9e6 }), // Q3 → Q3: 0
      opp({ status: 'won', created: '2025-01-15', close: '2025-05-01' }), // Q1 → Q2: 1
      opp({ status: 'won', created: '2025-01-15', close: '2025-12-01' }), // Q1 → Q4: 3
      opp({ status: 'won', created: '2023-01-01', close: '2024-06-01' }), // 2023 Q1 → 2024 Q2: 5 → 4+
      opp({ status: 'won', created: '2025-10-05', close: '2025-09-20' }), // Q4 → Q3: −1 → 0
      // Left out: no created date, closed before the window, lost, closed in P.
      opp({ status: 'won', close: '2025-05-01' }),
      opp({ status: 'won', created: '2023-10-01', close: '2023-12-15' }),
      opp({ status: 'lost', created: '2025-01-15', close: '2025-05-01' }),
      opp({ status: 'won', created: '2025-12-01', close: '2026-01-05' }),
    ];
    const f = computeReport(input(data, { asOf })).forward;
    // n = 5: k=0 twice, k=1 once, k=2 never, k=3 once, 4+ once.
    expect([f.lag, f.lagSampleSize]).toEqual([[2 / 5, 1 / 5, 0, 1 / 5, 1 / 5], 5]);
  });

  it('measures quarters in the fiscal calendar', () => {
    // February start: 2025-01-31 is FY2025 Q4 and 2025-02-01 is FY2026 Q1, one quarter later.
    const data = [opp({ status: 'won', created: '2025-01-31', close: '2025-02-01' })];
    const f = computeReport(input(data, { asOf: '2026-01-10', fiscalYearStartMonth: 2 })).forward;
    expect(f.lag).toEqual([0, 1, 0, 0, 0]);
  });

  it('is null without won history in the window', () => {
    const f = computeReport(
      input([opp({ status: 'won', created: '2023-01-01', close: '2023-06-01' })], { asOf }),
    ).forward;
    expect([f.lag, f.lagSampleSize]).toEqual([null, 0]);
  });
});
