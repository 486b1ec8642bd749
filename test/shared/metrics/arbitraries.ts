import fc from 'fast-check';
import type { Opportunity } from '../../../shared/records';
import type { ReportInput } from '../../../shared/metrics/index';
import { addDays } from '../../../shared/calendar';
import { isoDate } from '../../../shared/units';
import { opp, settings } from './factory';

const BASE = isoDate('2024-01-01');
const LEAD_SOURCES = [
  'Web',
  'Partner Referral',
  'SDR Outbound',
  'Sales Email',
  'paid_search',
  'Purchased List',
  null,
];
const SEGMENTS_RAW = ['SMB', 'Mid-Market', 'Enterprise', 'Public Sector', null];

/** A day 2024-01-01 + 0..899 (about two and a half years, enough for every window). */
const day = fc.integer({ min: 0, max: 899 }).map((n) => addDays(BASE, n) as string);

/** A random canonical opportunity over two and a half years of dates. */
export const opportunityArb: fc.Arbitrary<Opportunity> = fc
  .record({
    created: fc.option(day, { freq: 8 }),
    closeOffset: fc.option(fc.integer({ min: -30, max: 400 }), { freq: 8 }),
    status: fc.constantFrom<Opportunity['status']>('open', 'won', 'lost'),
    cents: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { freq: 8 }),
    source: fc.constantFrom(...LEAD_SOURCES),
    segment: fc.constantFrom(...SEGMENTS_RAW),
    employees: fc.option(fc.integer({ min: 0, max: 5000 })),
    probability: fc.option(fc.integer({ min: 0, max: 100 })),
  })
  .map((r) =>
    opp({
      created: r.created,
      // Undated opportunities without a created date get a close date relative to the base.
      close:
        r.closeOffset === null ? null : addDays(isoDate(r.created ?? '2025-01-01'), r.closeOffset),
      status: r.status,
      amount: r.cents === null ? null : r.cents / 100,
      source: r.source,
      segment: r.segment,
      employees: r.employees,
      probability: r.probability,
    }),
  );

/** A random report input; one dated deal guarantees a default as-of date exists. */
export const reportInputArb: fc.Arbitrary<ReportInput> = fc
  .record({
    opps: fc.array(opportunityArb, { maxLength: 80 }),
    anchor: day,
    fy: fc.integer({ min: 1, max: 12 }),
    asOf: fc.option(day),
    useCrmProbability: fc.boolean(),
  })
  .map((r) => ({
    opportunities: [opp({ created: r.anchor, amount: 1 }), ...r.opps],
    settings: settings({
      fiscalYearStartMonth: r.fy,
      asOf: r.asOf,
      useCrmProbability: r.useCrmProbability,
    }),
    rejectedRows: 0,
  }));
