import type { Lead, Opportunity, Target } from '../../../shared/records';
import type { ReportInput } from '../../../shared/metrics/report-input';
import type { DraftContext } from '../../../shared/deck/draft-context';
import { isoDate, money } from '../../../shared/units';
import { lead, meeting, spend, target, touch } from '../metrics/create-extras-fixture';
import { settings } from '../metrics/factory';

/** The fields a fixture deal sets. */
interface DealSpec {
  id: string;
  amount: number | null;
  created: string | null;
  close: string | null;
  status: Opportunity['status'];
  source: string | null;
  employees?: number;
  account?: string;
  accountId?: string;
  leadId?: string;
}

/** A deal with account and lead links. */
export function deal(s: DealSpec): Opportunity {
  return {
    id: s.id,
    name: `Deal ${s.id}`,
    accountId: s.accountId ?? null,
    accountName: s.account ?? null,
    amount: s.amount === null ? null : money(s.amount),
    currency: 'USD',
    createdDate: s.created === null ? null : isoDate(s.created),
    closeDate: s.close === null ? null : isoDate(s.close),
    stage: null,
    status: s.status,
    forecastCategory: null,
    probability: null,
    leadSource: s.source,
    type: null,
    segmentRaw: null,
    employees: s.employees ?? null,
    region: null,
    owner: null,
    leadId: s.leadId ?? null,
    primaryCampaign: null,
  };
}

/** The deals of FY2026 Q1 (calendar fiscal year), as of 2026-02-15, with history behind them. */
export function fixtureDeals(): Opportunity[] {
  return [
    // P: landed, due (one overdue), lost, undated.
    deal({
      id: 'o1',
      amount: 1000.5,
      created: '2026-01-05',
      close: '2026-01-20',
      status: 'won',
      source: 'Web',
      employees: 50,
      account: 'Acme Inc',
      accountId: 'A1',
    }),
    deal({
      id: 'o2',
      amount: 2000,
      created: '2025-11-01',
      close: '2026-02-10',
      status: 'open',
      source: 'Webinar',
      employees: 500,
      account: 'Beta',
    }),
    deal({
      id: 'o3',
      amount: 3000,
      created: '2026-02-01',
      close: '2026-03-20',
      status: 'open',
      source: 'Outbound',
      employees: 5000,
      account: 'Acme, Inc.',
      accountId: 'A1',
    }),
    deal({
      id: 'o4',
      amount: 500,
      created: '2025-12-01',
      close: '2026-01-30',
      status: 'lost',
      source: 'Outbound',
      employees: 50,
    }),
    deal({
      id: 'o5',
      amount: 750.25,
      created: '2026-01-10',
      close: '2026-02-05',
      status: 'won',
      source: 'Partner',
      leadId: 'L1',
      account: 'Epsilon',
    }),
    deal({
      id: 'o6',
      amount: 100,
      created: '2026-01-15',
      close: null,
      status: 'open',
      source: null,
    }),
    deal({
      id: 'o7',
      amount: 1200,
      created: '2026-02-01',
      close: '2026-04-15',
      status: 'open',
      source: 'Cold Call',
      employees: 200,
      account: 'Gamma LLC',
    }),
    deal({
      id: 'o8',
      amount: null,
      created: '2026-02-10',
      close: '2026-03-01',
      status: 'open',
      source: 'Paid Search',
      employees: 20,
    }),
    // Won after D: counts nowhere in P.
    deal({
      id: 'o9',
      amount: 640,
      created: '2026-01-20',
      close: '2026-03-05',
      status: 'won',
      source: 'Web',
    }),
    // The previous quarter and a year ago, by the same day.
    deal({
      id: 'p1',
      amount: 900,
      created: '2025-10-20',
      close: '2025-12-10',
      status: 'won',
      source: 'Web',
      employees: 50,
    }),
    deal({
      id: 'p2',
      amount: 300,
      created: '2025-11-20',
      close: '2025-12-15',
      status: 'lost',
      source: 'Web',
    }),
    deal({
      id: 'y1',
      amount: 800,
      created: '2025-01-30',
      close: '2025-05-10',
      status: 'won',
      source: 'Outbound',
    }),
    // History for the win rates and the lag.
    deal({
      id: 'h1',
      amount: 400,
      created: '2025-03-01',
      close: '2025-06-01',
      status: 'won',
      source: 'Web',
    }),
    deal({
      id: 'h2',
      amount: 450,
      created: '2025-04-01',
      close: '2025-07-01',
      status: 'lost',
      source: 'Web',
    }),
    deal({
      id: 'h3',
      amount: 460,
      created: '2025-05-01',
      close: '2025-08-01',
      status: 'won',
      source: 'Outbound',
    }),
    deal({
      id: 'h4',
      amount: 470,
      created: '2025-06-01',
      close: '2025-09-01',
      status: 'won',
      source: 'Partner',
    }),
    deal({
      id: 'h5',
      amount: 480,
      created: '2025-07-01',
      close: '2025-10-01',
      status: 'lost',
      source: 'Outbound',
    }),
    deal({
      id: 'h6',
      amount: 490,
      created: '2025-08-01',
      close: '2025-11-01',
      status: 'won',
      source: null,
    }),
  ];
}

