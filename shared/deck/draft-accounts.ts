import type { ChannelFigures } from '../metrics/channel-efficiency';
import { formatCount, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';
import type { TargetAccountFigures } from '../metrics/target-accounts';
import { LANDING_COLORS } from '../palette';
import { displayText } from '../text/display';
import { drillPath } from './drill-path';
import { moneyIn, plural, share, type DraftContext } from './draft-context';
import type { ChartSpec, DraftedSlide, Kpi, TableRow, TableSpec } from './slide-content';
import { TABLE_ROWS_UNDER_KPIS, topWithOther } from './top-rows';
import { unavailableSlide } from './unavailable-slide';

/** Most channel rows when the table has the whole slide body (no coverage tiles above it). */
const TABLE_ROWS_FULL = 9;

/** Under this many opportunities, a channel's cost per opportunity swings with one deal. */
const LOW_SAMPLE_OPPORTUNITIES = 5;

/** Most characters of a channel name a table cell shows. */
const CHANNEL_MAX = 32;

/** The coverage steps, in funnel order, as the tiles and the bar chart name them. */
const COVERAGE = [
  { key: 'accounts', label: 'Target accounts', detail: 'on the list' },
  { key: 'touched', label: 'Touched', detail: 'touched this quarter' },
  { key: 'met', label: 'Met', detail: 'met this quarter' },
  { key: 'withPipeline', label: 'With pipeline', detail: 'have open pipeline' },
  { key: 'won', label: 'Won', detail: 'won in 4 quarters' },
] as const satisfies readonly { key: keyof TargetAccountFigures; label: string; detail: string }[];

/** Pipeline per unit of spend, as a multiple ("4.2×"); `n/a` without spend. */
function multiple(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return `${value >= 10 ? formatCount(value) : (Math.round(value * 10) / 10).toFixed(1)}×`;
}

/** The sum of several channels, its ratios worked out again from the sums. */
function sumChannels(items: readonly ChannelFigures[]): ChannelFigures {
  let spend = 0;
  let pipeline = 0;
  let opportunities = 0;
  for (const c of items) {
    spend += c.spend;
    pipeline += c.pipeline;
    opportunities += c.opportunities;
  }
  return {
    spend,
    pipeline,
    opportunities,
    costPerOpportunity: opportunities === 0 ? null : spend / opportunities,
    pipelinePerSpend: spend === 0 ? null : pipeline / spend,
  };
}

/** Channels by pipeline, largest first, then by name. */
function rankChannels(channels: Record<string, ChannelFigures>): [string, ChannelFigures][] {
  return Object.entries(channels).sort(
    ([a, x], [b, y]) => y.pipeline - x.pipeline || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** The channel-efficiency table: the largest channels by pipeline and one "Other" row for the rest. */
function channelTable(
  ranked: [string, ChannelFigures][],
  max: number,
  money: (v: number) => string,
  currency: string | null,
): TableSpec {
  const { top, other } = topWithOther(ranked, max, sumChannels);
  const cells = (label: string, c: ChannelFigures) => [
    label,
    money(c.spend),
    money(c.pipeline),
    formatCount(c.opportunities),
    // A channel without spend (sales' own, say) has no cost to divide: "$0" would read as free.
    c.costPerOpportunity === null || c.spend === 0 ? 'n/a' : money(c.costPerOpportunity),
    multiple(c.pipelinePerSpend),
  ];
  const rows: TableRow[] = top.map(([key, c]) => ({
    cells: cells(displayText(key, CHANNEL_MAX), c),
    drill: [
      null,
      { path: drillPath('create', 'channelEfficiency', key, 'spend'), measure: 'sum' },
      { path: drillPath('create', 'channelEfficiency', key, 'pipeline'), measure: 'sum' },
      { path: drillPath('create', 'channelEfficiency', key, 'opportunities'), measure: 'count' },
      null,
      null,
    ],
  }));
  if (other !== null) {
    rows.push({
      cells: cells(`Other (${plural(other.count, 'channel')})`, other.figures),
      emphasis: 'muted',
    });
  }
  return {
    type: 'table',
    compact: true,
    columns: [
      { label: 'Channel', align: 'left' },
      { label: 'Spend', align: 'right' },
      { label: 'Pipeline', align: 'right' },
      { label: 'Opportunities', align: 'right' },
      { label: 'Cost per opp.', align: 'right' },
      { label: `Pipeline per ${currency ?? 'unit'} spent`, align: 'right' },
    ],
    rows,
  };
}

/** The coverage tiles: each step's account count with its share of the list. */
function coverageKpis(t: TargetAccountFigures): Kpi[] {
  return COVERAGE.map(({ key, label, detail }) => ({
    label,
    value: formatCount(t[key]),
    detail: key === 'accounts' ? detail : `${formatPercent(share(t[key], t.accounts))} ${detail}`,
    tone: key === 'accounts' ? 'brand' : key === 'won' ? 'positive' : 'neutral',
    drill: { path: drillPath('create', 'targetAccounts', key), measure: 'count' },
  }));
}

/** The coverage as a funnel of horizontal bars, for a slide without the channel table. */
function coverageChart(t: TargetAccountFigures): ChartSpec {
  return {
    type: 'chart',
    kind: 'bar',
    horizontal: true,
    axisFormat: 'count',
    dataLabels: true,
    labels: COVERAGE.map((c) => c.label),
    datasets: [
      {
        label: 'Accounts',
        values: COVERAGE.map((c) => t[c.key]),
        color: COVERAGE.map((c) =>
          c.key === 'won'
            ? LANDING_COLORS.landed
            : c.key === 'accounts'
              ? '#475569'
              : LANDING_COLORS.due,
        ),
        legendColor: LANDING_COLORS.due,
        drill: COVERAGE.map((c) => ({
          path: drillPath('create', 'targetAccounts', c.key),
          measure: 'count' as const,
        })),
      },
    ],
  };
}

/**
 * Target-account coverage and channel efficiency (metrics.md §7): the list's accounts that were
 * touched, met, have pipeline or won, and per channel spend, pipeline, opportunities, cost per
 * opportunity and pipeline per unit of spend. Either half is drawn alone when only its records
 * were imported; unavailable when neither was.
 */
export function draftAccounts(report: Report, context: DraftContext): DraftedSlide {
  const { period, create } = report;
  const p = period.label;
  const title = `Target accounts and channels · ${p}`;
  const coverage = create.targetAccounts;
  const channels = create.channelEfficiency;
  const footnote =
    'Coverage counts distinct accounts on the list (by id, else name). A channel’s pipeline is the deals created this quarter whose lead source is that channel.';
  if (coverage === null && channels === null) {
    return unavailableSlide({
      title,
      reason:
        'Import a target-account list or marketing spend to see account coverage and channel efficiency.',
      shows: `This slide shows how far ${p} reached the target accounts, and what each channel's spend brought in pipeline.`,
      footnote,
    });
  }
  const m = moneyIn(context);
  const ranked = channels === null ? [] : rankChannels(channels);
  const [leader, lead] = ranked[0] ?? [null, null];
  const pct = (part: number) =>
    formatPercent(coverage === null ? null : share(part, coverage.accounts));
  const coverageSentence =
    coverage === null
      ? null
      : `We touched ${pct(coverage.touched)} of our ${formatCount(coverage.accounts)} target accounts in ${p} and ${pct(coverage.withPipeline)} have open pipeline`;
  const channelSentence =
    leader === null || lead === null || lead.pipeline === 0
      ? null
      : `${displayText(leader, CHANNEL_MAX)} brought the most pipeline, ${m(lead.pipeline)}${
          lead.costPerOpportunity === null || lead.spend === 0
            ? ''
            : ` at ${m(lead.costPerOpportunity)} per opportunity`
        }`;
  const headline =
    coverageSentence !== null && channelSentence !== null
      ? `${coverageSentence}; ${channelSentence}.`
      : coverageSentence !== null
        ? `${coverageSentence}.`
        : channelSentence !== null
          ? `${channelSentence} in ${p}.`
          : `No pipeline created in ${p} traces to a channel with spend yet.`;
  const small = ranked.filter(
    ([, c]) => c.spend > 0 && c.opportunities > 0 && c.opportunities < LOW_SAMPLE_OPPORTUNITIES,
  ).length;
  const notes = [
    coverage === null
      ? 'Import a target-account list to see coverage here too.'
      : `Of ${formatCount(coverage.accounts)} target accounts, ${formatCount(coverage.touched)} had a touch in ${p}, ${formatCount(coverage.met)} a meeting, ${formatCount(coverage.withPipeline)} have open pipeline and ${formatCount(coverage.won)} won a deal in the last four quarters.`,
    channels === null
      ? 'Import marketing spend to see cost per opportunity and pipeline per unit of spend by channel.'
      : `Cost per opportunity is spend ÷ opportunities and pipeline per unit of spend is pipeline ÷ spend, both over deals created in ${p}, which are still young.`,
    small > 0
      ? `${plural(small, 'channel')} with spend ${small === 1 ? 'has' : 'have'} under ${LOW_SAMPLE_OPPORTUNITIES} opportunities, so ${small === 1 ? 'its' : 'their'} cost per opportunity swings with a single deal.`
      : '',
    ranked.length > (coverage === null ? TABLE_ROWS_FULL : TABLE_ROWS_UNDER_KPIS)
      ? 'The smaller channels are summed in “Other”.'
      : '',
  ].filter((s) => s !== '');
  return {
    title,
    headline,
    notes: notes.join(' '),
    visual:
      channels === null
        ? coverage === null
          ? null
          : coverageChart(coverage)
        : ranked.length === 0
          ? { type: 'empty', message: `No spend or pipeline by channel in ${p} yet` }
          : channelTable(
              ranked,
              coverage === null ? TABLE_ROWS_FULL : TABLE_ROWS_UNDER_KPIS,
              m,
              context.currency,
            ),
    kpis: coverage !== null && channels !== null ? coverageKpis(coverage) : [],
    footnote:
      channels === null
        ? `${footnote} Import marketing spend to add channel efficiency.`
        : coverage === null
          ? `${footnote} Import a target-account list to add coverage.`
          : footnote,
    unavailable: null,
  };
}
