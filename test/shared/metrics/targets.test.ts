import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../shared/records';
import { computeSourceShares, computeTargets } from '../../../shared/metrics/targets';
import { money } from '../../../shared/units';
import { reportInputArb } from './arbitraries';
import { accountOpp as opp, context, contextFor, target } from './targets-fixture';

// P = FY2026 Q1 = 2026-01-01..2026-03-31 (90 days); D = 2026-02-14, day 45, so elapsed = 45/90 = 0.5.
// Creation window [2026-01-01, 2026-02-14]; landed = won, closed in P and ≤ D.
const asOf = '2026-02-14';
const data = [
  opp({ id: 'A', source: 'Web', employees: 10, created: '2026-01-05', amount: 100 }),
  opp({
    id: 'B',
    source: 'Web',
    segment: 'Enterprise',
    created: '2026-02-14', // on D: created in P
    close: '2026-02-14', // on D: landed
    status: 'won',
    amount: 200.5,
  }),
  opp({
    id: 'C',
    source: 'Outbound',
    employees: 10,
    created: '2026-01-10',
    close: '2026-02-01',
    status: 'won',
    amount: 300,
  }),
  // Unknown source and unknown segment: only an `all` × `all` target spans it.
  opp({ id: 'D', source: 'Purchased List', created: '2026-02-01', amount: 50 }),
  // Created before P, won in P: revenue, not pipeline.
  opp({
    id: 'E',
    source: 'Web',
    employees: 10,
    created: '2025-11-01',
    close: '2026-01-20',
    status: 'won',
    amount: 1000,
  }),
  opp({ id: 'F', source: 'Web', employees: 10, created: '2026-02-15', amount: 400 }), // after D
  opp({
    id: 'G', // won after D: no outcome at D
    source: 'Web',
    employees: 10,
    created: '2025-10-01',
    close: '2026-02-20',
    status: 'won',
    amount: 70,
  }),
  opp({
    id: 'H', // lost: never revenue
    source: 'Outbound',
    employees: 10,
    created: '2025-12-01',
    close: '2026-01-15',
    status: 'lost',
    amount: 60,
  }),
];
// Created in P by D: A 100 (marketing smb) + B 200.50 (marketing enterprise) + C 300 (sales smb)
//   + D 50 (unknown unknown) = 650.50.
// Landed: B 200.50 (marketing enterprise) + C 300 (sales smb) + E 1000 (marketing smb) = 1500.50.
const ctx = context(data, { asOf });

const one = (t: Target) => computeTargets(ctx, [t]);

describe('contribution vs targets (metrics.md §9)', () => {
  it('measures an all × all pipeline target against everything created, unknown included, and is on pace exactly at elapsed', () => {
    // 650.50 / 1301 = 0.5 = elapsed(P) → on pace.
    expect(one(target('FY2026-Q1', 'all', 'all', 'pipeline', 1301))).toEqual([
      {
        demandSource: 'all',
        segment: 'all',
        kind: 'pipeline',
        target: 1301,
        actual: 650.5,
        attainment: 0.5,
        onPace: true,
      },
    ]);
  });

  it('is behind pace one cent short of elapsed', () => {
    // Revenue 1500.50 / 3001.02 = 0.49999666… < 0.5.
    const [r] = one(target('FY2026-Q1', 'all', 'all', 'revenue', 3001.02));
    expect(r.actual).toBe(1500.5);
    expect(r.attainment).toBeCloseTo(0.4999966678, 9);
    expect(r.onPace).toBe(false);
  });

  it('measures a source × segment target on that cell only', () => {
    // Pipeline marketing × smb = A 100 only (B is enterprise, E was created before P, F after D).
    // Revenue marketing × smb = E 1000 only (G closed after D).
    expect(
      computeTargets(ctx, [
        target('FY2026-Q1', 'marketing', 'smb', 'pipeline', 400),
        target('FY2026-Q1', 'marketing', 'smb', 'revenue', 4000),
      ]).map((r) => [r.actual, r.attainment, r.onPace]),
    ).toEqual([
      [100, 0.25, false], // 100 / 400
      [1000, 0.25, false], // 1000 / 4000
    ]);
  });

  it('spans every segment with a source × all target and every source with all × a segment', () => {
    expect(
      computeTargets(ctx, [
        // Revenue marketing × all = B 200.50 + E 1000 = 1200.50; / 1000 = 1.2005.
        target('FY2026-Q1', 'marketing', 'all', 'revenue', 1000),
        // Pipeline all × smb = A 100 + C 300 = 400 (D is unknown segment); / 400 = 1.
        target('FY2026-Q1', 'all', 'smb', 'pipeline', 400),
        // Revenue sales × smb = C 300 (H was lost); / 600 = 0.5, on pace.
        target('FY2026-Q1', 'sales', 'smb', 'revenue', 600),
      ]).map((r) => [r.actual, r.attainment, r.onPace]),
    ).toEqual([
      [1200.5, 1.2005, true],
      [400, 1, true],
      [300, 0.5, true],
    ]);
  });

  it('gives null attainment and null onPace for a zero target', () => {
    expect(one(target('FY2026-Q1', 'marketing', 'smb', 'pipeline', 0))).toEqual([
      {
        demandSource: 'marketing',
        segment: 'smb',
        kind: 'pipeline',
        target: 0,
        actual: 100,
        attainment: null,
        onPace: null,
      },
    ]);
  });

  it('reports a cell with nothing in it as 0 attained, behind pace', () => {
    expect(one(target('FY2026-Q1', 'channel', 'midmarket', 'revenue', 500))).toEqual([
      {
        demandSource: 'channel',
        segment: 'midmarket',
        kind: 'revenue',
        target: 500,
        actual: 0,
        attainment: 0,
        onPace: false,
      },
    ]);
  });

  it("keeps only P's targets, in the file's order, whichever way the period is written", () => {
    const results = computeTargets(ctx, [
      target('FY2026-Q2', 'all', 'all', 'pipeline', 100), // another quarter
      target('FY2026 Q1', 'tele', 'all', 'pipeline', 10),
      target('Q1 2026', 'all', 'all', 'pipeline', 100), // not a fiscal quarter
      target('fy2026-q1', 'sales', 'all', 'pipeline', 10),
      target('FY2025-Q1', 'all', 'all', 'revenue', 100), // a year earlier
    ]);
    expect(results.map((r) => [r.demandSource, r.actual])).toEqual([
      ['tele', 0],
      ['sales', 300],
    ]);
  });

  it('returns no rows when no target is for P', () => {
    expect(computeTargets(ctx, [target('FY2025-Q4', 'all', 'all', 'pipeline', 1)])).toEqual([]);
  });

  it('sums in cents so tenths of a cent never drift', () => {
    const c = context(
      [
        opp({ source: 'Web', created: '2026-01-02', amount: 0.1 }),
        opp({ source: 'Web', created: '2026-01-03', amount: 0.2 }),
      ],
      { asOf },
    );
    // 10 + 20 = 30 cents = 0.30 exactly (0.1 + 0.2 in floats is 0.30000000000000004); / 0.6 = 0.5.
    expect(
      computeTargets(c, [target('FY2026-Q1', 'marketing', 'all', 'pipeline', 0.6)]).map((r) => [
        r.actual,
        r.attainment,
      ]),
    ).toEqual([[0.3, 0.5]]);
  });
});

