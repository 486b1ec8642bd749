import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/records';
import type { PipelineWaterfall } from '../../../shared/waterfall/types';
import { fiscalQuarter } from '../../../shared/calendar';
import { isoDate, money } from '../../../shared/units';
import { compareSnapshots } from '../../../shared/waterfall/compare-snapshots';
import { salesforceChecksum } from '../../../shared/waterfall/salesforce-id';
import { WATERFALL_STEPS } from '../../../shared/waterfall/types';

const cents = (x: number): number => Math.round(x * 100);
const P = fiscalQuarter(2026, 2, 1);
const OPTIONS = { period: P, fiscalYearStartMonth: 1 };

/** A few 15-character Salesforce ids; each export writes one in its 15- or 18-character form. */
const BASE_IDS = [
  '0061a00000AbCdE',
  '0061a00000aBcDe',
  '0061a00000XyZ12',
  '0061a000001q2w3',
  'opp-plain',
];

/** A date from 2025-12-01 to 2026-09-27, around P, so every placement occurs. */
const dateArb = fc
  .integer({ min: 0, max: 300 })
  .map((n) => isoDate(new Date(Date.UTC(2025, 11, 1 + n)).toISOString().slice(0, 10)));

function oppArb(amount: fc.Arbitrary<number | null>): fc.Arbitrary<Opportunity> {
  return fc
    .record({
      base: fc.constantFrom(...BASE_IDS),
      long: fc.boolean(),
      amount,
      close: fc.option(dateArb),
      created: fc.option(dateArb),
      status: fc.constantFrom<Opportunity['status']>('open', 'open', 'won', 'lost'),
    })
    .map(({ base, long, amount: a, close, created, status }) => ({
      id: long && base.length === 15 ? base + salesforceChecksum(base) : base,
      name: null,
      accountId: null,
      accountName: null,
      amount: a === null ? null : money(a),
      currency: null,
      createdDate: created,
      closeDate: close,
      stage: null,
      status,
      forecastCategory: null,
      probability: null,
      leadSource: null,
      type: null,
      segmentRaw: null,
      employees: null,
      region: null,
      owner: null,
      leadId: null,
      primaryCampaign: null,
    }));
}

const nonNegative = fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100));
const anySign = fc.option(fc.integer({ min: -10_000_000, max: 10_000_000 }).map((c) => c / 100));
const snapshot = (amount: fc.Arbitrary<number | null>) =>
  fc.array(oppArb(amount), { maxLength: 12 });
const asOfArb = fc.option(dateArb, { nil: undefined });

/** start + Σ steps in cents, which must equal end in cents. */
const bridged = (w: PipelineWaterfall): number =>
  Object.values(w.steps).reduce((s, step) => s + cents(step.amount), cents(w.start));

describe('pipeline waterfall properties', () => {
  it('always reconciles: start + Σ steps = end, to the cent and in counts', () => {
    fc.assert(
      fc.property(snapshot(anySign), snapshot(anySign), asOfArb, (prev, cur, asOf) => {
        const w = compareSnapshots(prev, cur, { ...OPTIONS, currentAsOf: asOf });
        expect(bridged(w)).toBe(cents(w.end));
        let count = w.startCount;
        for (const { kind, effect } of WATERFALL_STEPS) {
          if (effect === 'enters') count += w.steps[kind].count;
          if (effect === 'leaves') count -= w.steps[kind].count;
        }
        expect(count).toBe(w.endCount);
      }),
    );
  });

  it('lists behind every step exactly the deals whose changes sum to its amount', () => {
    fc.assert(
      fc.property(snapshot(anySign), snapshot(anySign), (prev, cur) => {
        const w = compareSnapshots(prev, cur, OPTIONS);
        const keys: string[] = [];
        for (const step of Object.values(w.steps)) {
          expect(step.count).toBe(step.deals.length);
          expect(step.deals.reduce((s, d) => s + cents(d.change), 0)).toBe(cents(step.amount));
          keys.push(...step.deals.map((d) => d.key));
        }
        // A deal is in at most one step.
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('starts and ends at each snapshot’s due in P, summed independently', () => {
    fc.assert(
      fc.property(
        snapshot(anySign),
        snapshot(anySign),
        dateArb,
        dateArb,
        (prev, cur, previousAsOf, currentAsOf) => {
          const w = compareSnapshots(prev, cur, { ...OPTIONS, previousAsOf, currentAsOf });
          // Matching by the 15-character form, the last row of a key winning, created ≤ D only.
          const due = (opps: Opportunity[], asOf: string): number => {
            const last = new Map<string, Opportunity>();
            for (const o of opps) {
              if (o.createdDate === null || o.createdDate <= asOf) last.set(o.id.slice(0, 15), o);
            }
            let sum = 0;
            for (const o of last.values()) {
              const c = o.closeDate;
              if (o.status === 'open' && c !== null && c >= P.start && c <= P.end)
                sum += cents(o.amount ?? 0);
            }
            return sum;
          };
          expect(cents(w.start)).toBe(due(prev, previousAsOf));
          expect(cents(w.end)).toBe(due(cur, currentAsOf));
        },
      ),
    );
  });

  it('gives all-zero steps when a snapshot is compared with itself', () => {
    fc.assert(
      fc.property(snapshot(anySign), asOfArb, (snap, asOf) => {
        const w = compareSnapshots(snap, snap, { ...OPTIONS, currentAsOf: asOf });
        for (const step of Object.values(w.steps))
          expect([step.amount, step.count]).toEqual([0, 0]);
        expect([cents(w.start), w.startCount]).toEqual([cents(w.end), w.endCount]);
        expect(cents(w.unchanged.amount)).toBe(cents(w.start));
      }),
    );
  });

  it('moves every step in its direction when amounts are not negative', () => {
    fc.assert(
      fc.property(snapshot(nonNegative), snapshot(nonNegative), (prev, cur) => {
        const w = compareSnapshots(prev, cur, OPTIONS);
        for (const step of Object.values(w.steps)) {
          for (const d of step.deals) {
            if (step.direction === 'up') expect(d.change).toBeGreaterThanOrEqual(0);
            else expect(d.change).toBeLessThanOrEqual(0);
          }
          if (step.direction === 'up') expect(step.amount).toBeGreaterThanOrEqual(0);
          else expect(step.amount).toBeLessThanOrEqual(0);
        }
        for (const d of w.steps.amountUp.deals) expect(d.change).toBeGreaterThan(0);
        for (const d of w.steps.amountDown.deals) expect(d.change).toBeLessThan(0);
      }),
    );
  });
});
