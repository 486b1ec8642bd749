import { daysBetween } from '../calendar';
import { formatCount, formatDate, formatPercent } from '../format';
import type { FunnelStages } from '../metrics/leads-funnel';
import type { Report } from '../metrics/report-types';
import { displayText } from '../text/display';
import { drillPath } from './drill-path';
import { plural, share } from './draft-context';
import type { DraftedSlide, DrillRef, TableRow } from './slide-content';
import { TABLE_ROWS_UNDER_KPIS, topWithOther } from './top-rows';
import { unavailableSlide } from './unavailable-slide';

/** The funnel stages in the order the table shows them. */
const STAGES = ['leads', 'mql', 'sql', 'opportunity', 'won'] as const;

/** Under this many leads, a channel's conversion rates swing with a handful of leads. */
const LOW_SAMPLE_LEADS = 20;

/** Most characters of a raw lead source a table cell shows. */
const SOURCE_MAX = 32;

/** Sums the stage counts of several channels. */
function sumStages(items: readonly FunnelStages[]): FunnelStages {
  const total: FunnelStages = { leads: 0, mql: 0, sql: 0, opportunity: 0, won: 0 };
  for (const s of items) for (const stage of STAGES) total[stage] += s[stage];
  return total;
}

/** A channel's row: its counts (each with its drill-down when it is one report key) and conversion rates. */
function funnelRow(
  label: string,
  f: FunnelStages,
  drill: (stage: string) => DrillRef | null,
): TableRow {
  return {
    cells: [
      label,
      ...STAGES.map((stage) => formatCount(f[stage])),
      formatPercent(share(f.opportunity, f.leads)),
      formatPercent(share(f.won, f.leads)),
    ],
    drill: [null, ...STAGES.map(drill), null, null],
  };
}

/**
 * The lead funnel (metrics.md §7): leads created, MQLs, SQLs and converted in P as tiles, and
 * P's lead cohort per raw lead source with how far it got by D. The largest channels by leads
 * are listed and the rest summed in one "Other" row. Unavailable without leads.
 */
export function draftFunnel(report: Report): DraftedSlide {
  const { period, create } = report;
  const p = period.label;
  const title = `Funnel by channel · ${p}`;
  const footnote =
    'Cohort: leads created this quarter, by raw lead source (blank as “(none)”); opportunity and won through the lead’s converted deal or the deal’s lead id.';
  const leads = create.leads;
  const funnel = create.funnelByChannel;
  if (leads === null || funnel === null) {
    return unavailableSlide({
      title,
      reason: 'Import leads to see the funnel by channel.',
      shows: `This slide follows the leads created in ${p} through MQL, SQL, opportunity and won, per lead source.`,
      footnote,
    });
  }
  const cut = period.asOf < period.end ? period.asOf : period.end;
  const asOf = formatDate(cut);
  const entries = Object.entries(funnel);
  const cohort = sumStages(entries.map(([, f]) => f));
  const { top, other } = topWithOther(entries, TABLE_ROWS_UNDER_KPIS, sumStages);
  const rows = top.map(([source, f]) =>
    funnelRow(displayText(source, SOURCE_MAX), f, (stage) => ({
      path: drillPath('create', 'funnelByChannel', source, stage),
      measure: 'count',
    })),
  );
  if (other !== null) {
    rows.push({
      ...funnelRow(`Other (${plural(other.count, 'channel')})`, other.figures, () => null),
      emphasis: 'muted',
    });
  }
  const [leader, leaderFigures] = entries[0] ?? [null, null];
  const created = formatCount(leads.created);
  const headline =
    leads.created === 0 && cohort.leads === 0
      ? `No leads have been created in ${p} yet.`
      : `We created ${created} leads in ${p}: ${formatCount(leads.mqls)} MQLs, ${formatCount(leads.sqls)} SQLs and ${formatCount(leads.converted)} converted${
          leader !== null && leaderFigures !== null
            ? `; ${displayText(leader, SOURCE_MAX)} brought the most, ${formatCount(leaderFigures.leads)}.`
            : '.'
        }`;
  const small = entries.filter(([, f]) => f.leads < LOW_SAMPLE_LEADS).length;
  const days = Math.max(daysBetween(period.start, cut) + 1, 0);
  return {
    title,
    headline,
    notes: [
      `Leads created, MQLs, SQLs and converted each count the leads whose date for that stage falls in ${p} up to ${asOf}.`,
      `The table follows the ${formatCount(cohort.leads)} leads created in ${p} by lead source and counts how far each got by ${asOf}; a lead that reached a later stage counts in the earlier ones too.`,
      `These leads have had at most ${plural(days, 'day')} to convert, so opportunity and won will keep rising.`,
      small > 0
        ? `${small} of the ${plural(entries.length, 'channel')} ${small === 1 ? 'has' : 'have'} under ${LOW_SAMPLE_LEADS} leads, so ${small === 1 ? 'its rates swing' : 'their rates swing'} with a handful of leads.`
        : '',
      other !== null ? `The ${other.count} smallest channels are summed in “Other”.` : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
    visual:
      entries.length === 0
        ? { type: 'empty', message: `No leads created in ${p} yet` }
        : {
            type: 'table',
            compact: true,
            columns: [
              { label: 'Lead source', align: 'left' },
              { label: 'Leads', align: 'right' },
              { label: 'MQL', align: 'right' },
              { label: 'SQL', align: 'right' },
              { label: 'Opportunity', align: 'right' },
              { label: 'Won', align: 'right' },
              { label: 'Lead → opp.', align: 'right' },
              { label: 'Lead → won', align: 'right' },
            ],
            rows,
          },
    kpis: [
      {
        label: 'Leads created',
        value: created,
        detail: `created in ${p}`,
        tone: 'brand',
        drill: { path: drillPath('create', 'leads', 'created'), measure: 'count' },
      },
      {
        label: 'MQLs',
        value: formatCount(leads.mqls),
        detail: `reached MQL in ${p}`,
        tone: 'neutral',
        drill: { path: drillPath('create', 'leads', 'mqls'), measure: 'count' },
      },
      {
        label: 'SQLs',
        value: formatCount(leads.sqls),
        detail: `reached SQL in ${p}`,
        tone: 'neutral',
        drill: { path: drillPath('create', 'leads', 'sqls'), measure: 'count' },
      },
      {
        label: 'Converted',
        value: formatCount(leads.converted),
        detail: `converted in ${p}`,
        tone: 'positive',
        drill: { path: drillPath('create', 'leads', 'converted'), measure: 'count' },
      },
    ],
    footnote,
    unavailable: null,
  };
}
