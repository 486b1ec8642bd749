import type {
  Lead,
  Meeting,
  Opportunity,
  Spend,
  TargetAccount,
  Touchpoint,
} from '../../../shared/records';
import { buildReportContext } from '../../../shared/metrics/report-context';
import type { MetricContext } from '../../../shared/metrics/metric-context';
import type { OppSpec } from './factory';
import fc from 'fast-check';
import { addDays } from '../../../shared/calendar';
import { isoDate, money } from '../../../shared/units';
import { opp, settings } from './factory';

/** A metric context built the way computeReport builds it, for an explicit D (and P, else the quarter of D). */
export function context(
  opportunities: readonly Opportunity[],
  asOf: string,
  period: string | null = null,
  fiscalYearStartMonth = 1,
): MetricContext {
  const s = settings({ asOf, period, fiscalYearStartMonth });
  return buildReportContext({ opportunities, settings: s, rejectedRows: 0 }).ctx;
}

/** An opportunity with account and lead links besides the factory's fields. */
export function linkedOpp(
  spec: OppSpec & { accountId?: string; accountName?: string; leadId?: string },
): Opportunity {
  return {
    ...opp(spec),
    accountId: spec.accountId ?? null,
    accountName: spec.accountName ?? null,
    leadId: spec.leadId ?? null,
  };
}

/** The lead fields a test sets, as plain strings. */
export interface LeadSpec {
  id?: string;
  created: string;
  source?: string | null;
  mql?: string;
  sql?: string;
  opportunity?: string;
  customer?: string;
  converted?: boolean;
  convertedDate?: string;
  convertedOpportunityId?: string;
}

let leadCounter = 0;

/** Builds a canonical lead; unset optional fields are null. */
export function lead(spec: LeadSpec): Lead {
  leadCounter++;
  const date = (d: string | undefined) => (d === undefined ? null : isoDate(d));
  return {
    id: spec.id ?? `lead-${leadCounter}`,
    createdDate: isoDate(spec.created),
    accountName: null,
    email: null,
    leadSource: spec.source ?? null,
    status: null,
    statusDate: null,
    lifecycleStage: null,
    mqlDate: date(spec.mql),
    sqlDate: date(spec.sql),
    opportunityDate: date(spec.opportunity),
    customerDate: date(spec.customer),
    converted: spec.converted ?? null,
    convertedDate: date(spec.convertedDate),
    convertedOpportunityId: spec.convertedOpportunityId ?? null,
  };
}

/** A meeting on `date` with an account named and/or identified. */
export function meeting(
  date: string,
  account: { name?: string; id?: string },
  kind: Meeting['kind'] = null,
): Meeting {
  return {
    date: isoDate(date),
    accountName: account.name ?? null,
    accountId: account.id ?? null,
    kind,
    owner: null,
  };
}

/** A touch on `date` linked by the given fields. */
export function touch(
  date: string,
  link: { opportunityId?: string; accountId?: string; accountName?: string; leadId?: string },
): Touchpoint {
  return {
    date: isoDate(date),
    opportunityId: link.opportunityId ?? null,
    accountId: link.accountId ?? null,
    accountName: link.accountName ?? null,
    leadId: link.leadId ?? null,
    campaign: null,
    channel: null,
    type: null,
  };
}

/** A target-account row. */
export function target(account: { name?: string; id?: string }): TargetAccount {
  return {
    accountName: account.name ?? null,
    accountId: account.id ?? null,
    tier: null,
    owner: null,
  };
}

/** A spend row placed by a date (`2026-02-03`) or a period (`FY2026-Q1`, `2026-02`). */
export function spend(
  channel: string,
  amount: number,
  when: { date?: string; period?: string },
): Spend {
  return {
    period: when.period ?? null,
    date: when.date === undefined ? null : isoDate(when.date),
    channel,
    amount: money(amount),
    currency: null,
    campaign: null,
  };
}

const DAY0 = isoDate('2025-06-01');
/** A day 2025-06-01 + 0..299, across FY2025 Q2 to FY2026 Q1 so windows and history both get hits. */
const dayArb = fc.integer({ min: 0, max: 299 }).map((n) => addDays(DAY0, n) as string);
const optionalDay = fc.option(dayArb, { nil: undefined });
const SOURCES = ['Web', 'web', ' Partner ', 'Paid_Search', 'paid search', '', null];
const NAMES = ['Acme', 'ACME Inc.', 'Globex', 'Initech', 'Umbrella'];
const IDS = ['001000000000001', '001000000000001AAA', 'A2', 'A3'];

/** Random leads whose ids and converted-opportunity ids collide with `randomOpps`' ids. */
export const randomLeads: fc.Arbitrary<Lead[]> = fc.array(
  fc
    .record({
      id: fc.constantFrom('00Q000000000001', '00Q000000000001AAA', 'L2', 'L3', 'L4'),
      created: dayArb,
      source: fc.constantFrom(...SOURCES),
      mql: optionalDay,
      sql: optionalDay,
      opportunity: optionalDay,
      customer: optionalDay,
      convertedOpportunityId: fc.option(fc.constantFrom('O1', 'O2', '006000000000003AAA'), {
        nil: undefined,
      }),
    })
    .map((r) => lead(r)),
  { maxLength: 40 },
);

/** Random opportunities linked to accounts and leads from small pools, so links collide. */
export const randomOpps: fc.Arbitrary<Opportunity[]> = fc.array(
  fc
    .record({
      id: fc.constantFrom('O1', 'O2', '006000000000003', 'O4'),
      created: fc.option(dayArb, { nil: null }),
      close: fc.option(dayArb, { nil: null }),
      status: fc.constantFrom<Opportunity['status']>('open', 'won', 'lost'),
      amount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
      source: fc.constantFrom(...SOURCES),
      accountId: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
      accountName: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
      leadId: fc.option(fc.constantFrom('00Q000000000001', 'L2', 'L3'), { nil: undefined }),
    })
    .map((r) => linkedOpp(r)),
  { maxLength: 30 },
);

/** Random meetings over the same accounts. */
export const randomMeetings: fc.Arbitrary<Meeting[]> = fc.array(
  fc
    .record({
      date: dayArb,
      id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
      name: fc.constantFrom(...NAMES),
    })
    .map((r) => meeting(r.date, { id: r.id, name: r.name })),
  { maxLength: 40 },
);

/** A random as-of date in FY2026 Q1 (the quarter the period defaults to) or at its edges. */
export const asOfArb = fc.constantFrom('2026-01-01', '2026-02-14', '2026-03-27', '2026-03-31');

/** A list with a random permutation of it, for order-independence properties. */
export function withShuffle<T>(list: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return list.chain((items) =>
    fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
  );
}
