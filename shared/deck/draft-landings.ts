import { formatDate, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';
import {
  DEMAND_SOURCE_COLORS,
  DEMAND_SOURCE_LABELS,
  LANDING_COLORS,
  SEGMENT_LABELS,
} from '../palette';
import { DEMAND_SOURCES, SEGMENTS } from '../records';
import { landingCaveats, moneyIn, share, type DraftContext } from './draft-context';
import { drillPath } from './drill-path';
import type { DraftedSlide, DrillRef } from './slide-content';

/** The records behind a landings figure: its amounts add up to it. */
const sumOf = (...keys: string[]): DrillRef => ({
  path: drillPath('landings', ...keys),
  measure: 'sum',
});

const NOTHING_CLOSED = 'No deals closed in this period yet';

/** The landings summary: landed, due, overdue, lost and expected, split by segment. */
export function draftLandingsSummary(report: Report, context: DraftContext): DraftedSlide {
  const m = moneyIn(context);
  const { landings: l, period, rates } = report;
  const p = period.label;
  const caveats = landingCaveats(report);
  const hasAny = l.total !== 0 || l.lost !== 0;
  let headline: string;
  if (l.total === 0) {
    headline =
      l.lost === 0
        ? `Nothing has landed or is due to close in ${p} yet.`
        : `Nothing has landed or is due to close in ${p}; ${m(l.lost)} was lost.`;
  } else {
    const sourced =
      l.sourcedShare === null ? '.' : `; marketing sourced ${formatPercent(l.sourcedShare)} of it.`;
    headline = [
      `We have landed ${m(l.landed)} of the ${m(l.total)} due to close in ${p}${sourced}`,
      ...caveats,
    ].join(' ');
  }
  const segments = SEGMENTS.filter((s) => {
    const f = l.bySegment[s];
    return f.total !== 0 || s !== 'unknown';
  });
  const expectedNote =
    l.expected === null
      ? 'There is no win-rate history yet, so expected landing is not available.'
      : `Expected landing adds each open deal's amount times its demand source's historical win rate (overall ${formatPercent(rates.winRate.overall)}), giving ${m(l.expected)}.`;
  return {
    title: `Landings · ${p}`,
    headline,
    notes: [
      `Landed counts deals won with a close date in ${p} up to ${formatDate(period.asOf)}: ${m(l.landed)}.`,
      `Due is the open pipeline with a close date in the quarter, ${m(l.due)}; ${m(l.overdue)} of it is already past its close date.`,
      expectedNote,
      `We lost ${m(l.lost)} this quarter so far.`,
    ].join(' '),
    visual: hasAny
      ? {
          type: 'chart',
          kind: 'stacked-bar',
          horizontal: true,
          axisFormat: 'money',
          currency: context.currency,
          dataLabels: true,
          labels: segments.map((s) => SEGMENT_LABELS[s]),
          datasets: [
            {
              label: 'Landed',
              values: segments.map((s) => l.bySegment[s].landed),
              color: LANDING_COLORS.landed,
              drill: segments.map((s) => sumOf('bySegment', s, 'landed')),
            },
            {
              label: 'Due, on time',
              values: segments.map((s) => l.bySegment[s].due - l.bySegment[s].overdue),
              color: LANDING_COLORS.due,
              drill: segments.map((s) => sumOf('bySegment', s, 'dueOnTime')),
            },
            {
              label: 'Overdue',
              values: segments.map((s) => l.bySegment[s].overdue),
              color: LANDING_COLORS.overdue,
              drill: segments.map((s) => sumOf('bySegment', s, 'overdue')),
            },
          ],
        }
      : { type: 'empty', message: NOTHING_CLOSED },
    kpis: [
      {
        label: 'Landed',
        value: m(l.landed),
        detail: `${formatPercent(share(l.landed, l.total))} of the landings total`,
        tone: 'positive',
        drill: sumOf('landed'),
      },
      {
        label: 'Due',
        value: m(l.due),
        detail: 'open, closing this quarter',
        tone: 'brand',
        drill: sumOf('due'),
      },
      {
        label: 'Overdue',
        value: m(l.overdue),
        detail: 'open, close date passed',
        tone: l.overdue > 0 ? 'negative' : 'neutral',
        drill: sumOf('overdue'),
      },
      {
        label: 'Expected',
        value: l.expected === null ? 'n/a' : m(l.expected),
        detail: l.expected === null ? 'no win-rate history' : 'landed + due × win rate',
        tone: 'neutral',
      },
      {
        label: 'Lost',
        value: m(l.lost),
        detail: 'closed lost this quarter',
        tone: 'neutral',
        drill: sumOf('lost'),
      },
    ],
    footnote: 'Landings total = landed + due. By segment of the account; bars exclude lost deals.',
  };
}

/** Landings by demand source, with marketing's sourced share of the landings total. */
export function draftLandingsBySource(report: Report, context: DraftContext): DraftedSlide {
  const m = moneyIn(context);
  const { landings: l, period, rates, integrity } = report;
  const p = period.label;
  const mk = l.byDemandSource.marketing;
  const leader = DEMAND_SOURCES.reduce((best, s) =>
    l.byDemandSource[s].total > l.byDemandSource[best].total ? s : best,
  );
  let headline: string;
  if (l.total === 0) {
    headline = `No demand source has landings in ${p} yet.`;
  } else {
    const lead =
      leader === 'marketing'
        ? 'the largest share of any source.'
        : `${DEMAND_SOURCE_LABELS[leader]} sourced the most, ${formatPercent(share(l.byDemandSource[leader].total, l.total))}.`;
    const first = `Marketing sourced ${formatPercent(l.sourcedShare)} of the ${m(l.total)} landing in ${p}: ${m(mk.landed)} landed and ${m(mk.due)} still due`;
    headline = [
      leader === 'marketing' ? `${first}, ${lead}` : `${first}. ${lead}`,
      ...landingCaveats(report),
    ].join(' ');
  }
  const sources = DEMAND_SOURCES.filter(
    (s) => s === 'marketing' || l.byDemandSource[s].total !== 0,
  );
  const unknownTone = (integrity.unknownSourceShare ?? 0) > 0.1 ? 'warning' : 'neutral';
  return {
    title: `Landings by demand source · ${p}`,
    headline,
    notes: [
      `Sourced share is marketing's part of the landings total (landed + due) in ${p}: ${formatPercent(l.sourcedShare)}.`,
      `Marketing landed ${m(mk.landed)} and has ${m(mk.due)} due, ${m(mk.overdue)} of it overdue; its win rate is ${formatPercent(rates.winRate.bySource.marketing)}.`,
      `A deal's demand source comes from its lead source; ${formatPercent(integrity.unknownSourceShare)} of landings matched no source.`,
    ].join(' '),
    visual:
      l.total === 0
        ? { type: 'empty', message: NOTHING_CLOSED }
        : {
            type: 'chart',
            kind: 'stacked-bar',
            horizontal: true,
            axisFormat: 'money',
            currency: context.currency,
            dataLabels: true,
            labels: sources.map((s) => DEMAND_SOURCE_LABELS[s]),
            datasets: [
              {
                label: 'Landed',
                values: sources.map((s) => l.byDemandSource[s].landed),
                drill: sources.map((s) => sumOf('byDemandSource', s, 'landed')),
                color: sources.map((s) => DEMAND_SOURCE_COLORS[s]),
                legendColor: '#475569',
              },
              {
                label: 'Due',
                values: sources.map((s) => l.byDemandSource[s].due),
                drill: sources.map((s) => sumOf('byDemandSource', s, 'due')),
                // The same hue, lighter: due is the part not yet landed.
                color: sources.map((s) => `${DEMAND_SOURCE_COLORS[s]}66`),
                legendColor: '#cbd5e1',
              },
            ],
          },
    kpis: [
      {
        label: 'Marketing-sourced share',
        value: formatPercent(l.sourcedShare),
        detail: 'of the landings total',
        tone: 'brand',
      },
      {
        label: 'Marketing landed',
        value: m(mk.landed),
        detail: `won in ${p}`,
        tone: 'positive',
        drill: sumOf('byDemandSource', 'marketing', 'landed'),
      },
      {
        label: 'Marketing due',
        value: m(mk.due),
        detail: mk.expected === null ? 'expected n/a' : `${m(mk.expected)} expected landing`,
        tone: 'neutral',
        drill: sumOf('byDemandSource', 'marketing', 'due'),
      },
      {
        label: 'Unknown source',
        value: formatPercent(integrity.unknownSourceShare),
        detail: 'of the landings total',
        tone: unknownTone,
      },
    ],
    footnote:
      'Demand source comes from each deal’s lead source; the mapping is editable in Settings.',
  };
}
