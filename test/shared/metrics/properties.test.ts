import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMAND_SOURCES, SEGMENTS } from '../../../shared/records';
import { computeReport } from '../../../shared/metrics/index';
import type { LandingFigures } from '../../../shared/metrics/report-types';
import { ATTRIBUTION_MODELS } from '../../../shared/metrics/attribution';
import { SOURCING_DEFINITIONS } from '../../../shared/metrics/sourcing';
import { reportInputArb, touchedReportInputArb } from './arbitraries';

/** Whole cents of a reported amount, so sums compare exactly. */
const cents = (x: number): number => Math.round(x * 100);
const FIGURES = ['landed', 'due', 'overdue', 'lost', 'total'] as const;

function sumSlices(slices: LandingFigures[], key: (typeof FIGURES)[number]): number {
  return slices.reduce((s, f) => s + cents(f[key]), 0);
}

describe('report properties', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('partitions the closed-by-D and open amounts of P into landed, due and lost', () => {
    fc.assert(
      fc.property(reportInputArb, (input) => {
        const r = computeReport(input);
        const { start, end, asOf } = r.period;
        let expected = 0;
        for (const o of input.opportunities) {
          if (o.createdDate !== null && o.createdDate > asOf) continue;
          if (o.closeDate === null || o.closeDate < start || o.closeDate > end) continue;
          if (o.status === 'open' || o.closeDate <= asOf)
            expected += Math.round((o.amount ?? 0) * 100);
        }
        const l = r.landings;
        expect(cents(l.landed) + cents(l.due) + cents(l.lost)).toBe(expected);
        expect(cents(l.total)).toBe(cents(l.landed) + cents(l.due));
        expect(cents(l.overdue)).toBeLessThanOrEqual(cents(l.due));
      }),
    );
  });

  it('splits landings and creation by source and segment into parts that sum to their totals', () => {
    fc.assert(
      fc.property(reportInputArb, (input) => {
        const r = computeReport(input);
        const l = r.landings;
        for (const key of FIGURES) {
          expect(
            sumSlices(
              DEMAND_SOURCES.map((s) => l.byDemandSource[s]),
              key,
            ),
          ).toBe(cents(l[key]));
          expect(
            sumSlices(
              SEGMENTS.map((g) => l.bySegment[g]),
              key,
            ),
          ).toBe(cents(l[key]));
        }
        const c = r.create;
        const srcSum = DEMAND_SOURCES.reduce((s, k) => s + cents(c.byDemandSource[k].created), 0);
        const segCount = SEGMENTS.reduce((s, k) => s + c.bySegment[k].createdCount, 0);
        expect([srcSum, segCount]).toEqual([cents(c.created), c.createdCount]);
        for (const s of DEMAND_SOURCES) {
          const row = SEGMENTS.reduce((t, g) => t + cents(c.bySourceAndSegment[s][g].created), 0);
          expect(row).toBe(cents(c.byDemandSource[s].created));
        }
      }),
    );
  });

  it('keeps every share and rate in [0, 1] or null, and the lag shares summing to 1', () => {
    const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);
    fc.assert(
      fc.property(reportInputArb, (input) => {
        const r = computeReport(input);
        const shares = [
          r.period.elapsed,
          r.landings.sourcedShare,
          r.integrity.unknownSourceShare,
          r.rates.winRate.overall,
          ...DEMAND_SOURCES.map((s) => r.rates.winRate.bySource[s]),
          ...(r.forward.lag ?? []),
        ];
        expect(shares.every(inUnit)).toBe(true);
        if (r.forward.lag) expect(r.forward.lag.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(r.landings.sourcedShare === null).toBe(r.landings.total === 0);
      }),
    );
  });

  it('is deterministic and never reads the clock', () => {
    fc.assert(
      fc.property(reportInputArb, (input) => {
        vi.useFakeTimers({ now: new Date('2001-01-01T00:00:00Z') });
        const first = computeReport(input);
        vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
        const second = computeReport(input);
        vi.useRealTimers();
        expect(second).toEqual(first);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 50 },
    );
  });
});

describe('report properties with touchpoints and a sourcing definition', () => {
  const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

  it('keeps influenced amounts within landed and due, and their shares in [0, 1]', () => {
    fc.assert(
      fc.property(touchedReportInputArb, (input) => {
        const r = computeReport(input);
        const inf = r.landings.influenced;
        const acc = r.landings.acceleration;
        if (input.touchpoints?.length === 0) {
          expect(inf).toBeNull();
          return;
        }
        if (inf === null || acc === null) throw new Error('touchpoints imported, influence null');
        expect(cents(inf.landed)).toBeLessThanOrEqual(cents(r.landings.landed));
        expect(cents(inf.due)).toBeLessThanOrEqual(cents(r.landings.due));
        expect(cents(acc.dueInfluencedAmount)).toBe(cents(inf.due));
        const rates = [
          inf.share,
          acc.dueInfluencedShare,
          acc.winRateInfluenced,
          acc.winRateNotInfluenced,
        ];
        expect(rates.every(inUnit)).toBe(true);
      }),
    );
  });

  it('credits exactly the landed and due amounts under every attribution model', () => {
    fc.assert(
      fc.property(touchedReportInputArb, (input) => {
        const r = computeReport(input);
        const a = r.attribution;
        if (a === null) return;
        for (const model of ATTRIBUTION_MODELS) {
          const credits = Object.values(a.byModel[model]);
          const landed = credits.reduce((s, c) => s + cents(c.landed), 0);
          const due = credits.reduce((s, c) => s + cents(c.due), 0);
          expect([landed, due]).toEqual([cents(r.landings.landed), cents(r.landings.due)]);
        }
      }),
    );
  });

  it('splits the same landings total under every definition, the chosen one equal to the report’s split', () => {
    fc.assert(
      fc.property(touchedReportInputArb, (input) => {
        const r = computeReport(input);
        const d = r.definitions;
        for (const definition of SOURCING_DEFINITIONS) {
          const view = d.comparison[definition];
          if (view === null) continue;
          const total = DEMAND_SOURCES.reduce((s, k) => s + cents(view.landings[k].total), 0);
          const created = DEMAND_SOURCES.reduce((s, k) => s + view.created[k].createdCount, 0);
          expect([total, created]).toEqual([cents(r.landings.total), r.create.createdCount]);
          expect(inUnit(view.sourcedShare)).toBe(true);
        }
        const chosen = d.comparison[d.sourcedBy];
        for (const s of DEMAND_SOURCES) {
          expect(cents(chosen?.landings[s].total ?? NaN)).toBe(
            cents(r.landings.byDemandSource[s].total),
          );
          expect(chosen?.created[s]).toEqual(r.create.byDemandSource[s]);
        }
      }),
    );
  });
});
