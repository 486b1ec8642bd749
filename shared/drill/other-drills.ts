import type { ReportContext } from '../metrics/report-context';
import type { Spend, Target, Touchpoint } from '../records';
import type { DrillColumn, DrillResult } from './drill-types';
import { parsePeriod } from '../calendar';
import { channelClassifier, spendCountsIn } from '../metrics/channel-efficiency';
import { touchesOf } from '../metrics/linking';
import { computeStripping } from '../metrics/stripping';
import { fromCents, toCents } from '../money';
import { DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../palette';

const SPEND_COLUMNS: DrillColumn[] = [
  { key: 'channel', label: 'Channel', align: 'left' },
  { key: 'campaign', label: 'Campaign', align: 'left' },
  { key: 'period', label: 'Period', align: 'left' },
  { key: 'date', label: 'Date', align: 'left' },
  { key: 'amount', label: 'Amount', align: 'right' },
];

/** The spend rows of P under one channel label, as `computeChannelEfficiency` adds them up. */
export function spendDrill(
  rc: ReportContext,
  path: string,
  title: string,
  label: string,
): DrillResult {
  const channelOf = channelClassifier();
  const rows = (rc.spend ?? []).filter(
    (row) => spendCountsIn(row, rc.ctx) && channelOf(row.channel).label === label,
  );
  const cents = (s: Spend): number => toCents(s.amount);
  rows.sort(
    (a, b) => cents(b) - cents(a) || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
  );
  return {
    ok: true,
    path,
    title,
    recordKind: 'spend',
    columns: SPEND_COLUMNS,
    rows: rows.map((s) => [s.channel, s.campaign, s.period, s.date, fromCents(cents(s))]),
    count: rows.length,
    sum: fromCents(rows.reduce((sum, s) => sum + cents(s), 0)),
    sumColumn: 'amount',
  };
}

const TOUCH_COLUMNS: DrillColumn[] = [
  { key: 'date', label: 'Date', align: 'left' },
  { key: 'channel', label: 'Channel', align: 'left' },
  { key: 'campaign', label: 'Campaign', align: 'left' },
  { key: 'opportunityId', label: 'Opportunity id', align: 'left' },
  { key: 'accountId', label: 'Account id', align: 'left' },
  { key: 'account', label: 'Account', align: 'left' },
  { key: 'leadId', label: 'Lead id', align: 'left' },
];

/** Touchpoints dated by D that link to no opportunity (§5, §10), read off the report's links. */
export function orphanTouches(rc: ReportContext): Touchpoint[] | null {
  const { links } = rc;
  if (links === null) return null;
  const linked = new Set<Touchpoint>();
  for (let i = 0; i < links.opportunityCount; i++) {
    for (const t of touchesOf(links, i)) linked.add(t);
  }
  return links.touchpoints.filter((t) => t.date <= rc.ctx.asOf && !linked.has(t));
}

/** The drill-down of touchpoints, in date order (no amounts). */
export function touchDrill(
  path: string,
  title: string,
  touches: readonly Touchpoint[],
): DrillResult {
  const rows = [...touches]
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (a.t.date !== b.t.date ? (a.t.date < b.t.date ? -1 : 1) : a.i - b.i))
    .map(({ t }) => [
      t.date,
      t.channel,
      t.campaign,
      t.opportunityId,
      t.accountId,
      t.accountName,
      t.leadId,
    ]);
  return {
    ok: true,
    path,
    title,
    recordKind: 'touchpoint',
    columns: TOUCH_COLUMNS,
    rows,
    count: rows.length,
    sum: null,
    sumColumn: null,
  };
}

const STRIPPED_COLUMNS: DrillColumn[] = [
  { key: 'opportunityId', label: 'Opportunity id', align: 'left' },
  { key: 'account', label: 'Account', align: 'left' },
  { key: 'demandSource', label: 'Demand source', align: 'left' },
  { key: 'createdDate', label: 'Created', align: 'left' },
  { key: 'leadId', label: 'Disqualified lead', align: 'left' },
  { key: 'leadStatus', label: 'Lead status', align: 'left' },
  { key: 'statusDate', label: 'Status date', align: 'left' },
  { key: 'otherLeadIds', label: 'Other leads', align: 'left' },
  { key: 'amount', label: 'Amount', align: 'right' },
];

/** The stripped opportunities of §10 with the lead each pairs with; `null` without leads. */
export function strippedDrill(rc: ReportContext, path: string, title: string): DrillResult | null {
  if (rc.leads === null) return null;
  const result = computeStripping(rc.ctx, rc.leads);
  const pairs = [...result.strippedPairs].sort(
    (a, b) =>
      toCents(b.amount) - toCents(a.amount) ||
      (a.opportunityId < b.opportunityId ? -1 : a.opportunityId > b.opportunityId ? 1 : 0),
  );
  return {
    ok: true,
    path,
    title,
    recordKind: 'opportunity',
    columns: STRIPPED_COLUMNS,
    rows: pairs.map((s) => [
      s.opportunityId,
      s.account,
      DEMAND_SOURCE_LABELS[s.source],
      s.createdDate,
      s.leadId,
      s.leadStatus,
      s.statusDate,
      s.otherLeadIds.join(' '),
      s.amount,
    ]),
    count: pairs.length,
    sum: result.amount,
    sumColumn: 'amount',
  };
}

const TARGET_COLUMNS: DrillColumn[] = [
  { key: 'period', label: 'Period', align: 'left' },
  { key: 'demandSource', label: 'Demand source', align: 'left' },
  { key: 'segment', label: 'Segment', align: 'left' },
  { key: 'kind', label: 'Kind', align: 'left' },
  { key: 'amount', label: 'Target', align: 'right' },
];

/** The targets of P in the order given, as `computeTargets` lists them. */
export function targetsOfP(rc: ReportContext): Target[] {
  const fy = rc.ctx.settings.fiscalYearStartMonth;
  return (rc.targets ?? []).filter((t) => {
    const parsed = parsePeriod(t.period, fy);
    return parsed.ok && parsed.quarter.id === rc.ctx.period.id;
  });
}

/** The drill-down of one target row: the target record itself. */
export function targetDrill(path: string, title: string, target: Target): DrillResult {
  const cents = toCents(target.amount);
  const label = (v: string, labels: Record<string, string>): string => labels[v] ?? v;
  return {
    ok: true,
    path,
    title,
    recordKind: 'target',
    columns: TARGET_COLUMNS,
    rows: [
      [
        target.period,
        target.demandSource === 'all' ? 'All' : label(target.demandSource, DEMAND_SOURCE_LABELS),
        target.segment === 'all' ? 'All' : label(target.segment, SEGMENT_LABELS),
        target.kind,
        fromCents(cents),
      ],
    ],
    count: 1,
    sum: fromCents(cents),
    sumColumn: 'amount',
  };
}