/** Leads: a converted webinar lead, a disqualified marketing lead before a sales deal on its account (stripping), a blank-source lead. */
export function fixtureLeads(): Lead[] {
  const disqualified: Lead = {
    ...lead({ id: 'L2', created: '2026-01-20', source: 'Webinar', mql: '2026-01-22' }),
    accountName: 'Gamma',
    status: 'Disqualified',
    statusDate: isoDate('2026-01-25'),
  };
  return [
    lead({
      id: 'L1',
      created: '2026-01-03',
      source: 'Webinar',
      mql: '2026-01-10',
      convertedDate: '2026-01-10',
      convertedOpportunityId: 'o5',
    }),
    disqualified,
    lead({ id: 'L3', created: '2026-02-01', source: null }),
    lead({ id: 'L4', created: '2026-02-03', source: 'Web.Inbound', sql: '2026-02-04' }),
    lead({ id: 'L5', created: '2025-12-01', source: 'Webinar', mql: '2026-01-05' }),
  ];
}

/** Targets of P (and one of another quarter, left out). */
export function fixtureTargets(): Target[] {
  const t = (over: Partial<Target>): Target => ({
    period: 'FY2026-Q1',
    demandSource: 'all',
    segment: 'all',
    kind: 'pipeline',
    amount: money(10_000),
    ...over,
  });
  return [
    t({}),
    t({ demandSource: 'marketing', kind: 'revenue', amount: money(2_000) }),
    t({ demandSource: 'sales', segment: 'enterprise', amount: money(4_000) }),
    t({ period: 'FY2025-Q4' }),
  ];
}

/** The complete input: opportunities and every supporting kind, small enough to count by hand. */
export function fixtureInput(): ReportInput {
  return {
    opportunities: fixtureDeals(),
    settings: settings({ asOf: '2026-02-15' }),
    rejectedRows: 2,
    leads: fixtureLeads(),
    touchpoints: [
      { ...touch('2026-01-02', { opportunityId: 'o1' }), channel: 'Webinar' },
      touch('2026-01-15', { accountName: 'Beta Inc' }),
      touch('2026-01-20', { accountName: 'Nobody Ltd' }),
      touch('2026-02-01', { accountId: 'A1' }),
      touch('2026-03-01', { accountName: 'Nobody Ltd' }),
    ],
    meetings: [
      meeting('2026-01-25', { name: 'Acme Inc', id: 'A1' }),
      meeting('2026-02-03', { name: 'Beta' }),
      meeting('2026-02-03', { name: 'BETA LLC' }),
      meeting('2025-12-01', { name: 'Delta' }),
      meeting('2026-02-02', { name: 'Delta' }),
      meeting('2026-02-12', { name: 'Zeta' }),
    ],
    targetAccounts: [
      target({ name: 'Acme', id: 'A1' }),
      target({ name: 'Beta' }),
      target({ name: 'Zeta' }),
    ],
    spend: [
      spend('Webinar', 400, { date: '2026-01-15' }),
      spend('Paid Search', 300, { period: '2026-02' }),
      spend('Paid Search', 150.5, { period: 'FY2026-Q1' }),
      spend('Events', 999, { date: '2025-12-15' }),
    ],
    targets: fixtureTargets(),
  };
}

/** How the deck is drafted over the fixture. */
export const FIXTURE_CONTEXT: DraftContext = {
  currency: 'USD',
  isSample: false,
  sourceLabel: 'fixture.csv',
  opportunityCount: 18,
  rejectedReasons: [],
  footer: null,
};
