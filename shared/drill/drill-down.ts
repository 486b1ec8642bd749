import type { ReportContext } from '../metrics/report-context';
import type { PreparedOpportunity } from '../metrics/prepared';
import type { DrillError, DrillResult } from './drill-types';
import { dayNumber } from '../calendar';
import { parseDrillPath } from '../deck/drill-path';
import { isoWeekOfDay } from '../metrics/meetings';
import { createdIn, creationWindow } from '../metrics/created';
import { channelClassifier } from '../metrics/channel-efficiency';
import { inPeriod } from '../metrics/definitions';
import { isSourcedBy, sourceClassifier, withSources } from '../metrics/sourcing';
import { landedIn } from '../metrics/targets';
import { DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../palette';
import { DEMAND_SOURCES, SEGMENTS, type DemandSource, type Segment } from '../records';
import {
  createdOpps,
  forwardLandedOpps,
  influencedOpps,
  isLandingField,
  landingOpps,
  type CreationSpan,
  type LandingField,
} from './opportunity-drills';
import { opportunityDrill } from './opportunity-rows';
import { FUNNEL_STAGES, LEAD_FIELDS, funnelLeads, leadDrill, leadFigureLeads } from './lead-drills';
import { meetingDrill, netNewMeetings } from './meeting-drills';
import { COVERAGE_FIELDS, coverageAccounts, targetAccountDrill } from './target-account-drills';
import {
  orphanTouches,
  spendDrill,
  strippedDrill,
  targetDrill,
  targetsOfP,
  touchDrill,
} from './other-drills';

const LANDING_LABELS: Record<LandingField, string> = {
  landed: 'Landed',
  due: 'Due',
  overdue: 'Overdue',
  lost: 'Lost',
  total: 'Landings total',
  dueOnTime: 'Due, on time',
};

const isSource = (v: string | undefined): v is DemandSource =>
  v !== undefined && (DEMAND_SOURCES as readonly string[]).includes(v);
const isSegment = (v: string | undefined): v is Segment =>
  v !== undefined && (SEGMENTS as readonly string[]).includes(v);
const isCreatedField = (v: string | undefined): v is 'created' | 'createdCount' =>
  v === 'created' || v === 'createdCount';
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

/** Asks for something the report has no records for. */
function unknown(path: string): DrillError {
  return {
    ok: false,
    path,
    error: `"${path}" is not a figure the drill-down knows: use a money or count figure's path in the report, such as landings.byDemandSource.marketing.landed.`,
  };
}

/** Names the kind whose import a figure needs. */
function notImported(path: string, kind: string): DrillError {
  return {
    ok: false,
    path,
    error: `"${path}" rests on ${kind}, and none were imported, so the report has no such figure.`,
  };
}

/**
 * The records behind one figure of the report (metrics.md §10), selected with the predicates
 * the metric modules use, so the count or the sum equals the figure at `path` (a path
 * `drillPath` writes: `landings.byDemandSource.marketing.landed`, `forward.quarters.0.landed`,
 * `["create","funnelByChannel","Web.Inbound","mql"]`). An unknown path gets an error naming it.
 */
export function drillDown(rc: ReportContext, path: string): DrillResult | DrillError {
  const keys = parseDrillPath(path);
  if (keys === null) return unknown(path);
  const p = rc.ctx.period.label;
  const opps = (title: string, list: readonly PreparedOpportunity[]): DrillResult =>
    opportunityDrill(path, `${title} · ${p}`, list);
  const [head, a, b, c, d, e] = keys;

  if (head === 'landings') {
    if (isLandingField(a ?? '') && keys.length === 2) {
      const field = a as LandingField;
      return opps(LANDING_LABELS[field], landingOpps(rc, rc.ctx.opps, field));
    }
    if (
      (a === 'byDemandSource' || a === 'bySegment') &&
      keys.length === 4 &&
      isLandingField(c ?? '')
    ) {
      const field = c as LandingField;
      if (a === 'byDemandSource' && isSource(b)) {
        return opps(
          `${LANDING_LABELS[field]} · ${DEMAND_SOURCE_LABELS[b]}`,
          landingOpps(rc, rc.ctx.opps, field, (o) => o.source === b),
        );
      }
      if (a === 'bySegment' && isSegment(b)) {
        return opps(
          `${LANDING_LABELS[field]} · ${SEGMENT_LABELS[b]}`,
          landingOpps(rc, rc.ctx.opps, field, (o) => o.segment === b),
        );
      }
    }
    if (a === 'influenced' && (b === 'landed' || b === 'due') && keys.length === 3) {
      const list = influencedOpps(rc, b);
      if (list === null) return notImported(path, 'touchpoints');
      return opps(`Marketing-influenced ${b}`, list);
    }
    if (
      a === 'acceleration' &&
      (b === 'dueInfluencedAmount' || b === 'dueInfluencedCount') &&
      keys.length === 3
    ) {
      const list = influencedOpps(rc, 'due');
      if (list === null) return notImported(path, 'touchpoints');
      return opps('Marketing-influenced due pipeline', list);
    }
    return unknown(path);
  }

  if (head === 'create') {
    if (isCreatedField(a) && keys.length === 2) return opps('Created', createdOpps(rc, 'period'));
    if (a === 'byDemandSource' && isSource(b) && isCreatedField(c) && keys.length === 4) {
      return opps(
        `Created · ${DEMAND_SOURCE_LABELS[b]}`,
        createdOpps(rc, 'period').filter((o) => o.source === b),
      );
    }
    if (a === 'bySegment' && isSegment(b) && isCreatedField(c) && keys.length === 4) {
      return opps(
        `Created · ${SEGMENT_LABELS[b]}`,
        createdOpps(rc, 'period').filter((o) => o.segment === b),
      );
    }
    if (
      a === 'bySourceAndSegment' &&
      isSource(b) &&
      isSegment(c) &&
      isCreatedField(d) &&
      keys.length === 5
    ) {
      return opps(
        `Created · ${DEMAND_SOURCE_LABELS[b]} · ${SEGMENT_LABELS[c]}`,
        createdOpps(rc, 'period').filter((o) => o.source === b && o.segment === c),
      );
    }
    if ((a === 'previousQuarter' || a === 'yearAgo') && isCreatedField(b) && keys.length === 3) {
      const span: CreationSpan = a;
      return opportunityDrill(
        path,
        `Created by the same day · ${a === 'previousQuarter' ? 'previous quarter' : 'a year ago'}`,
        createdOpps(rc, span),
      );
    }
    if (a === 'leads' && oneOf(LEAD_FIELDS, b) && keys.length === 3) {
      if (rc.leads === null) return notImported(path, 'leads');
      const labels = {
        created: 'Leads created',
        mqls: 'MQLs',
        sqls: 'SQLs',
        converted: 'Leads converted',
      };
      return leadDrill(path, `${labels[b]} · ${p}`, leadFigureLeads(rc, rc.leads, b));
    }
    if (
      a === 'funnelByChannel' &&
      b !== undefined &&
      oneOf(FUNNEL_STAGES, c) &&
      keys.length === 4
    ) {
      if (rc.leads === null) return notImported(path, 'leads');
      return leadDrill(path, `Funnel · ${b} · ${c} · ${p} cohort`, funnelLeads(rc, rc.leads, b, c));
    }
    if (a === 'meetings') {
      if (rc.meetings === null) return notImported(path, 'meetings');
      const all = netNewMeetings(rc, rc.meetings);
      if ((b === 'netNewProspect' || b === 'netNewCustomer') && keys.length === 3) {
        const kind = b === 'netNewProspect' ? 'prospect' : 'customer';
        return meetingDrill(
          path,
          `Net-new ${kind} meetings · ${p}`,
          all.filter((m) => m.kind === kind),
        );
      }
      if (
        b === 'byWeek' &&
        c !== undefined &&
        /^\d+$/.test(c) &&
        (d === 'prospect' || d === 'customer') &&
        keys.length === 5
      ) {
        const week = weekOf(rc, Number(c));
        if (week === null) return unknown(path);
        return meetingDrill(
          path,
          `Net-new ${d} meetings · ${week}`,
          all.filter((m) => m.kind === d && m.week === week),
        );
      }
      return unknown(path);
    }
    if (a === 'targetAccounts' && oneOf(COVERAGE_FIELDS, b) && keys.length === 3) {
      if (rc.targetAccounts === null) return notImported(path, 'target accounts');
      const labels = {
        accounts: 'Target accounts',
        touched: 'Target accounts touched',
        met: 'Target accounts met',
        withPipeline: 'Target accounts with open pipeline',
        won: 'Target accounts won (four quarters)',
      };
      return targetAccountDrill(path, `${labels[b]} · ${p}`, coverageAccounts(rc, b));
    }
    if (a === 'channelEfficiency' && b !== undefined && keys.length === 4) {
      if (rc.spend === null) return notImported(path, 'spend');
      if (c === 'spend') return spendDrill(rc, path, `Spend · ${b} · ${p}`, b);
      if (c === 'pipeline' || c === 'opportunities') {
        const channelOf = channelClassifier();
        return opps(
          `Pipeline created · ${b}`,
          createdOpps(rc, 'period').filter((o) => channelOf(o.opp.leadSource).label === b),
        );
      }
    }
    return unknown(path);
  }

  if (head === 'forward' && keys.length === 2 && a === 'landed') {
    return opps('Won from this quarter’s creation', forwardLandedOpps(rc, null));
  }
  if (
    head === 'forward' &&
    a === 'quarters' &&
    b !== undefined &&
    /^[0-4]$/.test(b) &&
    c === 'landed' &&
    keys.length === 4
  ) {
    return opps(
      `Won from this quarter’s creation, landing in P+${b}`,
      forwardLandedOpps(rc, Number(b)),
    );
  }

  if (
    head === 'targets' &&
    a !== undefined &&
    /^\d+$/.test(a) &&
    (b === 'actual' || b === 'target') &&
    keys.length === 3
  ) {
    if (rc.targets === null) return notImported(path, 'targets');
    const target = targetsOfP(rc)[Number(a)];
    if (target === undefined) return unknown(path);
    const name = `${target.demandSource} · ${target.segment} · ${target.kind}`;
    if (b === 'target') return targetDrill(path, `Target · ${name} · ${p}`, target);
    const window = creationWindow(rc.ctx.period, rc.ctx.asOf);
    const spans = (o: PreparedOpportunity): boolean =>
      (target.demandSource === 'all' || target.demandSource === o.source) &&
      (target.segment === 'all' || target.segment === o.segment);
    const list = rc.ctx.opps.filter(
      (o) => spans(o) && (target.kind === 'pipeline' ? createdIn(o, window) : landedIn(o, rc.ctx)),
    );
    return opps(`Actual · ${name}`, list);
  }

  if (head === 'attribution' && keys.length === 2) {
    // The strip credits the deals of landed and due; the touched ones are the influenced ones (§4 window).
    if (a === 'landed' || a === 'due') {
      if (rc.links === null) return notImported(path, 'touchpoints');
      return opps(`Credited ${a}`, landingOpps(rc, rc.ctx.opps, a));
    }
    if (a === 'touchedOpportunities') {
      const landed = influencedOpps(rc, 'landed');
      const due = influencedOpps(rc, 'due');
      if (landed === null || due === null) return notImported(path, 'touchpoints');
      return opps('Landed and due deals with a touch in their window', [...landed, ...due]);
    }
    return unknown(path);
  }

  if (head === 'integrity' && keys.length === 2) {
    const { asOf } = rc.ctx;
    if (a === 'undated') {
      return opportunityDrill(
        path,
        'Deals without a close date',
        rc.ctx.opps.filter((o) => o.opp.closeDate === null),
      );
    }
    if (a === 'overdueCount') {
      return opportunityDrill(
        path,
        'Open deals past their close date',
        rc.ctx.opps.filter(
          (o) => o.opp.status === 'open' && o.opp.closeDate !== null && o.opp.closeDate < asOf,
        ),
      );
    }
    if (a === 'orphanTouchpoints') {
      const list = orphanTouches(rc);
      if (list === null) return notImported(path, 'touchpoints');
      return touchDrill(path, 'Touchpoints linked to no opportunity', list);
    }
    if (a === 'strippedPairs' || a === 'strippedAmount') {
      return strippedDrill(rc, path, 'Lead-source stripping') ?? notImported(path, 'leads');
    }
    return unknown(path);
  }

  if (head === 'definitions' && a === 'comparison' && isSourcedBy(b) && isSource(d)) {
    const classify = sourceClassifier(b, { settings: rc.ctx.settings, links: rc.links });
    if (classify === null) return notImported(path, 'touchpoints');
    const list = withSources(rc.leadSourced, classify, inPeriod(rc));
    if (c === 'landings' && (e === 'landed' || e === 'due' || e === 'total') && keys.length === 6) {
      return opps(
        `${LANDING_LABELS[e]} · ${DEMAND_SOURCE_LABELS[d]} by ${b}`,
        landingOpps(rc, list, e, (o) => o.source === d),
      );
    }
    if (c === 'created' && isCreatedField(e) && keys.length === 6) {
      return opps(
        `Created · ${DEMAND_SOURCE_LABELS[d]} by ${b}`,
        createdOpps(rc, 'period', list).filter((o) => o.source === d),
      );
    }
  }
  return unknown(path);
}

/** The ISO week of `create.meetings.byWeek[i]`: the i-th week overlapping P up to D. */
function weekOf(rc: ReportContext, i: number): string | null {
  const list = meetingWeeks(rc);
  return list[i] ?? null;
}

/** Every ISO week overlapping P up to D, in order, as `computeMeetings` lists them. */
function meetingWeeks(rc: ReportContext): string[] {
  const span = creationWindow(rc.ctx.period, rc.ctx.asOf);
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  const weeks: string[] = [];
  if (from > to) return weeks;
  for (let monday = from - ((((from + 3) % 7) + 7) % 7); monday <= to; monday += 7) {
    weeks.push(isoWeekOfDay(monday));
  }
  return weeks;
}
