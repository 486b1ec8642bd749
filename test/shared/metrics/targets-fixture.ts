import type { Lead, Opportunity, Target } from '../../../shared/records';
import { buildReportContext } from '../../../shared/metrics/report-context';
import type { MetricContext } from '../../../shared/metrics/metric-context';
import type { Settings } from '../../../shared/settings';
import type { OppSpec } from './factory';
import { isoDate, money } from '../../../shared/units';
import { opp, settings } from './factory';

/** An opportunity on a named account. */
export function accountOpp(spec: OppSpec & { account?: string | null }): Opportunity {
  const { account, ...rest } = spec;
  return { ...opp(rest), accountName: account ?? null };
}

/** The context computeReport would build, from the real resolvePeriod, prepareOpportunities and computeWinRates. */
export function context(
  opportunities: readonly Opportunity[],
  over: Parameters<typeof settings>[0] = {},
): MetricContext {
  return contextFor(opportunities, settings(over));
}

/** The context for given settings (as a generated report input carries them). */
export function contextFor(opportunities: readonly Opportunity[], s: Settings): MetricContext {
  return buildReportContext({ opportunities, settings: s, rejectedRows: 0 }).ctx;
}

/** The fields a stripping test sets on a lead. */
export interface LeadSpec {
  id: string;
  created?: string;
  account?: string | null;
  source?: string | null;
  status?: string | null;
  statusDate?: string | null;
}

/** A canonical lead; unset lifecycle fields are null. */
export function lead(spec: LeadSpec): Lead {
  return {
    id: spec.id,
    createdDate: isoDate(spec.created ?? '2025-01-01'),
    accountName: spec.account ?? null,
    email: null,
    leadSource: spec.source ?? null,
    status: spec.status ?? null,
    statusDate: spec.statusDate ? isoDate(spec.statusDate) : null,
    lifecycleStage: null,
    mqlDate: null,
    sqlDate: null,
    opportunityDate: null,
    customerDate: null,
    converted: null,
    convertedDate: null,
    convertedOpportunityId: null,
  };
}

/** A canonical target row. */
export function target(
  period: string,
  demandSource: Target['demandSource'],
  segment: Target['segment'],
  kind: Target['kind'],
  amount: number,
): Target {
  return { period, demandSource, segment, kind, amount: money(amount) };
}
