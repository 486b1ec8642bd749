import type { Opportunity } from '../../../shared/records';
import { isoDate, money } from '../../../shared/units';

/** The fields a waterfall test sets, as plain strings and numbers. */
export interface DealSpec {
  amount?: number | null;
  close?: string | null;
  status?: Opportunity['status'];
  created?: string | null;
  name?: string | null;
  account?: string | null;
}

/** An opportunity with the given id; unset fields are null, the status open, created 2026-01-05. */
export function deal(id: string, spec: DealSpec = {}): Opportunity {
  return {
    id,
    name: spec.name ?? null,
    accountId: null,
    accountName: spec.account ?? null,
    amount: spec.amount === undefined || spec.amount === null ? null : money(spec.amount),
    currency: null,
    createdDate: spec.created === null ? null : isoDate(spec.created ?? '2026-01-05'),
    closeDate: spec.close ? isoDate(spec.close) : null,
    stage: null,
    status: spec.status ?? 'open',
    forecastCategory: null,
    probability: null,
    leadSource: null,
    type: null,
    segmentRaw: null,
    employees: null,
    region: null,
    owner: null,
    leadId: null,
    primaryCampaign: null,
  };
}
