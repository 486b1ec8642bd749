import type { FiscalQuarter } from '../calendar';
import type { Lead } from '../records';
import type { IsoDate } from '../units';
import type { DateWindow } from './created';
import type { MetricContext } from './metric-context';
import { creationWindow } from './created';
import { forEachWith } from './opp-index';
import { idKeyer, keepsEveryId, oppIdShapes } from './target-accounts';

/** The lead counts of metrics.md §7 (§12 `create.leads`). */
export interface LeadFigures {
  /** Leads with `createdDate` in P, up to D. */
  created: number;
  /** Leads with `mqlDate` in P, up to D. */
  mqls: number;
  /** Leads with `sqlDate` in P, up to D. */
  sqls: number;
  /** Leads whose conversion date (`conversionDate`) is in P, up to D. */
  converted: number;
}

/** How many leads of a cohort reached each stage by D (metrics.md §7; §12 `create.funnelByChannel.<source>`). */
export interface FunnelStages {
  leads: number;
  mql: number;
  sql: number;
  opportunity: number;
  won: number;
}

/** The funnel key of a lead whose raw lead source is blank (metrics.md §7). */
export const NO_LEAD_SOURCE = '(none)';

/** Whether a date lies in an inclusive window. */
const inWindow = (date: IsoDate | null, w: DateWindow): boolean =>
  date !== null && date >= w.from && date <= w.to;

/**
 * The day a lead converted: Salesforce's `convertedDate`, else the day it became an
 * opportunity (HubSpot's `opportunityDate`); `null` when the export says it is not converted
 * (`converted === false`) or gives no date, since an undated conversion has no period.
 */
export function conversionDate(lead: Lead): IsoDate | null {
  if (lead.converted === false) return null;
  return lead.convertedDate ?? lead.opportunityDate;
}

/** The leads of metrics.md §7 for P: created, MQLs, SQLs and converted, each dated in `[P.start, min(P.end, D)]`. */
export function computeLeads(ctx: MetricContext, leads: readonly Lead[]): LeadFigures {
  const w = creationWindow(ctx.period, ctx.asOf);
  const figures: LeadFigures = { created: 0, mqls: 0, sqls: 0, converted: 0 };
  for (const lead of leads) {
    // Records created after D are ignored everywhere (§2).
    if (lead.createdDate > ctx.asOf) continue;
    if (inWindow(lead.createdDate, w)) figures.created++;
    if (inWindow(lead.mqlDate, w)) figures.mqls++;
    if (inWindow(lead.sqlDate, w)) figures.sqls++;
    if (inWindow(conversionDate(lead), w)) figures.converted++;
  }
  return figures;
}

/** The funnel key of a raw lead source: as written, surrounding spaces trimmed; blank is `(none)`. */
export function funnelKey(leadSource: string | null): string {
  const trimmed = leadSource?.trim() ?? '';
  return trimmed === '' ? NO_LEAD_SOURCE : trimmed;
}

/** Stage reached through a linked opportunity: 0 none, 1 an opportunity existing at D, 2 one won by D. */
export type LinkLevel = 0 | 1 | 2;

/** The highest link level among the opportunities `forEachWith` finds for one raw value. */
function highest(
  ctx: MetricContext,
  field: 'id' | 'leadId',
  value: string,
  levelOf: (i: number) => LinkLevel,
): LinkLevel {
  let level: LinkLevel = 0;
  forEachWith(ctx.opps, field, value, (i) => {
    const l = levelOf(i);
    if (l > level) level = l;
  });
  return level;
}

/** Each cohort lead's link level through its `convertedOpportunityId` (15/18-character ids as one). */
export function convertedLinks(
  ctx: MetricContext,
  cohortLeads: readonly Lead[],
  levelOf: (i: number) => LinkLevel,
): (lead: Lead) => LinkLevel {
  const converting = cohortLeads.filter((l) => l.convertedOpportunityId !== null);
  // No lead names an opportunity: skip keying every opportunity's id.
  if (converting.length === 0) return () => 0;
  const oppKeyOf = idKeyer(
    converting.map((l) => l.convertedOpportunityId),
    oppIdShapes(ctx.opps, 'id'),
  );
  if (keepsEveryId(oppKeyOf)) {
    return (lead) =>
      lead.convertedOpportunityId === null
        ? 0
        : highest(ctx, 'id', lead.convertedOpportunityId, levelOf);
  }
  const wanted = new Set<string>();
  for (const l of converting)
    if (l.convertedOpportunityId !== null) wanted.add(oppKeyOf(l.convertedOpportunityId));
  const byOpp = new Map<string, LinkLevel>();
  ctx.opps.forEach((p, i) => {
    const key = oppKeyOf(p.opp.id);
    if (wanted.has(key)) raise(byOpp, key, levelOf(i));
  });
  return (lead) =>
    lead.convertedOpportunityId === null
      ? 0
      : (byOpp.get(oppKeyOf(lead.convertedOpportunityId)) ?? 0);
}

