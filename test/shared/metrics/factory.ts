import type { Opportunity } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import type { ReportInput } from '../../../shared/metrics/index';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate, money } from '../../../shared/units';

/** The fields a test usually sets, as plain strings and numbers. */
export interface OppSpec {
  id?: string;
  amount?: number | null;
  created?: string | null;
  close?: string | null;
  status?: Opportunity['status'];
  source?: string | null;
  segment?: string | null;
  employees?: number | null;
  probability?: number | null;
}

let counter = 0;

/** Builds a canonical opportunity; unset optional fields are null, the status open. */
export function opp(spec: OppSpec = {}): Opportunity {
  counter++;
  return {
    id: spec.id ?? `opp-${counter}`,
    name: null,
    accountId: null,
    accountName: null,
    amount: spec.amount === undefined || spec.amount === null ? null : money(spec.amount),
    currency: null,
    createdDate: spec.created ? isoDate(spec.created) : null,
    closeDate: spec.close ? isoDate(spec.close) : null,
    stage: null,
    status: spec.status ?? 'open',
    forecastCategory: null,
    probability: spec.probability ?? null,
    leadSource: spec.source ?? null,
    type: null,
    segmentRaw: spec.segment ?? null,
    employees: spec.employees ?? null,
    region: null,
    owner: null,
    leadId: null,
    primaryCampaign: null,
  };
}

/** `n` copies of one spec (ids made unique). */
export function opps(n: number, spec: OppSpec): Opportunity[] {
  return Array.from({ length: n }, () => opp(spec));
}

/** Settings with the defaults of metrics.md, overridden by `over`. */
export function settings(
  over: Partial<Omit<Settings, 'asOf'>> & { asOf?: string | null } = {},
): Settings {
  const { asOf, ...rest } = over;
  return {
    ...DEFAULT_SETTINGS,
    ...rest,
    asOf: asOf === undefined || asOf === null ? null : isoDate(asOf),
  };
}

/** A report input over the given opportunities, with no rejected rows unless said. */
export function input(
  opportunities: Opportunity[],
  over: Parameters<typeof settings>[0] = {},
  rejectedRows = 0,
): ReportInput {
  return { opportunities, settings: settings(over), rejectedRows };
}
