import { describe, expect, it } from 'vitest';
import type { Lead, Opportunity } from '../../../shared/records';
import type { OppSpec } from './factory';
import { computeStripping, strippingIntegrity } from '../../../shared/metrics/stripping';
import { accountOpp, context, lead } from './targets-fixture';

// D = 2026-06-30 in every test unless said. A disqualified marketing lead at d = 2026-01-10:
// d + 90 days = 2026-04-10 (21 days to Jan 31, +28 Feb = 49, +31 Mar = 80, +10 = 90).
const asOf = '2026-06-30';
const d = '2026-01-10';

/** A disqualified marketing (Webinar) lead at Stark, Inc. on d, changed by `over`. */
const junkLead = (over: Partial<Parameters<typeof lead>[0]> = {}): Lead =>
  lead({
    id: 'L1',
    account: 'Stark, Inc.',
    source: 'Webinar',
    status: 'Disqualified',
    statusDate: d,
    ...over,
  });

/** A sales-sourced (Outbound) deal at STARK LLC, changed by `spec`. */
const salesOpp = (spec: OppSpec & { account?: string | null }): Opportunity =>
  accountOpp({ account: 'STARK LLC', source: 'Outbound', amount: 100, ...spec });

const strip = (opps: Opportunity[], leads: Lead[], disqualified?: RegExp, over = {}) =>
  computeStripping(context(opps, { asOf, ...over }), leads, disqualified);

const ids = (r: ReturnType<typeof strip>) =>
  r.strippedPairs.map((p) => [p.leadId, p.opportunityId]);

