import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { near } from './near';
import { input, opp } from './factory';
import { smallHistory } from './history';

// P = FY2026 Q1 (2026-01-01..03-31), D = 2026-02-15. Rates from smallHistory():
// marketing 0.6, sales 0.2, tele/channel/unknown fall back to overall 0.4.
const inP = [
  opp({
    id: 'A',
    source: 'Web',
    employees: 50,
    status: 'won',
    close: '2026-01-20',
    amount: 1000.1,
  }),
  opp({
    id: 'B',
    source: 'Web',
    segment: 'Enterprise',
    close: '2026-02-10',
    amount: 2000,
    probability: 50,
  }),
  opp({ id: 'C', source: 'Outbound', employees: 500, close: '2026-03-20', amount: 500.25 }),
  opp({
    id: 'D',
    source: 'Outbound',
    employees: 20,
    status: 'lost',
    close: '2026-02-01',
    amount: 300,
  }),
  // Won after D: its outcome was not known at D, so it counts nowhere.
  opp({
    id: 'E',
    source: 'Web',
    status: 'won',
    close: '2026-02-20',
    created: '2026-01-02',
    amount: 999,
  }),
  // Due next quarter: not in P.
  opp({ id: 'F', source: 'Partner', close: '2026-04-02', amount: 700 }),
  // Blank amount, unknown source and segment: due 0.
  opp({ id: 'G', close: '2026-03-01', amount: null }),
  opp({
    id: 'H',
    source: 'SDR',
    employees: 100,
    close: '2026-03-31',
    amount: 100,
    probability: 10,
  }),
  // Undated: in no landing period.
  opp({ id: 'I', source: 'Web', amount: 50 }),
];
const data = [...smallHistory(), ...inP];
const asOf = '2026-02-15';

describe('landings view (metrics.md §4)', () => {
  it('sums landed, due, overdue, lost and expected with source win rates', () => {
    const l = computeReport(input(data, { asOf })).landings;
    // landed = A 1000.10; due = B 2000 + C 500.25 + G 0 + H 100 = 2600.25; overdue = B (02-10 < D).
    // lost = D 300; total = 1000.10 + 2600.25 = 3600.35.
    // expected = 1000.10 + 2000×0.6 + 500.25×0.2 + 0×0.4 + 100×0.4 = 1000.10 + 1200 + 100.05 + 40 = 2340.15.
    expect(l).toMatchObject({
      landed: 1000.1,
      due: 2600.25,
      overdue: 2000,
      lost: 300,
      total: 3600.35,
      expected: near(2340.15),
      // marketing total = 1000.10 + 2000 = 3000.10.
      sourcedShare: near(3000.1 / 3600.35),
    });
  });

  it('splits every figure by demand source, every key present', () => {
    const l = computeReport(input(data, { asOf })).landings;
    expect(l.byDemandSource).toEqual({
      // 1000.10 + 2000×0.6 = 2200.10
      marketing: {
        landed: 1000.1,
        due: 2000,
        overdue: 2000,
        lost: 0,
        total: 3000.1,
        expected: near(2200.1),
      },
      // 500.25×0.2 = 100.05
      sales: {
        landed: 0,
        due: 500.25,
        overdue: 0,
        lost: 300,
        total: 500.25,
        expected: near(100.05),
      },
      // 100×0.4 = 40
      tele: {
        landed: 0,
        due: 100,
        overdue: 0,
        lost: 0,
        total: 100,
        expected: near(40),
      },
      channel: { landed: 0, due: 0, overdue: 0, lost: 0, total: 0, expected: 0 },
      unknown: { landed: 0, due: 0, overdue: 0, lost: 0, total: 0, expected: 0 },
    });
  });

  it('splits every figure by segment, every key present', () => {
    const l = computeReport(input(data, { asOf })).landings;
    expect(l.bySegment).toEqual({
      // A landed (50 employees), D lost (20 employees)
      smb: { landed: 1000.1, due: 0, overdue: 0, lost: 300, total: 1000.1, expected: 1000.1 },
      // C (500) + H (100): due 600.25, expected 100.05 + 40 = 140.05
      midmarket: {
        landed: 0,
        due: 600.25,
        overdue: 0,
        lost: 0,
        total: 600.25,
        expected: near(140.05),
      },
      // B by its segment column: expected 2000×0.6
      enterprise: {
        landed: 0,
        due: 2000,
        overdue: 2000,
        lost: 0,
        total: 2000,
        expected: near(1200),
      },
      unknown: { landed: 0, due: 0, overdue: 0, lost: 0, total: 0, expected: 0 },
    });
  });

  it('uses CRM probability when chosen and present, else the source rate', () => {
    const l = computeReport(input(data, { asOf, useCrmProbability: true })).landings;
    // B 2000×0.50 = 1000; C has no probability: 500.25×0.2 = 100.05; G 0; H 100×0.10 = 10.
    // expected = 1000.10 + 1000 + 100.05 + 10 = 2110.15
    expect(l.expected).toBeCloseTo(2110.15, 9);
  });

  it('clamps a CRM probability outside 0-100', () => {
    const l = computeReport(
      input([opp({ close: '2026-03-01', created: '2026-01-01', amount: 80, probability: 150 })], {
        asOf,
        useCrmProbability: true,
      }),
    ).landings;
    // No history at all, but the probability 150 → 1: expected = 80 × 1.
    expect(l.expected).toBe(80);
  });

  it('flags a due deal as overdue only when its close date is before D', () => {
    const l = computeReport(
      input(
        [
          opp({ close: '2026-02-14', created: '2026-01-01', amount: 1 }),
          opp({ close: '2026-02-15', created: '2026-01-01', amount: 10 }),
        ],
        { asOf },
      ),
    ).landings;
    // Only the 2026-02-14 deal is before D = 2026-02-15.
    expect([l.due, l.overdue]).toEqual([11, 1]);
  });

  it('counts an open deal due this quarter once', () => {
    const l = computeReport(
      input([...smallHistory(), opp({ source: 'Web', close: '2026-03-01', amount: 42 })], { asOf }),
    ).landings;
    expect([l.due, l.total, l.byDemandSource.marketing.due, l.bySegment.unknown.due]).toEqual([
      42, 42, 42, 42,
    ]);
  });

  it('reports expected as null when an open deal has no win rate, and sourcedShare null on an empty total', () => {
    const l = computeReport(
      input([opp({ source: 'Web', close: '2026-03-01', amount: 42 })], { asOf }),
    ).landings;
    expect([
      l.expected,
      l.byDemandSource.marketing.expected,
      l.byDemandSource.sales.expected,
    ]).toEqual(
      // marketing holds the rate-less deal; sales has no due deal, so expected = landed = 0.
      [null, null, 0],
    );
    const empty = computeReport(input([opp({ created: '2026-01-01' })], { asOf })).landings;
    expect(empty.sourcedShare).toBeNull();
  });
});
