import type { Report } from '../metrics/report-types';
import type { DrillMeasure } from './drill-types';
import { drillPath, parseDrillPath } from '../deck/drill-path';
import { DEMAND_SOURCES, SEGMENTS } from '../records';
import { SOURCING_DEFINITIONS } from '../settings';
import { LANDING_FIELDS } from './opportunity-drills';
import { FUNNEL_STAGES, LEAD_FIELDS } from './lead-drills';
import { COVERAGE_FIELDS } from './target-account-drills';

/** A figure a drill-down can open: its path and whether the drill's sum or count equals it. */
export interface FigureRef {
  path: string;
  measure: DrillMeasure;
}

/**
 * Figures slides draw that are sums or differences of report keys rather than keys: their
 * value here, from the report alone, so a test can hold the drill-down to them too.
 */
const DERIVED: Readonly<
  Record<string, (report: Report, keys: readonly string[]) => number | null>
> = {
  dueOnTime: (report, keys) => {
    const slice = walk(report, keys.slice(0, -1));
    if (typeof slice !== 'object' || slice === null) return null;
    const { due, overdue } = slice as { due?: unknown; overdue?: unknown };
    return typeof due === 'number' && typeof overdue === 'number'
      ? Math.round(due * 100 - overdue * 100) / 100
      : null;
  },
  'forward.landed': (report) =>
    Math.round(report.forward.quarters.reduce((sum, q) => sum + Math.round(q.landed * 100), 0)) /
    100,
};

/** The value at a list of keys, or `undefined`. */
function walk(value: unknown, keys: readonly string[]): unknown {
  let at: unknown = value;
  for (const k of keys) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, k)) return undefined;
    at = (at as Record<string, unknown>)[k];
  }
  return at;
}

/**
 * The figure a drill path names in the report: its value, a derived figure's (`…dueOnTime`,
 * `forward.landed`), or `null` when the path names no number.
 */
export function figureAt(report: Report, path: string): number | null {
  const keys = parseDrillPath(path);
  if (keys === null) return null;
  const derived = DERIVED[keys.join('.')] ?? DERIVED[keys[keys.length - 1] ?? ''];
  if (derived !== undefined && walk(report, keys) === undefined) return derived(report, keys);
  const value = walk(report, keys);
  return typeof value === 'number' ? value : null;
}

const COUNT_KEYS = new Set<string>([
  'createdCount',
  'dueInfluencedCount',
  'opportunities',
  'undated',
  'overdueCount',
  'touchedOpportunities',
  'orphanTouchpoints',
  'strippedPairs',
  'netNewProspect',
  'netNewCustomer',
  'prospect',
  'customer',
  ...LEAD_FIELDS.filter((f) => f !== 'created'),
  ...FUNNEL_STAGES,
  ...COVERAGE_FIELDS,
]);

/** Whether a path's figure is a count of records (else a sum of their amounts). */
export function measureOf(path: string): DrillMeasure {
  const keys = parseDrillPath(path) ?? [];
  const last = keys[keys.length - 1] ?? '';
  if (keys[0] === 'create' && keys[1] === 'leads') return 'count';
  return COUNT_KEYS.has(last) ? 'count' : 'sum';
}

/** Every money and count figure of the report that a drill-down opens, in report order. */
export function figurePaths(report: Report): FigureRef[] {
  const out: string[] = [];
  const add = (...keys: (string | number)[]): void => {
    out.push(drillPath(...keys));
  };
  const l = report.landings;
  for (const f of LANDING_FIELDS) add('landings', f);
  for (const s of DEMAND_SOURCES)
    for (const f of LANDING_FIELDS) add('landings', 'byDemandSource', s, f);
  for (const g of SEGMENTS) for (const f of LANDING_FIELDS) add('landings', 'bySegment', g, f);
  if (l.influenced !== null) for (const f of ['landed', 'due']) add('landings', 'influenced', f);
  if (l.acceleration !== null) {
    add('landings', 'acceleration', 'dueInfluencedAmount');
    add('landings', 'acceleration', 'dueInfluencedCount');
  }
  const c = report.create;
  const created = ['created', 'createdCount'];
  for (const f of created) add('create', f);
  for (const s of DEMAND_SOURCES) for (const f of created) add('create', 'byDemandSource', s, f);
  for (const g of SEGMENTS) for (const f of created) add('create', 'bySegment', g, f);
  for (const s of DEMAND_SOURCES)
    for (const g of SEGMENTS) for (const f of created) add('create', 'bySourceAndSegment', s, g, f);
  for (const f of created) add('create', 'previousQuarter', f);
  for (const f of created) add('create', 'yearAgo', f);
  if (c.leads !== null) for (const f of LEAD_FIELDS) add('create', 'leads', f);
  if (c.funnelByChannel !== null) {
    for (const key of Object.keys(c.funnelByChannel))
      for (const f of FUNNEL_STAGES) add('create', 'funnelByChannel', key, f);
  }
  if (c.meetings !== null) {
    add('create', 'meetings', 'netNewProspect');
    add('create', 'meetings', 'netNewCustomer');
    c.meetings.byWeek.forEach((_, i) => {
      add('create', 'meetings', 'byWeek', i, 'prospect');
      add('create', 'meetings', 'byWeek', i, 'customer');
    });
  }
  if (c.targetAccounts !== null)
    for (const f of COVERAGE_FIELDS) add('create', 'targetAccounts', f);
  if (c.channelEfficiency !== null) {
    for (const key of Object.keys(c.channelEfficiency))
      for (const f of ['spend', 'pipeline', 'opportunities'])
        add('create', 'channelEfficiency', key, f);
  }
  add('forward', 'landed');
  report.forward.quarters.forEach((_, i) => add('forward', 'quarters', i, 'landed'));
  report.targets?.forEach((_, i) => {
    add('targets', i, 'target');
    add('targets', i, 'actual');
  });
  if (report.attribution !== null && report.attribution !== undefined) {
    add('attribution', 'landed');
    add('attribution', 'due');
    add('attribution', 'touchedOpportunities');
  }
  const i = report.integrity;
  add('integrity', 'undated');
  add('integrity', 'overdueCount');
  if (i.orphanTouchpoints !== null) add('integrity', 'orphanTouchpoints');
  if (i.strippedPairs !== null) {
    add('integrity', 'strippedPairs');
    add('integrity', 'strippedAmount');
  }
  for (const d of SOURCING_DEFINITIONS) {
    if (report.definitions.comparison[d] === null) continue;
    for (const s of DEMAND_SOURCES) {
      for (const f of ['landed', 'due', 'total'])
        add('definitions', 'comparison', d, 'landings', s, f);
      for (const f of created) add('definitions', 'comparison', d, 'created', s, f);
    }
  }
  return out.map((path) => ({ path, measure: measureOf(path) }));
}
