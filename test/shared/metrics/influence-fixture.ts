import type { Lead, Opportunity, Touchpoint } from '../../../shared/records';
import type { MetricContext } from '../../../shared/metrics/metric-context';
import type { OppSpec } from './factory';
import { prepareOpportunities } from '../../../shared/metrics/prepared';
import { resolvePeriod } from '../../../shared/metrics/resolve-period';
import { computeWinRates } from '../../../shared/metrics/win-rates';
import { isoDate } from '../../../shared/units';
import { opp, settings } from './factory';

/** An opportunity spec with the account and lead fields that linking reads. */
export interface LinkedOppSpec extends OppSpec {
  accountId?: string | null;
  accountName?: string | null;
  leadId?: string | null;
}

/** A canonical opportunity with account and lead fields set (null unless given). */
export function linkedOpp(spec: LinkedOppSpec = {}): Opportunity {
  return {
    ...opp(spec),
    accountId: spec.accountId ?? null,
    accountName: spec.accountName ?? null,
    leadId: spec.leadId ?? null,
  };
}

/** The fields a test sets on a touchpoint, as plain strings. */
export interface TouchSpec {
  date: string;
  opportunityId?: string | null;
  accountId?: string | null;
  accountName?: string | null;
  leadId?: string | null;
  campaign?: string | null;
  channel?: string | null;
}

/** A canonical touchpoint; unset fields are null. */
export function touch(spec: TouchSpec): Touchpoint {
  return {
    date: isoDate(spec.date),
    opportunityId: spec.opportunityId ?? null,
    accountId: spec.accountId ?? null,
    accountName: spec.accountName ?? null,
    leadId: spec.leadId ?? null,
    campaign: spec.campaign ?? null,
    channel: spec.channel ?? null,
    type: null,
  };
}

/** A lead that converted into `convertedOpportunityId` (the other fields blank). */
export function convertedLead(id: string, convertedOpportunityId: string | null): Lead {
  return {
    id,
    createdDate: isoDate('2025-01-01'),
    accountName: null,
    email: null,
    leadSource: null,
    status: null,
    statusDate: null,
    lifecycleStage: null,
    mqlDate: null,
    sqlDate: null,
    opportunityDate: null,
    customerDate: null,
    converted: convertedOpportunityId !== null,
    convertedDate: null,
    convertedOpportunityId,
  };
}

/** The metric context computeReport would build, through the real period, preparation and rates. */
export function context(
  opportunities: readonly Opportunity[],
  over: Parameters<typeof settings>[0] = {},
): MetricContext {
  const s = settings(over);
  const resolved = resolvePeriod(opportunities, s);
  if (!resolved.ok) throw new Error(resolved.error);
  const { period, index, asOf } = resolved.value;
  const opps = prepareOpportunities(opportunities, s, asOf);
  return {
    settings: s,
    period,
    index,
    asOf,
    opps,
    rates: computeWinRates(opps, index, period.start, asOf),
  };
}