describe("each demand source's share of created and landed (metrics.md §9)", () => {
  it('divides each source by the total created and the total landed', () => {
    const s = computeSourceShares(ctx);
    // Created: marketing 300.50, sales 300, unknown 50 of 650.50. Landed: marketing 1200.50, sales 300 of 1500.50.
    expect(s.marketing.createdShare).toBeCloseTo(300.5 / 650.5, 12);
    expect(s.sales.createdShare).toBeCloseTo(300 / 650.5, 12);
    expect(s.unknown.createdShare).toBeCloseTo(50 / 650.5, 12);
    expect(s.marketing.landedShare).toBeCloseTo(1200.5 / 1500.5, 12);
    expect(s.sales.landedShare).toBeCloseTo(300 / 1500.5, 12);
    expect(s.unknown.landedShare).toBe(0);
    expect(s.tele).toEqual({ createdShare: 0, landedShare: 0 });
    expect(s.channel).toEqual({ createdShare: 0, landedShare: 0 });
  });

  it('is null for every source when nothing was created or landed', () => {
    // D before P.start: the creation window is empty and nothing has closed in P yet.
    const s = computeSourceShares(context(data, { asOf, period: 'FY2026-Q2' }));
    const empty = { createdShare: null, landedShare: null };
    expect(s).toEqual({
      marketing: empty,
      sales: empty,
      tele: empty,
      channel: empty,
      unknown: empty,
    });
  });

  it('is null for landed only when something was created but nothing landed', () => {
    const s = computeSourceShares(
      context([opp({ source: 'Web', created: '2026-01-02', amount: 5 })], { asOf }),
    );
    expect(s.marketing).toEqual({ createdShare: 1, landedShare: null });
    expect(s.sales).toEqual({ createdShare: 0, landedShare: null });
  });
});

const targetArb = fc.record({
  demandSource: fc.constantFrom<Target['demandSource']>(
    'all',
    'marketing',
    'sales',
    'tele',
    'channel',
  ),
  segment: fc.constantFrom<Target['segment']>('all', 'smb', 'midmarket', 'enterprise'),
  kind: fc.constantFrom<Target['kind']>('pipeline', 'revenue'),
  cents: fc.integer({ min: 0, max: 100_000_000 }),
});

describe('targets and shares on generated data', () => {
  it('attainment × target = actual within a cent whenever the target is positive', () => {
    fc.assert(
      fc.property(reportInputArb, fc.array(targetArb, { maxLength: 8 }), (input, rows) => {
        const c = contextFor(input.opportunities, input.settings);
        const targets = rows.map((r) => ({
          period: c.period.id,
          demandSource: r.demandSource,
          segment: r.segment,
          kind: r.kind,
          amount: money(r.cents / 100),
        }));
        const results = computeTargets(c, targets);
        expect(results).toHaveLength(targets.length);
        for (const r of results) {
          if (r.target > 0) {
            expect(r.attainment).not.toBeNull();
            expect(Math.abs((r.attainment ?? Number.NaN) * r.target - r.actual)).toBeLessThan(0.01);
          } else {
            expect([r.attainment, r.onPace]).toEqual([null, null]);
          }
        }
      }),
    );
  });

  it('shares sum to 1 or are all null', () => {
    fc.assert(
      fc.property(reportInputArb, (input) => {
        const shares = Object.values(
          computeSourceShares(contextFor(input.opportunities, input.settings)),
        );
        for (const pick of [
          (s: (typeof shares)[number]) => s.createdShare,
          (s: (typeof shares)[number]) => s.landedShare,
        ]) {
          const values = shares.map(pick);
          if (values.every((v) => v === null)) continue;
          expect(values.some((v) => v === null)).toBe(false);
          const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
          expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});
