import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { input, opp, opps } from './factory';
import { smallHistory } from './history';

// P = FY2026 Q1 (January start); the recent window is FY2025 Q1..Q4 (calendar 2025).
const asOf = '2026-01-10';
const recent = { created: '2025-06-01', close: '2025-08-01', amount: 1 } as const;
const older = { created: '2024-01-01', close: '2024-03-01', amount: 1 } as const;
const SOURCES = ['Web', 'Outbound', 'SDR', 'Partner', 'Purchased List'] as const;

describe('win rates (metrics.md §6)', () => {
  it('uses the four quarters before P when they hold 20 won or lost, and then is not low sample', () => {
    // Each of the five sources: 15 won + 5 lost in 2025, plus 10 lost in 2024 that the recent window ignores.
    const data = SOURCES.flatMap((source) => [
      ...opps(15, { ...recent, source, status: 'won' }),
      ...opps(5, { ...recent, source, status: 'lost' }),
      ...opps(10, { ...older, source, status: 'lost' }),
    ]);
    const w = computeReport(input(data, { asOf })).rates.winRate;
    // 15 / 20 = 0.75 for each source and overall (75 / 100).
    expect(w).toEqual({
      overall: 0.75,
      bySource: { marketing: 0.75, sales: 0.75, tele: 0.75, channel: 0.75, unknown: 0.75 },
      lowSample: false,
      basis: {
        overall: 'recent',
        bySource: {
          marketing: 'recent',
          sales: 'recent',
          tele: 'recent',
          channel: 'recent',
          unknown: 'recent',
        },
      },
    });
  });

  it('falls back to the whole history before P.start under 20 recent, and flags low sample', () => {
    const data = [
      // marketing: 6 won + 4 lost recent (10 < 20); with 1 won + 4 lost older: 7 / 15.
      ...opps(6, { ...recent, source: 'Web', status: 'won' }),
      ...opps(4, { ...recent, source: 'Web', status: 'lost' }),
      ...opps(1, { ...older, source: 'Web', status: 'won' }),
      ...opps(4, { ...older, source: 'Web', status: 'lost' }),
      // sales: 4 closed (< 5 even in all history) → the overall rate.
      ...opps(2, { ...recent, source: 'Outbound', status: 'won' }),
      ...opps(2, { ...older, source: 'Outbound', status: 'lost' }),
      // Closed in P or open: not history.
      ...opps(9, { created: '2025-12-01', close: '2026-01-05', source: 'Web', status: 'lost' }),
      ...opps(9, { created: '2025-12-01', close: '2025-12-20', source: 'Web', status: 'open' }),
    ];
    const w = computeReport(input(data, { asOf })).rates.winRate;
    // overall: recent 12 < 20 → all history 19: won 6 + 1 + 2 = 9 → 9 / 19.
    expect(w.overall).toBe(9 / 19);
    expect(w.bySource).toEqual({
      marketing: 7 / 15,
      sales: 9 / 19,
      tele: 9 / 19,
      channel: 9 / 19,
      unknown: 9 / 19,
    });
    expect(w.basis).toEqual({
      overall: 'history',
      bySource: {
        marketing: 'history',
        sales: 'overall',
        tele: 'overall',
        channel: 'overall',
        unknown: 'overall',
      },
    });
    expect(w.lowSample).toBe(true);
  });

  it('sets lowSample when only one demand source falls back', () => {
    // Four sources with 20 recent each; channel has none and reports the overall rate.
    const data = SOURCES.filter((s) => s !== 'Partner').flatMap((source) => [
      ...opps(10, { ...recent, source, status: 'won' }),
      ...opps(10, { ...recent, source, status: 'lost' }),
    ]);
    const w = computeReport(input(data, { asOf })).rates.winRate;
    expect([w.overall, w.bySource.channel, w.basis.bySource.channel, w.lowSample]).toEqual([
      0.5,
      0.5,
      'overall',
      true,
    ]);
  });

  it('is null everywhere when the overall history holds under 5 won or lost', () => {
    const data = [
      ...opps(2, { ...recent, source: 'Web', status: 'won' }),
      ...opps(2, { ...older, source: 'Outbound', status: 'lost' }),
      opp({ created: '2026-01-02', close: '2026-02-01', source: 'Web', amount: 10 }),
    ];
    const r = computeReport(input(data, { asOf }));
    expect(r.rates).toEqual({
      winRate: {
        overall: null,
        bySource: { marketing: null, sales: null, tele: null, channel: null, unknown: null },
        lowSample: true,
        basis: {
          overall: 'none',
          bySource: {
            marketing: 'overall',
            sales: 'overall',
            tele: 'overall',
            channel: 'overall',
            unknown: 'overall',
          },
        },
      },
      cycleDays: null,
    });
    // Every figure built on the rate is null too.
    expect(r.landings.expected).toBeNull();
  });

  it('ignores closes after D even before P.start (an explicit later period)', () => {
    // P = FY2026 Q2 chosen while D = 2026-01-10: the 5 wins of 2026-02 are not known at D.
    const data = [
      ...opps(5, { created: '2025-12-01', close: '2026-02-01', source: 'Web', status: 'won' }),
      ...opps(5, { ...recent, source: 'Web', status: 'lost' }),
    ];
    const w = computeReport(input(data, { asOf, period: 'FY2026-Q2' })).rates.winRate;
    expect(w.overall).toBe(0); // 0 won / 5 lost
  });
});

describe('cycle days (metrics.md §6)', () => {
  it('takes the median over the won deals the overall rate counted, mean of the middle two', () => {
    const data = [
      // Recent wins with cycles 10, 20, 30, 100 days; one more win without a created date.
      opp({ created: '2025-07-22', close: '2025-08-01', status: 'won' }),
      opp({ created: '2025-07-12', close: '2025-08-01', status: 'won' }),
      opp({ created: '2025-07-02', close: '2025-08-01', status: 'won' }),
      opp({ created: '2025-04-23', close: '2025-08-01', status: 'won' }),
      opp({ close: '2025-08-01', status: 'won' }),
      ...opps(15, { ...recent, status: 'lost' }),
      // An older win (cycle 500) that the recent rate does not count.
      opp({ created: '2022-10-18', close: '2024-03-01', status: 'won' }),
    ];
    const r = computeReport(input(data, { asOf })).rates;
    // Recent: 5 won / 20 = 0.25. Cycles 10, 20, 30, 100 → (20 + 30) / 2 = 25.
    expect([r.winRate.overall, r.cycleDays]).toEqual([0.25, 25]);
  });

  it('uses the whole history when the overall rate fell back to it', () => {
    const data = [
      opp({ created: '2025-07-22', close: '2025-08-01', status: 'won' }), // 10
      opp({ created: '2025-06-22', close: '2025-08-01', status: 'won' }), // 40
      opp({ created: '2023-12-22', close: '2024-03-01', status: 'won' }), // 70 (2024 is a leap year: 10 + 31 + 29)
      ...opps(2, { ...older, status: 'lost' }),
    ];
    const r = computeReport(input(data, { asOf })).rates;
    expect([r.winRate.overall, r.cycleDays]).toEqual([3 / 5, 40]);
  });

  it('pins the shared small history used by the landings tests', () => {
    const w = computeReport(input(smallHistory(), { asOf })).rates.winRate;
    expect([w.overall, w.bySource.marketing, w.bySource.sales, w.bySource.tele]).toEqual([
      0.4, 0.6, 0.2, 0.4,
    ]);
  });
});
