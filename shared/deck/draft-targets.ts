import { formatDate, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';
import type { TargetResult } from '../metrics/targets';
import { DEMAND_SOURCE_COLORS, DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../palette';
import { drillPath } from './drill-path';
import { joinPhrases, moneyIn, plural, type DraftContext } from './draft-context';
import type { DraftedSlide, Kpi, TableRow } from './slide-content';
import { TABLE_ROWS_UNDER_KPIS } from './top-rows';
import { unavailableSlide } from './unavailable-slide';

/** The swatch of a target for every demand source (`all`). */
const ALL_SOURCES_COLOR = '#475569';

/** The demand sources a target can name, in the palette's order. */
const KNOWN_SOURCES = ['marketing', 'sales', 'tele', 'channel'] as const;

/** A target said in a sentence: "Marketing pipeline in Enterprise", "total revenue". */
export function describeTarget(t: Pick<TargetResult, 'demandSource' | 'segment' | 'kind'>): string {
  const segment = t.segment === 'all' ? '' : ` in ${SEGMENT_LABELS[t.segment]}`;
  if (t.demandSource !== 'all')
    return `${DEMAND_SOURCE_LABELS[t.demandSource]} ${t.kind}${segment}`;
  return t.segment === 'all' ? `total ${t.kind}` : `${t.kind}${segment}`;
}

/** One target as a table row, with the drill-downs of its target and actual amounts. */
function targetRow(t: TargetResult, index: number, money: (v: number) => string): TableRow {
  return {
    cells: [
      t.demandSource === 'all' ? 'All sources' : DEMAND_SOURCE_LABELS[t.demandSource],
      t.segment === 'all' ? 'All segments' : SEGMENT_LABELS[t.segment],
      t.kind === 'pipeline' ? 'Pipeline created' : 'Revenue landed',
      money(t.target),
      money(t.actual),
      formatPercent(t.attainment),
      t.onPace === null ? 'n/a' : t.onPace ? 'On pace' : 'Behind',
    ],
    swatch: t.demandSource === 'all' ? ALL_SOURCES_COLOR : DEMAND_SOURCE_COLORS[t.demandSource],
    emphasis: t.onPace === false ? 'warning' : undefined,
    drill: [
      null,
      null,
      null,
      { path: drillPath('targets', index, 'target'), measure: 'sum' },
      { path: drillPath('targets', index, 'actual'), measure: 'sum' },
      null,
      null,
    ],
  };
}

/** Each known demand source's share of created and landed, said once in the notes. */
function sharesNote(report: Report): string {
  const parts = KNOWN_SOURCES.map((s) => {
    const { createdShare, landedShare } = report.sourceShares[s];
    return `${DEMAND_SOURCE_LABELS[s]} ${formatPercent(createdShare)} and ${formatPercent(landedShare)}`;
  });
  return `Of the pipeline created and the revenue landed in ${report.period.label}, each source's share is: ${joinPhrases(parts)}.`;
}

/**
 * Contribution vs targets (metrics.md §9): each target of P beside the pipeline created or
 * revenue landed by its demand source and segment, attainment and pace against elapsed(P),
 * and each demand source's share of created and landed. Unavailable without targets for P.
 */
export function draftTargets(report: Report, context: DraftContext): DraftedSlide {
  const { period, targets } = report;
  const p = period.label;
  const title = `Contribution vs targets · ${p}`;
  const elapsed = formatPercent(period.elapsed);
  const asOf = formatDate(period.asOf < period.end ? period.asOf : period.end);
  const footnote = `Attainment = actual ÷ target; on pace when attainment ≥ the share of ${p} elapsed, ${elapsed} on ${asOf}.`;
  if (targets === null || targets.length === 0) {
    return unavailableSlide({
      title,
      reason:
        targets === null
          ? 'Import targets to see contribution against them.'
          : `None of the imported targets is for ${p}: import targets for ${p} to see contribution against them.`,
      shows: `This slide sets pipeline created and revenue landed in ${p} against each target, with attainment and pace.`,
      footnote,
    });
  }
  const m = moneyIn(context);
  const measured = targets.filter((t) => t.attainment !== null);
  const onPace = measured.filter((t) => t.onPace === true);
  const worst = measured.reduce<TargetResult | null>(
    (low, t) => (low === null || (t.attainment ?? 0) < (low.attainment ?? 0) ? t : low),
    null,
  );
  let headline: string;
  if (measured.length === 0) {
    headline = `None of the ${plural(targets.length, 'target')} for ${p} has an amount to measure against.`;
  } else {
    const lead = `${onPace.length} of ${plural(measured.length, 'target')} ${measured.length === 1 ? 'is' : 'are'} on pace with ${elapsed} of ${p} behind us`;
    headline =
      worst !== null && worst.onPace === false
        ? `${lead}; furthest behind is ${describeTarget(worst)} at ${formatPercent(worst.attainment)} of its ${m(worst.target)} target.`
        : `${lead}.`;
  }
  // The largest targets first, so a long file shows what matters most; each keeps its report index.
  const ranked = targets
    .map((t, index) => ({ t, index }))
    .sort((a, b) => b.t.target - a.t.target || a.index - b.index);
  const fits = ranked.length <= TABLE_ROWS_UNDER_KPIS;
  const shown = fits ? ranked : ranked.slice(0, TABLE_ROWS_UNDER_KPIS - 1);
  const rest = fits ? [] : ranked.slice(TABLE_ROWS_UNDER_KPIS - 1);
  const rows = shown.map(({ t, index }) => targetRow(t, index, m));
  if (rest.length > 0) {
    const restOnPace = rest.filter(({ t }) => t.onPace === true).length;
    rows.push({
      cells: [plural(rest.length, 'more target'), '', '', '', '', '', `${restOnPace} on pace`],
      emphasis: 'muted',
    });
  }
  const shareKpis: Kpi[] = KNOWN_SOURCES.map((s) => ({
    label: `${DEMAND_SOURCE_LABELS[s]} share`,
    value: formatPercent(report.sourceShares[s].createdShare),
    detail: `of created · ${formatPercent(report.sourceShares[s].landedShare)} of landed`,
    tone: s === 'marketing' ? 'brand' : 'neutral',
  }));
  return {
    title,
    headline,
    notes: [
      `Pipeline targets count the pipeline created in ${p} up to ${asOf}, revenue targets the revenue landed, each for its demand source and segment.`,
      `A target is on pace when its attainment is at least the ${elapsed} of the quarter behind us; ${onPace.length} of ${measured.length} are.`,
      sharesNote(report),
      rest.length > 0
        ? `The table lists the ${TABLE_ROWS_UNDER_KPIS - 1} largest targets; the other ${rest.length} are summed up in its last row.`
        : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
    visual: {
      type: 'table',
      compact: true,
      columns: [
        { label: 'Demand source', align: 'left' },
        { label: 'Segment', align: 'left' },
        { label: 'Measure', align: 'left' },
        { label: 'Target', align: 'right' },
        { label: 'Actual', align: 'right' },
        { label: 'Attainment', align: 'right' },
        { label: `Pace (${elapsed} elapsed)`, align: 'right' },
      ],
      rows,
    },
    kpis: [
      {
        label: 'Quarter elapsed',
        value: elapsed,
        detail: `by ${asOf}`,
        tone: 'neutral',
      },
      ...shareKpis,
    ],
    footnote,
    unavailable: null,
  };
}
