import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMeetings, isoWeekOf } from '../../../shared/metrics/meetings';
import { isoDate } from '../../../shared/units';
import {
  asOfArb,
  context,
  linkedOpp,
  meeting,
  randomMeetings,
  randomOpps,
  withShuffle,
} from './create-extras-fixture';

// P = FY2026 Q1, D = 2026-02-14 (a Saturday). 2026-01-01 is a Thursday, so P up to D spans
// ISO weeks W01 (Mon 2025-12-29) to W07 (Mon 2026-02-09).
const asOf = '2026-02-14';
const emptyWeeks = [
  { week: '2026-W01', prospect: 0, customer: 0 },
  { week: '2026-W02', prospect: 0, customer: 0 },
  { week: '2026-W03', prospect: 0, customer: 0 },
  { week: '2026-W04', prospect: 0, customer: 0 },
  { week: '2026-W05', prospect: 0, customer: 0 },
  { week: '2026-W06', prospect: 0, customer: 0 },
  { week: '2026-W07', prospect: 0, customer: 0 },
];

/** The weeks of P up to D with the given counts filled in. */
function weeks(filled: Record<string, { prospect?: number; customer?: number }>) {
  return emptyWeeks.map((w) => ({ ...w, ...filled[w.week] }));
}

describe('ISO weeks', () => {
  it('names weeks by the ISO year of their Thursday', () => {
    expect(isoWeekOf(isoDate('2026-01-01'))).toBe('2026-W01');
    expect(isoWeekOf(isoDate('2024-12-30'))).toBe('2025-W01');
    expect(isoWeekOf(isoDate('2021-01-03'))).toBe('2020-W53');
    expect(isoWeekOf(isoDate('2026-04-03'))).toBe('2026-W14');
  });
});

describe('net-new meetings (metrics.md §7)', () => {
  it('lists every ISO week overlapping P up to D, in order, with zeros', () => {
    expect(computeMeetings(context([], asOf), [])).toEqual({
      netNewProspect: 0,
      netNewCustomer: 0,
      byWeek: emptyWeeks,
    });
  });

  it('lists no weeks when D is before P', () => {
    expect(computeMeetings(context([], asOf, 'FY2026-Q2'), []).byWeek).toEqual([]);
  });

  it('counts a meeting net-new when its account had none in the 365 days before, history before P included', () => {
    const meetings = [
      meeting('2026-01-01', { name: 'Acme Inc' }), // P.start, no history: net-new (W01)
      meeting('2026-01-20', { name: 'ACME LLC' }), // same account 19 days later: not net-new
      meeting('2025-02-14', { id: 'A1', name: 'Globex' }),
      meeting('2026-02-14', { id: 'A1', name: 'Globex' }), // exactly 365 days after: not net-new
      meeting('2025-02-09', { id: 'A2' }),
      meeting('2026-02-10', { id: 'A2' }), // 366 days after: net-new (W07)
      meeting('2026-02-15', { name: 'Hooli' }), // after D: ignored
    ];
    expect(computeMeetings(context([], asOf), meetings)).toEqual({
      netNewProspect: 2,
      netNewCustomer: 0,
      byWeek: weeks({ '2026-W01': { prospect: 1 }, '2026-W07': { prospect: 1 } }),
    });
  });

  it('counts several meetings with one account on one day once', () => {
    const meetings = [
      meeting('2026-02-05', { name: 'Vandelay' }),
      meeting('2026-02-05', { name: 'VANDELAY' }),
    ];
    expect(computeMeetings(context([], asOf), meetings).netNewProspect).toBe(1);
  });

  it('treats 15- and 18-character account ids as one account, and joins a name-only meeting to the id logged with that name', () => {
    const meetings = [
      meeting('2025-06-01', { id: '001000000000001' }),
      meeting('2026-01-07', { id: '001000000000001AAA' }), // history 2025-06-01: not net-new
      meeting('2025-12-01', { id: 'S1', name: 'Soylent' }),
      meeting('2026-01-09', { name: 'Soylent Corp' }), // the S1 account, met 2025-12-01
    ];
    expect(computeMeetings(context([], asOf), meetings).netNewProspect).toBe(0);
  });

  it('calls a meeting customer when the account won a deal before the meeting date, whatever the log says', () => {
    const opps = [
      linkedOpp({ accountId: 'A2', created: '2025-10-01', close: '2026-02-09', status: 'won' }),
      linkedOpp({
        accountName: 'Umbrella',
        created: '2025-10-01',
        close: '2026-01-15',
        status: 'won',
      }),
      linkedOpp({
        accountId: 'X9',
        accountName: 'Massive Dynamic, Inc.',
        created: '2025-01-01',
        close: '2025-06-30',
        status: 'won',
      }),
      linkedOpp({
        accountId: 'B2',
        accountName: 'Cyberdyne',
        created: '2024-10-01',
        close: '2025-01-01',
        status: 'won',
      }),
      linkedOpp({
        accountName: 'Wayne',
        created: '2025-10-01',
        close: '2025-12-01',
        status: 'lost',
      }),
    ];
    const meetings = [
      meeting('2026-02-10', { id: 'A2' }), // won 02-09, the day before: customer (W07)
      meeting('2026-01-15', { name: 'Umbrella' }), // won the same day, not before: prospect (W03)
      meeting('2026-01-28', { name: 'Massive Dynamic' }), // name-only meeting matches by name: customer (W05)
      meeting('2026-02-02', { id: 'B1', name: 'Cyberdyne' }), // another id is another account: prospect (W06)
      meeting('2026-01-08', { name: 'Wayne' }, 'customer'), // log says customer, only a lost deal: prospect (W02)
    ];
    expect(computeMeetings(context(opps, asOf), meetings)).toEqual({
      netNewProspect: 3,
      netNewCustomer: 2,
      byWeek: weeks({
        '2026-W02': { prospect: 1 },
        '2026-W03': { prospect: 1 },
        '2026-W05': { customer: 1 },
        '2026-W06': { prospect: 1 },
        '2026-W07': { customer: 1 },
      }),
    });
  });

  it('ignores a win closed after D', () => {
    const opps = [
      linkedOpp({
        accountName: 'Initech',
        created: '2025-10-01',
        close: '2026-02-01',
        status: 'won',
      }),
    ];
    // With D = 2026-01-31 the win of 02-01 is not known yet: the 01-20 meeting is prospect (W04).
    const m = computeMeetings(context(opps, '2026-01-31'), [
      meeting('2026-01-20', { name: 'Initech' }),
    ]);
    expect([m.netNewProspect, m.netNewCustomer]).toEqual([1, 0]);
    expect(m.byWeek.map((w) => w.week)).toEqual([
      '2026-W01',
      '2026-W02',
      '2026-W03',
      '2026-W04',
      '2026-W05',
    ]);
  });
});

describe('meeting properties', () => {
  it('makes the totals the sums of the weeks, whatever the input order', () => {
    fc.assert(
      fc.property(withShuffle(randomMeetings), withShuffle(randomOpps), asOfArb, (m, o, asOf) => {
        const result = computeMeetings(context(o[0], asOf), m[0]);
        const sum = (k: 'prospect' | 'customer') => result.byWeek.reduce((n, w) => n + w[k], 0);
        expect(result.netNewProspect).toBe(sum('prospect'));
        expect(result.netNewCustomer).toBe(sum('customer'));
        expect(computeMeetings(context(o[1], asOf), m[1])).toEqual(result);
      }),
    );
  });
});