/** Each cohort lead's link level through opportunities whose `leadId` is its id (15/18 as one). */
export function leadLinks(
  ctx: MetricContext,
  cohortLeads: readonly Lead[],
  levelOf: (i: number) => LinkLevel,
): (lead: Lead) => LinkLevel {
  const leadKeyOf = idKeyer(
    cohortLeads.map((l) => l.id),
    oppIdShapes(ctx.opps, 'leadId'),
  );
  // Not through `forEachWith`: no other section indexes lead ids, and indexing every
  // opportunity's would cost more than asking each once whether the cohort wants it.
  const wanted = new Set(cohortLeads.map((l) => leadKeyOf(l.id)));
  const byLead = new Map<string, LinkLevel>();
  ctx.opps.forEach((p, i) => {
    if (p.opp.leadId === null) return;
    const key = leadKeyOf(p.opp.leadId);
    if (wanted.has(key)) raise(byLead, key, levelOf(i));
  });
  return (lead) => byLead.get(leadKeyOf(lead.id)) ?? 0;
}

/** Raises a key's level to `level` when higher. */
function raise(map: Map<string, LinkLevel>, key: string, level: LinkLevel): void {
  if ((map.get(key) ?? 0) < level) map.set(key, level);
}

/**
 * The funnel by channel of metrics.md §7: the cohort of leads created in `cohort` (default P;
 * cut at D), per raw lead source as written (blank as `(none)`), and how many reached MQL,
 * SQL, opportunity and won by D. A lead links to an opportunity through its
 * `convertedOpportunityId` or the opportunity's `leadId` (§5; 15/18-character ids as one);
 * `ctx.opps` holds only opportunities that exist at D. A later stage implies the earlier ones.
 * Keys are ordered by cohort size, largest first, then by name.
 */
export function computeFunnelByChannel(
  ctx: MetricContext,
  leads: readonly Lead[],
  cohort: Pick<FiscalQuarter, 'start' | 'end'> = ctx.period,
): Record<string, FunnelStages> {
  const { asOf } = ctx;
  const w = creationWindow(cohort, asOf);
  const cohortLeads = leads.filter((l) => inWindow(l.createdDate, w));

  // A deal counts as won only with a known close date by D (metrics-decisions: outcomes after D).
  const levelOf = (i: number): LinkLevel => {
    const { opp } = ctx.opps[i];
    return opp.status === 'won' && opp.closeDate !== null && opp.closeDate <= asOf ? 2 : 1;
  };
  const viaConvertedOf = convertedLinks(ctx, cohortLeads, levelOf);
  const viaLeadOf = leadLinks(ctx, cohortLeads, levelOf);

  const reached = (d: IsoDate | null): boolean => d !== null && d <= asOf;
  const tallies = new Map<string, FunnelStages>();
  for (const lead of cohortLeads) {
    const linked = Math.max(viaConvertedOf(lead), viaLeadOf(lead));
    const won = linked === 2 || reached(lead.customerDate);
    const opportunity = won || linked >= 1 || reached(lead.opportunityDate);
    const sql = opportunity || reached(lead.sqlDate);
    const mql = sql || reached(lead.mqlDate);
    const key = funnelKey(lead.leadSource);
    let t = tallies.get(key);
    if (t === undefined) {
      t = { leads: 0, mql: 0, sql: 0, opportunity: 0, won: 0 };
      tallies.set(key, t);
    }
    t.leads++;
    if (mql) t.mql++;
    if (sql) t.sql++;
    if (opportunity) t.opportunity++;
    if (won) t.won++;
  }
  const entries = [...tallies.entries()].sort(([a, x], [b, y]) =>
    y.leads !== x.leads ? y.leads - x.leads : a < b ? -1 : a > b ? 1 : 0,
  );
  // fromEntries defines own properties, so a source written `__proto__` is an ordinary key.
  return Object.fromEntries(entries);
}
