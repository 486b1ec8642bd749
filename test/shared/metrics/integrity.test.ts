import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { input, opp } from './factory';

const asOf = '2026-02-15';

describe('integrity (metrics.md §10)', () => {
  it('counts undated and overdue deals in any period, and the unknown share of the landings total', () => {
    const data = [
      opp({ created: '2026-01-01', amount: 10 }), // undated open
      opp({ created: '2025-01-01', status: 'won', amount: 10 }), // undated won
      opp({ created: '2026-03-01', amount: 10 }), // undated but created after D: ignored
      opp({ close: '2025-06-30', amount: 10, source: 'Web' }), // overdue, older period
      opp({ close: '2026-02-14', amount: 300 }), // overdue in P, unknown source
      opp({ close: '2026-02-15', amount: 100, source: 'Web' }), // due on D: not overdue
      opp({ close: '2025-06-30', status: 'won', amount: 10 }), // closed: not overdue
    ];
    const r = computeReport(input(data, { asOf }, 7));
    // Landings total in P = 300 + 100 = 400, of which unknown 300 → 0.75.
    expect(r.integrity).toEqual({
      undated: 2,
      overdueCount: 2,
      unknownSourceShare: 0.75,
      rejectedRows: 7,
      // No touchpoints or leads were given: those checks were not measured.
      orphanTouchpoints: null,
      strippedPairs: null,
      strippedAmount: null,
    });
  });

  it('reports the unknown share as null when the landings total is 0', () => {
    const r = computeReport(input([opp({ created: '2026-01-01' })], { asOf }));
    expect(r.integrity.unknownSourceShare).toBeNull();
  });
});
