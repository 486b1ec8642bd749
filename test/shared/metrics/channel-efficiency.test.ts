import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeChannelEfficiency } from '../../../shared/metrics/channel-efficiency';
import { computeCreated } from '../../../shared/metrics/created';
import { isoDate } from '../../../shared/units';
import {
  asOfArb,
  context,
  linkedOpp,
  randomOpps,
  spend,
  withShuffle,
} from './create-extras-fixture';

// P = FY2026 Q1, D = 2026-02-14: spend and creation window 2026-01-01..02-14.
const asOf = '2026-02-14';

const rows = [
  spend('Paid Search', 1000, { date: '2026-01-01' }), // P.start
  spend('paid_search', 500, { period: '2026-02' }), // a month of P begun by D
  spend('Paid Search', 700, { period: '2026-03' }), // a month of P not begun at D
  spend('Events', 3000, { period: 'FY2026-Q1' }), // P itself
  spend('Events', 250, { date: '2026-02-15' }), // after D
  spend('Events', 400, { date: '2025-12-31' }), // before P
  spend('Webinar', 800, { period: '2025-12' }), // a month before P
  spend('PPC', 200, { date: '2026-02-14' }), // D; the table maps PPC to Paid Search
  spend('Display', 100, { period: 'fy2026 q1' }),
];
const opps = [
  linkedOpp({ source: 'paid search', amount: 5000, created: '2026-01-10' }),
  linkedOpp({ source: 'Paid-Search', amount: 2500, created: '2026-02-14' }),
  linkedOpp({
    source: 'Events',
    amount: null,
    created: '2026-01-05',
    status: 'lost',
    close: '2026-01-06',
  }),
  linkedOpp({ source: 'Webinar', amount: 1000, created: '2026-02-01' }),
  linkedOpp({ source: null, amount: 300, created: '2026-01-02' }),
  linkedOpp({ source: 'Events', amount: 9999, created: '2026-02-15' }), // after D
  linkedOpp({ source: 'Paid Search', amount: 7777, created: '2025-12-31' }), // before P
];
const table = { PPC: 'Paid Search' };

describe('channel efficiency (metrics.md §7)', () => {
  it('sums spend in P and pipeline created in P per channel, matching values by normalised words or the table', () => {
    const result = computeChannelEfficiency(context(opps, asOf), rows, table);
    // Paid Search: spend 1000 + 500 + 200 = 1700; pipeline 5000 + 2500 = 7500 over 2 deals.
    expect(result['Paid Search']).toEqual({
      spend: 1700,
      pipeline: 7500,
      opportunities: 2,
      costPerOpportunity: 850, // 1700 / 2
      pipelinePerSpend: 75 / 17, // 7500 / 1700
    });
    // events: 3000 spent, one deal with a blank amount.
    expect(result.events).toEqual({
      spend: 3000,
      pipeline: 0,
      opportunities: 1,
      costPerOpportunity: 3000,
      pipelinePerSpend: 0,
    });
  });

  it('gives null cost per opportunity without opportunities and null pipeline per spend without spend', () => {
    const result = computeChannelEfficiency(context(opps, asOf), rows, table);
    expect(result.display).toEqual({
      spend: 100,
      pipeline: 0,
      opportunities: 0,
      costPerOpportunity: null,
      pipelinePerSpend: 0,
    });
    // Webinar's only spend is December's: pipeline without spend in P.
    expect(result.webinar).toEqual({
      spend: 0,
      pipeline: 1000,
      opportunities: 1,
      costPerOpportunity: 0,
      pipelinePerSpend: null,
    });
    expect(result['(none)']).toEqual({
      spend: 0,
      pipeline: 300,
      opportunities: 1,
      costPerOpportunity: 0,
      pipelinePerSpend: null,
    });
  });

  it('lists every channel with spend or pipeline in P, by spend, largest first, then by name', () => {
    const result = computeChannelEfficiency(context(opps, asOf), rows, table);
    // Without the table PPC would be a channel of its own.
    expect(Object.keys(result)).toEqual(['events', 'Paid Search', 'display', '(none)', 'webinar']);
    expect(Object.keys(computeChannelEfficiency(context(opps, asOf), rows))).toEqual([
      'events',
      'paid search',
      'ppc',
      'display',
      '(none)',
      'webinar',
    ]);
  });

  it('counts no spend for a quarter that has not begun at D', () => {
    const result = computeChannelEfficiency(context([], asOf, 'FY2026-Q2'), [
      spend('Events', 100, { period: 'FY2026-Q2' }),
      spend('Events', 100, { period: '2026-04' }),
    ]);
    expect(result).toEqual({});
  });

  it('places spend by the fiscal calendar', () => {
    // Fiscal year from February: FY2026 Q1 = 2025-02-01..04-30; D = 2025-04-30.
    const ctx = context([], '2025-04-30', null, 2);
    const result = computeChannelEfficiency(ctx, [
      spend('Events', 100, { period: '2025-02' }),
      spend('Events', 10, { period: '2025-01' }), // the last month of FY2025
      spend('Events', 1, { period: 'FY2026-Q1' }),
      spend('Events', 1000, { period: 'FY2025-Q1' }),
    ]);
    expect(result.events?.spend).toBe(101);
  });
});

describe('channel efficiency properties', () => {
  it('gives the same channels in the same order whatever the input order, and pipeline sums to created', () => {
    const spendRows = fc.array(
      fc
        .record({
          channel: fc.constantFrom('Web', 'web', 'Paid_Search', 'paid search', 'Events'),
          cents: fc.integer({ min: 0, max: 1_000_000 }),
          period: fc.constantFrom('FY2026-Q1', '2026-01', '2026-03', '2025-12'),
        })
        .map((r) => spend(r.channel, r.cents / 100, { period: r.period })),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(withShuffle(spendRows), withShuffle(randomOpps), asOfArb, (s, o, asOf) => {
        const a = computeChannelEfficiency(context(o[0], asOf), s[0]);
        const b = computeChannelEfficiency(context(o[1], asOf), s[1]);
        expect(Object.entries(b)).toEqual(Object.entries(a));
        const created = computeCreated(
          context(o[0], asOf).opps,
          context(o[0], asOf).period,
          isoDate(asOf),
          1,
        );
        const count = Object.values(a).reduce((n, c) => n + c.opportunities, 0);
        expect(count).toBe(created.createdCount);
      }),
    );
  });
});
