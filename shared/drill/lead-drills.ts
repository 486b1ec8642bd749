import type { FunnelStages, LinkLevel } from '../metrics/leads-funnel';
import type { ReportContext } from '../metrics/report-context';
import type { Lead } from '../records';
import type { IsoDate } from '../units';
import type { DateWindow } from '../metrics/created';
import type { DrillColumn, DrillResult } from './drill-types';
import { creationWindow } from '../metrics/created';
import { conversionDate, convertedLinks, funnelKey, leadLinks } from '../metrics/leads-funnel';

/** The lead counts of `create.leads`. */
export const LEAD_FIELDS = ['created', 'mqls', 'sqls', 'converted'] as const;

/** The stages of `create.funnelByChannel.<source>`. */
export const FUNNEL_STAGES = ['leads', 'mql', 'sql', 'opportunity', 'won'] as const;

const LEAD_COLUMNS: DrillColumn[] = [
  { key: 'id', label: 'Lead id', align: 'left' },
  { key: 'account', label: 'Account', align: 'left' },
  { key: 'leadSource', label: 'Lead source', align: 'left' },
  { key: 'status', label: 'Status', align: 'left' },
  { key: 'createdDate', label: 'Created', align: 'left' },
  { key: 'mqlDate', label: 'MQL date', align: 'left' },
  { key: 'sqlDate', label: 'SQL date', align: 'left' },
  { key: 'conversionDate', label: 'Converted', align: 'left' },
  { key: 'convertedOpportunityId', label: 'Converted opportunity', align: 'left' },
];

/** Whether a date lies in an inclusive window (as `computeLeads` reads it). */
const inWindow = (date: IsoDate | null, w: DateWindow): boolean =>
  date !== null && date >= w.from && date <= w.to;

/** Leads in created-date order, then id: the order they arrived in. */
function byCreatedThenId(a: Lead, b: Lead): number {
  if (a.createdDate !== b.createdDate) return a.createdDate < b.createdDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The drill-down of a set of leads (no amounts: the sum is `null`). */
export function leadDrill(path: string, title: string, leads: readonly Lead[]): DrillResult {
  const rows = [...leads]
    .sort(byCreatedThenId)
    .map((l) => [
      l.id,
      l.accountName,
      l.leadSource,
      l.status,
      l.createdDate,
      l.mqlDate,
      l.sqlDate,
      conversionDate(l),
      l.convertedOpportunityId,
    ]);
  return {
    ok: true,
    path,
    title,
    recordKind: 'lead',
    columns: LEAD_COLUMNS,
    rows,
    count: rows.length,
    sum: null,
    sumColumn: null,
  };
}

/** The leads one `create.leads` figure counts, with `computeLeads`' predicates. */
export function leadFigureLeads(
  rc: ReportContext,
  leads: readonly Lead[],
  field: (typeof LEAD_FIELDS)[number],
): Lead[] {
  const w = creationWindow(rc.ctx.period, rc.ctx.asOf);
  const dateOf = (l: Lead): IsoDate | null =>
    field === 'created'
      ? l.createdDate
      : field === 'mqls'
        ? l.mqlDate
        : field === 'sqls'
          ? l.sqlDate
          : conversionDate(l);
  return leads.filter((l) => l.createdDate <= rc.ctx.asOf && inWindow(dateOf(l), w));
}

/**
 * The leads of P's cohort under one funnel key that reached `stage` by D, decided as
 * `computeFunnelByChannel` decides (links through `convertedOpportunityId` or `leadId`; a later
 * stage implies the earlier ones).
 */
export function funnelLeads(
  rc: ReportContext,
  leads: readonly Lead[],
  key: string,
  stage: keyof FunnelStages,
): Lead[] {
  const { ctx } = rc;
  const { asOf } = ctx;
  const w = creationWindow(ctx.period, asOf);
  const cohortLeads = leads.filter((l) => inWindow(l.createdDate, w));
  const levelOf = (i: number): LinkLevel => {
    const { opp } = ctx.opps[i];
    return opp.status === 'won' && opp.closeDate !== null && opp.closeDate <= asOf ? 2 : 1;
  };
  const viaConvertedOf = convertedLinks(ctx, cohortLeads, levelOf);
  const viaLeadOf = leadLinks(ctx, cohortLeads, levelOf);
  const reached = (d: IsoDate | null): boolean => d !== null && d <= asOf;
  return cohortLeads.filter((lead) => {
    if (funnelKey(lead.leadSource) !== key) return false;
    const linked = Math.max(viaConvertedOf(lead), viaLeadOf(lead));
    const won = linked === 2 || reached(lead.customerDate);
    const opportunity = won || linked >= 1 || reached(lead.opportunityDate);
    const sql = opportunity || reached(lead.sqlDate);
    const mql = sql || reached(lead.mqlDate);
    switch (stage) {
      case 'leads':
        return true;
      case 'mql':
        return mql;
      case 'sql':
        return sql;
      case 'opportunity':
        return opportunity;
      case 'won':
        return won;
    }
  });
}
