import { describe, expect, it } from 'vitest';
import type { PipelineWaterfall, WaterfallStepKind } from '../../../shared/waterfall/types';
import { fiscalQuarter } from '../../../shared/calendar';
import { isoDate } from '../../../shared/units';
import { compareSnapshots } from '../../../shared/waterfall/compare-snapshots';
import { deal } from './factory';

// P = FY2026 Q2 of a calendar fiscal year: 2026-04-01 to 2026-06-30.
const P = fiscalQuarter(2026, 2, 1);
const OPTIONS = { period: P, fiscalYearStartMonth: 1 };

/** The steps that hold at least one deal, as `kind: [amount, count]`. */
function moved(w: PipelineWaterfall): Partial<Record<WaterfallStepKind, [number, number]>> {
  const out: Partial<Record<WaterfallStepKind, [number, number]>> = {};
  for (const s of Object.values(w.steps)) if (s.count > 0) out[s.kind] = [s.amount, s.count];
  return out;
}

describe('compareSnapshots edge cases', () => {
  it('counts a deal pulled in with a new amount once, as pulled in at its current amount', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 9_000, close: '2026-08-01' })],
      [deal('X', { amount: 11_000, close: '2026-06-15' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ pulledIn: [11_000, 1] });
    expect([w.start, w.end]).toEqual([0, 11_000]);
  });

  it('takes a deal pushed out with a new amount out once, at the amount it was due at', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 9_000, close: '2026-06-01' })],
      [deal('X', { amount: 4_000, close: '2026-10-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ pushedOut: [-9_000, 1] });
  });

  it('counts a move of the close date inside P with the same amount in no step', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 9_000, close: '2026-04-02' })],
      [deal('X', { amount: 9_000, close: '2026-06-29' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({});
    expect(w.unchanged).toEqual({ amount: 9_000, count: 1 });
  });

  it('matches an 18-character Salesforce id in one export with its 15-character form in the other', () => {
    const w = compareSnapshots(
      [deal('0019000000B98deAAB', { amount: 1_000, close: '2026-05-01' })],
      [deal('0019000000B98de', { amount: 1_500, close: '2026-05-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ amountUp: [500, 1] });
    const d = w.steps.amountUp.deals[0];
    expect([d?.id, d?.key]).toEqual(['0019000000B98de', '0019000000B98de']);
  });

  it('matches an upper-cased 18-character id with the 15-character id it stands for', () => {
    const w = compareSnapshots(
      [deal('0019000000B98de', { amount: 1_000, close: '2026-05-01' })],
      [deal('0019000000B98DEAAB', { amount: 1_000, close: '2026-05-01', status: 'won' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ won: [-1_000, 1] });
  });

  it('keeps 15-character ids that differ only in case apart', () => {
    const w = compareSnapshots(
      [deal('0019000000B98de', { amount: 1_000, close: '2026-05-01' })],
      [deal('0019000000b98de', { amount: 1_000, close: '2026-05-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ new: [1_000, 1], removed: [-1_000, 1] });
  });

  it('does not match an 18-digit numeric id with its first 15 digits', () => {
    const w = compareSnapshots(
      [deal('123456789012345000', { amount: 1_000, close: '2026-05-01' })],
      [deal('123456789012345', { amount: 1_000, close: '2026-05-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ new: [1_000, 1], removed: [-1_000, 1] });
  });

  it('counts a won deal that reopened into P as reopened, at its current amount', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 5_000, close: '2026-03-10', status: 'won' })],
      [deal('X', { amount: 4_000, close: '2026-05-10' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ reopened: [4_000, 1] });
  });

  it('counts a lost deal that reopened into P as reopened too', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 5_000, close: '2026-05-10', status: 'lost' })],
      [deal('X', { amount: 5_000, close: '2026-05-10' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ reopened: [5_000, 1] });
  });

  it('leaves a deal that reopened into another quarter out of the bridge', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 5_000, close: '2026-05-10', status: 'won' })],
      [deal('X', { amount: 5_000, close: '2026-08-10' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({});
  });

  it('ignores a deal created after the current as-of date', () => {
    const w = compareSnapshots(
      [deal('A', { amount: 1_000, close: '2026-05-01' })],
      [
        deal('A', { amount: 1_000, close: '2026-05-01' }),
        deal('LATE', { amount: 70_000, close: '2026-06-01', created: '2026-06-05' }),
      ],
      { ...OPTIONS, currentAsOf: isoDate('2026-05-31') },
    );
    expect(moved(w)).toEqual({});
    expect([w.end, w.endCount]).toEqual([1_000, 1]);
    expect(w.ignored).toEqual({ previous: 0, current: 1 });
  });

  it('reads the previous snapshot at the current as-of date when that is earlier', () => {
    // Both snapshots hold LATE, created after the chosen D: it is in neither, not removed.
    const late = deal('LATE', { amount: 70_000, close: '2026-06-01', created: '2026-06-05' });
    const w = compareSnapshots([late], [late], {
      ...OPTIONS,
      currentAsOf: isoDate('2026-05-31'),
    });
    expect(moved(w)).toEqual({});
    expect(w.previousAsOf).toBe('2026-05-31');
    expect(w.ignored).toEqual({ previous: 1, current: 1 });
  });

  it('takes a deal out as removed when the previous export holds it but the current one does not', () => {
    // No chosen D: the current data's latest date (2026-05-01) does not cut the previous export.
    const w = compareSnapshots(
      [deal('GONE', { amount: 800, close: '2026-06-01', created: '2026-05-20' })],
      [deal('STAY', { amount: 0, close: '2026-08-01', created: '2026-05-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ removed: [-800, 1] });
    expect([w.previousAsOf, w.currentAsOf]).toEqual(['2026-05-20', '2026-05-01']);
  });

  it('honours an explicit previous as-of date', () => {
    const w = compareSnapshots(
      [deal('X', { amount: 2_000, close: '2026-05-01', created: '2026-04-20' })],
      [deal('X', { amount: 2_000, close: '2026-05-01', created: '2026-04-20' })],
      { ...OPTIONS, previousAsOf: isoDate('2026-04-10'), currentAsOf: isoDate('2026-05-10') },
    );
    expect(moved(w)).toEqual({ new: [2_000, 1] });
  });

  it('counts blank amounts as 0 and flags them in the drill-down', () => {
    const w = compareSnapshots(
      [
        deal('GROWS', { amount: null, close: '2026-05-01' }),
        deal('STAYS', { amount: null, close: '2026-05-01' }),
      ],
      [
        deal('GROWS', { amount: 500, close: '2026-05-01' }),
        deal('STAYS', { amount: null, close: '2026-05-01' }),
        deal('NEW', { amount: null, close: '2026-05-02' }),
      ],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ amountUp: [500, 1], new: [0, 1] });
    expect([w.start, w.startCount, w.end, w.endCount]).toEqual([0, 2, 500, 3]);
    expect(w.steps.amountUp.deals[0]?.blankAmount).toBe(true);
    expect(w.steps.amountUp.deals[0]?.previousAmount).toBe(0);
    expect(w.steps.new.deals[0]?.blankAmount).toBe(true);
  });

  it('keeps the last row of an id a snapshot repeats, as the importer does', () => {
    const w = compareSnapshots(
      [
        deal('X', { amount: 1_000, close: '2026-05-01' }),
        deal('X', { amount: 3_000, close: '2026-05-01' }),
      ],
      [deal('X', { amount: 3_000, close: '2026-05-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({});
    expect([w.start, w.startCount]).toEqual([3_000, 1]);
    expect(w.duplicateIds).toEqual({ previous: ['X'], current: [] });
  });

  it('sums amounts in cents so a bridge of 0.10s and 0.20s reconciles exactly', () => {
    const w = compareSnapshots(
      [
        deal('A', { amount: 0.1, close: '2026-05-01' }),
        deal('B', { amount: 0.2, close: '2026-05-01' }),
      ],
      [
        deal('C', { amount: 0.1, close: '2026-05-01' }),
        deal('D', { amount: 0.2, close: '2026-05-01' }),
      ],
      OPTIONS,
    );
    expect([w.start, w.end]).toEqual([0.3, 0.3]);
    expect(moved(w)).toEqual({ new: [0.3, 2], removed: [-0.3, 2] });
  });

  it('lets a negative amount (a credit) make its step move against its direction', () => {
    const w = compareSnapshots(
      [],
      [deal('CREDIT', { amount: -250, close: '2026-05-01' })],
      OPTIONS,
    );
    expect(moved(w)).toEqual({ new: [-250, 1] });
    expect(w.end).toBe(-250);
  });

  it('names the quarter a deal moved to under a February fiscal year', () => {
    // FY2027 Q1 of a February start runs 2026-02-01 to 2026-04-30.
    const q = fiscalQuarter(2027, 1, 2);
    const w = compareSnapshots(
      [deal('X', { amount: 100, close: '2026-04-30' })],
      [deal('X', { amount: 100, close: '2026-05-01' })],
      { period: q, fiscalYearStartMonth: 2 },
    );
    expect(moved(w)).toEqual({ pushedOut: [-100, 1] });
    expect(w.steps.pushedOut.deals[0]?.currentQuarter).toBe('FY2027-Q2');
  });

  it('rejects a fiscal-year start month outside 1 to 12', () => {
    expect(() => compareSnapshots([], [], { period: P, fiscalYearStartMonth: 13 })).toThrow(
      'fiscalYearStartMonth must be a whole number from 1 to 12, got 13',
    );
  });

  it('rejects a period that is not a quarter of the given fiscal year', () => {
    expect(() => compareSnapshots([], [], { period: P, fiscalYearStartMonth: 2 })).toThrow(
      'period FY2026-Q2 (2026-04-01 to 2026-06-30) is not a fiscal quarter of a year starting in month 2',
    );
  });

  it('gives every step, empty ones included, for two empty snapshots', () => {
    const w = compareSnapshots([], [], OPTIONS);
    expect(Object.keys(w.steps)).toHaveLength(11);
    expect(moved(w)).toEqual({});
    expect([w.start, w.end, w.previousAsOf, w.currentAsOf]).toEqual([0, 0, null, null]);
  });
});
