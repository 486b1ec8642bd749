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

const ACCOUNTS = ['Stark, Inc.', 'STARK LLC', 'Wayne Enterprises', 'Acme Corp', null];
const CAMPAIGNS = ['Spring webinar', 'Partner summit', 'SDR sequence', 'Newsletter', null];
const CHANNELS = ['Webinar', 'Paid Search', 'Partner event', 'Email', '', null];

/**
 * A random report input with touchpoints: deals carry account names and primary campaigns,
 * touches link by opportunity id or account name with random channels, and the sourcing
 * definition and lookback are random too.
 */
export const touchedReportInputArb: fc.Arbitrary<ReportInput> = fc
  .record({
    base: reportInputArb,
    accounts: fc.array(fc.constantFrom(...ACCOUNTS), { minLength: 81, maxLength: 81 }),
    campaigns: fc.array(fc.constantFrom(...CAMPAIGNS), { minLength: 81, maxLength: 81 }),
    touches: fc.array(
      fc.record({
        target: fc.nat(),
        byAccount: fc.boolean(),
        day,
        channel: fc.constantFrom(...CHANNELS),
        campaign: fc.constantFrom(...CAMPAIGNS),
      }),
      { maxLength: 120 },
    ),
    sourcedBy: fc.constantFrom('leadSource', 'primaryCampaign', 'firstTouch'),
    lookbackDays: fc.integer({ min: 0, max: 400 }),
  })
  .map((r) => {
    const opportunities = r.base.opportunities.map((o, i) => ({
      ...o,
      accountName: r.accounts[i] ?? null,
      primaryCampaign: r.campaigns[i] ?? null,
    }));
    const touchpoints = r.touches.map((t) => {
      const target = opportunities[t.target % opportunities.length];
      return {
        date: isoDate(t.day),
        opportunityId: t.byAccount ? null : (target?.id ?? null),
        accountId: null,
        accountName: t.byAccount ? (target?.accountName ?? 'Nobody Ltd') : null,
        leadId: null,
        campaign: t.campaign,
        channel: t.channel,
        type: null,
      };
    });
    return {
      ...r.base,
      opportunities,
      touchpoints,
      settings: { ...r.base.settings, sourcedBy: r.sourcedBy, lookbackDays: r.lookbackDays },
    };
  });
