import type { Lead, Opportunity, Touchpoint } from '../../../shared/records';
import { buildReportContext } from '../../../shared/metrics/report-context';
import type { MetricContext } from '../../../shared/metrics/metric-context';
import type { OppSpec } from './factory';
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
  return buildReportContext({ opportunities, settings: s, rejectedRows: 0 }).ctx;
}
