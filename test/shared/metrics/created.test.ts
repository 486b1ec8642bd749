import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { input, opp } from './factory';

// P = FY2026 Q1, D = 2026-02-14: window 2026-01-01..02-14, i.e. P.start + 44 days.
// Previous quarter cut: 2025-10-01 + 44 = 2025-11-14. Year ago: 2025-01-01 + 44 = 2025-02-14.
const asOf = '2026-02-14';
const data = [
  opp({ source: 'Web', employees: 10, created: '2026-01-01', amount: 100 }),
  opp({
    source: 'Web',
    segment: 'Enterprise',
    created: '2026-02-14',
    close: '2026-02-14',
    status: 'won',
    amount: 200.5,
  }),
  opp({
    source: 'Outbound',
    employees: 10,
    created: '2026-02-10',
    close: '2026-02-11',
    status: 'lost',
    amount: null,
  }),
  opp({ source: 'Web', created: '2026-02-15', amount: 400 }), // after D: ignored
  opp({ source: 'SDR', created: '2025-11-14', amount: 50 }), // last day of the previous-quarter cut
  opp({ source: 'SDR', created: '2025-11-15', amount: 70 }), // one day past it
  opp({ source: 'Partner', created: '2025-02-14', amount: 30 }), // last day of the year-ago cut
  opp({ source: 'Partner', created: '2025-02-15', amount: 80 }), // one day past it
  opp({ source: 'Web', amount: 1000 }), // no created date: in no creation period
];

describe('create view (metrics.md §7)', () => {
  it('sums created amount and count by source, segment and both, any status', () => {
    const c = computeReport(input(data, { asOf })).create;
    // 100 + 200.50 + 0 (blank) = 300.50 over 3 deals.
    expect([c.created, c.createdCount]).toEqual([300.5, 3]);
    expect(c.byDemandSource).toEqual({
      marketing: { created: 300.5, createdCount: 2 },
      sales: { created: 0, createdCount: 1 },
      tele: { created: 0, createdCount: 0 },
      channel: { created: 0, createdCount: 0 },
      unknown: { created: 0, createdCount: 0 },
    });
    expect(c.bySegment).toEqual({
      smb: { created: 100, createdCount: 2 },
      midmarket: { created: 0, createdCount: 0 },
      enterprise: { created: 200.5, createdCount: 1 },
      unknown: { created: 0, createdCount: 0 },
    });
    expect(c.bySourceAndSegment.marketing).toEqual({
      smb: { created: 100, createdCount: 1 },
      midmarket: { created: 0, createdCount: 0 },
      enterprise: { created: 200.5, createdCount: 1 },
      unknown: { created: 0, createdCount: 0 },
    });
    expect(c.bySourceAndSegment.sales.smb).toEqual({ created: 0, createdCount: 1 });
    expect(c.bySourceAndSegment.channel.unknown).toEqual({ created: 0, createdCount: 0 });
  });

  it('compares with the previous quarter and the year before, cut at the same elapsed day', () => {
    const c = computeReport(input(data, { asOf })).create;
    expect(c.previousQuarter).toEqual({ label: 'FY2025 Q4', created: 50, createdCount: 1 });
    expect(c.yearAgo).toEqual({ label: 'FY2025 Q1', created: 30, createdCount: 1 });
  });

  it('clamps the cut to the end of a shorter comparison quarter', () => {
    // P = FY2026 Q3 (Jul–Sep, 92 days), D = 2026-09-30: offset 91 days.
    // Previous quarter Apr–Jun has 91 days: 2026-04-01 + 91 = 07-01, clamped to 06-30.
    const c = computeReport(
      input(
        [opp({ created: '2026-06-30', amount: 5 }), opp({ created: '2026-09-30', amount: 1 })],
        {
          asOf: '2026-09-30',
        },
      ),
    ).create;
    expect([c.created, c.previousQuarter.created, c.previousQuarter.label]).toEqual([
      1,
      5,
      'FY2026 Q2',
    ]);
  });

  it('has empty creation windows when D is before P', () => {
    const c = computeReport(input(data, { asOf, period: 'FY2026-Q2' })).create;
    expect([c.createdCount, c.previousQuarter.createdCount, c.yearAgo.createdCount]).toEqual([
      0, 0, 0,
    ]);
  });
});