describe('lead-source stripping (metrics.md §10)', () => {
  it('pairs a deal created from d to d + 90 days, both edges included, not before d or at d + 91', () => {
    const r = strip(
      [
        salesOpp({ id: 'before', created: '2026-01-09', amount: 1 }), // d − 1
        salesOpp({ id: 'on-d', created: '2026-01-10', amount: 100 }), // d
        salesOpp({ id: 'd90', created: '2026-04-10', amount: 200, close: '2026-05-01' }), // d + 90
        salesOpp({ id: 'd91', created: '2026-04-11', amount: 4 }), // d + 91
      ],
      [junkLead()],
    );
    expect(r).toEqual({
      strippedPairs: [
        {
          leadId: 'L1',
          leadStatus: 'Disqualified',
          otherLeadIds: [],
          opportunityId: 'on-d',
          account: 'STARK LLC',
          statusDate: '2026-01-10',
          createdDate: '2026-01-10',
          amount: 100,
          source: 'sales',
        },
        {
          leadId: 'L1',
          leadStatus: 'Disqualified',
          otherLeadIds: [],
          opportunityId: 'd90',
          account: 'STARK LLC',
          statusDate: '2026-01-10',
          createdDate: '2026-04-10',
          amount: 200,
          source: 'sales',
        },
      ],
      count: 2,
      amount: 300, // 100 + 200
    });
  });

  it('matches accounts by normalised name only', () => {
    const r = strip(
      [
        salesOpp({ id: 'stark-llc', account: 'STARK LLC', created: '2026-02-01' }),
        salesOpp({ id: 'stark-co', account: '  stark   co. ', created: '2026-02-01' }),
        salesOpp({ id: 'industries', account: 'Stark Industries', created: '2026-02-01' }),
        salesOpp({ id: 'no-account', account: null, created: '2026-02-01' }),
      ],
      [junkLead({ account: 'Stark, Inc.' })],
    );
    expect(ids(r)).toEqual([
      ['L1', 'stark-llc'],
      ['L1', 'stark-co'],
    ]);
  });

  it('does not pair a marketing deal, and pairs sales, tele, channel and unknown ones', () => {
    const r = strip(
      [
        salesOpp({ id: 'web', source: 'Web', created: '2026-02-01' }),
        salesOpp({ id: 'sales', source: 'Cold Call', created: '2026-02-02' }),
        salesOpp({ id: 'tele', source: 'SDR', created: '2026-02-03' }),
        salesOpp({ id: 'channel', source: 'Partner', created: '2026-02-04' }),
        salesOpp({ id: 'unknown', source: null, created: '2026-02-05' }),
      ],
      [junkLead()],
    );
    expect(r.strippedPairs.map((p) => [p.opportunityId, p.source])).toEqual([
      ['sales', 'sales'],
      ['tele', 'tele'],
      ['channel', 'channel'],
      ['unknown', 'unknown'],
    ]);
    expect([r.count, r.amount]).toEqual([4, 400]); // 4 × 100
  });

  it('needs a marketing lead: sales-sourced and blank-source leads do not pair', () => {
    const r = strip(
      [salesOpp({ id: 'o', created: '2026-02-01' })],
      [junkLead({ id: 'sdr', source: 'SDR Outbound' }), junkLead({ id: 'blank', source: null })],
    );
    expect(r).toEqual({ strippedPairs: [], count: 0, amount: 0 });
  });

  it('classifies the lead source with the settings table before the keywords', () => {
    // `Partner Webinar` is channel by keywords; the table makes it marketing.
    const opps = [salesOpp({ id: 'o', created: '2026-02-01' })];
    const leads = [junkLead({ source: 'Partner Webinar' })];
    expect(strip(opps, leads).count).toBe(0);
    expect(
      strip(opps, leads, undefined, { demandSourceTable: { 'partner webinar': 'marketing' } })
        .count,
    ).toBe(1);
  });

  it('needs a status on the disqualified list, in any letter case', () => {
    const opps = [salesOpp({ id: 'o', created: '2026-02-01' })];
    for (const status of ['No Opportunity', 'UNQUALIFIED', 'junk - spam', 'Disqualified']) {
      expect(strip(opps, [junkLead({ status })]).count).toBe(1);
    }
    for (const status of ['Working', 'Qualified', 'Nurture', null]) {
      expect(strip(opps, [junkLead({ status })]).count).toBe(0);
    }
  });

  it('takes a custom disqualified list, even one with the global flag', () => {
    const opps = [
      salesOpp({ id: 'a', account: 'Acme', created: '2026-02-01' }),
      salesOpp({ id: 'b', account: 'Beta', created: '2026-02-01' }),
    ];
    const leads = [
      junkLead({ id: 'la', account: 'Acme', status: 'Recycled' }),
      junkLead({ id: 'lb', account: 'Beta', status: 'recycled' }),
      junkLead({ id: 'lc', account: 'Beta', status: 'Disqualified' }),
    ];
    // A /g pattern's `test` would resume after the first match and miss `lb`.
    expect(ids(strip(opps, leads, /recycled/gi))).toEqual([
      ['la', 'a'],
      ['lb', 'b'],
    ]);
  });

  it('cannot pair a lead without a status date, or with one or a created date after D', () => {
    const opps = [salesOpp({ id: 'o', created: '2026-06-30' })]; // created on D
    const leads = [
      junkLead({ id: 'no-date', statusDate: null }),
      junkLead({ id: 'status-after-d', statusDate: '2026-07-01' }),
      junkLead({ id: 'created-after-d', created: '2026-07-01', statusDate: '2026-06-01' }),
      junkLead({ id: 'on-d', statusDate: '2026-06-30' }),
    ];
    expect(ids(strip(opps, leads))).toEqual([['on-d', 'o']]);
  });

  it('ignores a deal created after D even inside the 90 days', () => {
    const r = strip(
      [salesOpp({ id: 'after-d', created: '2026-07-01' }), salesOpp({ id: 'undated' })],
      [junkLead({ statusDate: '2026-06-15' })],
      undefined,
      { asOf: '2026-06-30' },
    );
    expect(r.count).toBe(0);
  });

  it('counts and sums a deal once when two leads pair with it, naming the latest disqualification', () => {
    const r = strip(
      [salesOpp({ id: 'o', created: '2026-03-01', amount: 250 })],
      [
        junkLead({ id: 'early', statusDate: '2026-01-10' }),
        junkLead({ id: 'late', account: 'stark', statusDate: '2026-02-20' }),
        junkLead({ id: 'same-day', statusDate: '2026-02-20' }),
      ],
    );
    expect(r.strippedPairs.map((p) => [p.leadId, p.otherLeadIds, p.statusDate])).toEqual([
      ['late', ['early', 'same-day'], '2026-02-20'],
    ]);
    expect([r.count, r.amount]).toEqual([1, 250]);
  });

  it('sums several stripped deals in cents, a blank amount as 0', () => {
    const r = strip(
      [
        salesOpp({ id: 'x', created: '2026-01-20', amount: 0.1 }),
        salesOpp({ id: 'y', created: '2026-01-21', amount: 0.2 }),
        salesOpp({ id: 'z', created: '2026-01-22', amount: null }),
      ],
      [junkLead()],
    );
    // 10 + 20 + 0 cents = 0.30 exactly.
    expect([r.count, r.amount]).toEqual([3, 0.3]);
    expect(r.strippedPairs.map((p) => p.amount)).toEqual([0.1, 0.2, 0]);
  });

  it('lists pairs by created date, then by the order of the deals', () => {
    const r = strip(
      [
        salesOpp({ id: 'late', created: '2026-03-01' }),
        salesOpp({ id: 'first-same-day', created: '2026-02-01' }),
        salesOpp({ id: 'second-same-day', created: '2026-02-01' }),
      ],
      [junkLead()],
    );
    expect(r.strippedPairs.map((p) => p.opportunityId)).toEqual([
      'first-same-day',
      'second-same-day',
      'late',
    ]);
  });

  it('gives the §12 integrity keys: strippedPairs is the count, strippedAmount the amount', () => {
    const r = strip(
      [
        salesOpp({ id: 'a', created: '2026-02-01', amount: 100 }),
        salesOpp({ id: 'b', created: '2026-02-02', amount: 50.25 }),
      ],
      [junkLead()],
    );
    expect(strippingIntegrity(r)).toEqual({ strippedPairs: 2, strippedAmount: 150.25 });
  });
});
