import { daysBetween } from '../calendar';
import { formatChange, formatCount, formatDate, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';
import {
  DEMAND_SOURCE_COLORS,
  DEMAND_SOURCE_LABELS,
  LANDING_COLORS,
  SEGMENT_LABELS,
} from '../palette';
import { DEMAND_SOURCES, SEGMENTS } from '../records';
import { changePhrase, moneyIn, plural, share, type DraftContext } from './draft-context';
import { drillPath } from './drill-path';
import type { DraftedSlide, DrillRef, Kpi } from './slide-content';

/** The deals created in P: their amounts add up to the created figure. */
const CREATED: DrillRef = { path: drillPath('create', 'created'), measure: 'sum' };

/** The day of the quarter the report looks from (day 1 is the quarter's first day). */
function dayOfQuarter(report: Report): number {
  const { start, end, asOf } = report.period;
  const last = asOf < end ? asOf : end;
  return Math.max(daysBetween(start, last) + 1, 0);
}

/** A created-vs-earlier tile: the earlier amount and the change against it. */
function comparisonKpi(
  label: string,
  current: number,
  earlier: { created: number; label: string },
  money: (v: number) => string,
): Kpi {
  const change = earlier.created === 0 ? null : (current - earlier.created) / earlier.created;
  return {
    label,
    value: formatChange(change),
    detail: `${money(earlier.created)} in ${earlier.label}`,
    tone:
      change === null || Math.round(change * 100) === 0
        ? 'neutral'
        : change > 0
          ? 'positive'
          : 'negative',
  };
}

/** The pivot: from what lands now to what we are building, with created vs the previous quarter as a teaser. */
export function draftPivot(report: Report, context: DraftContext): DraftedSlide {
  const m = moneyIn(context);
  const { create: c, period } = report;
  const day = dayOfQuarter(report);
  return {
    title: 'Looking ahead',
    headline: 'Now, what we are building for the quarters ahead.',
    notes: [
      `So far we have talked about what lands in ${period.label}.`,
      `The next slides turn to the pipeline created this quarter, ${m(c.created)} across ${plural(c.createdCount, 'opportunity', 'opportunities')}, ${changePhrase(c.created, c.previousQuarter.created, c.previousQuarter.label)} at the same point, and to when it should land.`,
    ].join(' '),
    visual: null,
    kpis: [
      {
        label: `Created in ${period.label}`,
        value: m(c.created),
        detail: `${plural(c.createdCount, 'opportunity', 'opportunities')} by day ${day}`,
        tone: 'brand',
        drill: CREATED,
      },
      comparisonKpi(`vs ${c.previousQuarter.label}`, c.created, c.previousQuarter, m),
    ],
    footnote: null,
  };
}

/** Pipeline created this quarter by demand source and segment, against the previous quarter and a year ago. */
export function draftCreated(report: Report, context: DraftContext): DraftedSlide {
  const m = moneyIn(context);
  const { create: c, period } = report;
  const p = period.label;
  const day = dayOfQuarter(report);
  const mkShare = share(c.byDemandSource.marketing.created, c.created);
  // A quarter still running is compared "so far" and "at the same point"; a finished one needs neither.
  const partial = period.asOf < period.end;
  let headline: string;
  if (c.created === 0) {
    headline =
      c.previousQuarter.created === 0
        ? `No pipeline has been created in ${p} yet.`
        : `No pipeline has been created in ${p} yet; ${c.previousQuarter.label} had ${m(c.previousQuarter.created)} by the same point.`;
  } else {
    headline = `We created ${m(c.created)} of pipeline in ${p}${partial ? ' so far' : ''}, ${changePhrase(c.created, c.previousQuarter.created, c.previousQuarter.label)} and ${changePhrase(c.created, c.yearAgo.created, c.yearAgo.label)}${partial ? ' at the same point' : ''}; marketing sourced ${formatPercent(mkShare)} of it.`;
  }
  const segments = SEGMENTS.filter((s) => c.bySegment[s].created !== 0);
  const sources = DEMAND_SOURCES.filter((s) => c.byDemandSource[s].created !== 0);
  return {
    title: `Created this quarter · ${p}`,
    headline,
    notes: [
      `Created counts every opportunity with a created date in ${p} up to ${formatDate(period.asOf < period.end ? period.asOf : period.end)}, whatever its status: ${m(c.created)} across ${plural(c.createdCount, 'opportunity', 'opportunities')}.`,
      `Both comparisons are cut at the same day of their quarter, day ${day}: ${m(c.previousQuarter.created)} in ${c.previousQuarter.label} and ${m(c.yearAgo.created)} in ${c.yearAgo.label}.`,
      `Marketing sourced ${m(c.byDemandSource.marketing.created)}, ${formatPercent(mkShare)} of the total.`,
    ].join(' '),
    visual:
      c.created === 0
        ? { type: 'empty', message: 'No opportunities created in this period yet' }
        : {
            type: 'chart',
            kind: 'stacked-bar',
            axisFormat: 'money',
            currency: context.currency,
            dataLabels: true,
            labels: segments.map((s) => SEGMENT_LABELS[s]),
            datasets: sources.map((source) => ({
              label: DEMAND_SOURCE_LABELS[source],
              values: segments.map((s) => c.bySourceAndSegment[source][s].created),
              drill: segments.map((s): DrillRef => ({
                path: drillPath('create', 'bySourceAndSegment', source, s, 'created'),
                measure: 'sum',
              })),
              color: DEMAND_SOURCE_COLORS[source],
            })),
          },
    kpis: [
      {
        label: `Created in ${p}`,
        value: m(c.created),
        detail: plural(c.createdCount, 'opportunity', 'opportunities'),
        tone: 'brand',
        drill: CREATED,
      },
      comparisonKpi(`vs ${c.previousQuarter.label}`, c.created, c.previousQuarter, m),
      comparisonKpi(`vs ${c.yearAgo.label}`, c.created, c.yearAgo, m),
    ],
    footnote: `Each quarter counted to day ${day}, so the comparisons are like for like.`,
  };
}

/** The forward projection: when this quarter's creation lands, per quarter landed plus expected. */
export function draftForward(report: Report, context: DraftContext): DraftedSlide {
  const m = moneyIn(context);
  const { create: c, forward, period, rates } = report;
  const p = period.label;
  const landed = forward.quarters.reduce((sum, q) => sum + q.landed, 0);
  const lastIndex = forward.quarters.length - 1;
  const labels = forward.quarters.map((q, i) => (i === lastIndex ? `${q.label}+` : q.label));
  const base = {
    title: `Forward projection · ${p} creation`,
    kpis: [
      {
        label: `Created in ${p}`,
        value: m(c.created),
        detail: plural(c.createdCount, 'opportunity', 'opportunities'),
        tone: 'brand',
        drill: CREATED,
      },
      {
        label: 'Already won',
        value: m(landed),
        detail: 'landed from this creation',
        tone: 'positive',
        drill: { path: drillPath('forward', 'landed'), measure: 'sum' },
      },
    ] satisfies Kpi[],
  };
  if (c.created === 0) {
    return {
      ...base,
      headline: `No pipeline has been created in ${p} yet, so there is nothing to project.`,
      notes: `The forward projection spreads the pipeline created in ${p} over the quarters it should land in. Nothing has been created yet.`,
      visual: { type: 'empty', message: 'No opportunities created in this period yet' },
      footnote: null,
    };
  }
  const lag = forward.lag;
  if (lag === null) {
    return {
      ...base,
      headline: `We cannot yet say when ${p}'s ${m(c.created)} of new pipeline will land: no deals were won in the eight quarters before it.`,
      notes: `The projection needs a history of how many quarters deals take from creation to win. No deal was won in the eight quarters before ${p}, so there is no history to spread the open pipeline with. ${m(landed)} of it is already won.`,
      visual: {
        type: 'empty',
        message: 'No deals won in the last eight quarters, so there is no history to project from',
      },
      footnote: null,
    };
  }
  const expected = forward.quarters.map((q) => q.expected ?? q.landed);
  const total = expected.reduce((sum, v) => sum + v, 0);
  const peak = expected.reduce((best, v, i) => (v > (expected[best] ?? 0) ? i : best), 0);
  const peakLabel = forward.quarters[peak]?.label ?? p;
  const history = `Based on ${plural(forward.lagSampleSize, 'deal')} won in the last eight quarters`;
  const caveat = rates.winRate.lowSample
    ? ' Win rates rest on a low sample, so treat it as indicative.'
    : '';
  return {
    ...base,
    headline: `${p}'s new pipeline should land about ${m(total)}, ${m(landed)} of it already won; the most lands in ${peak === lastIndex ? `${peakLabel} or later` : peakLabel}.${caveat}`,
    notes: [
      `Of the ${m(c.created)} created in ${p}, won deals count in the quarter they closed and lost ones count nowhere.`,
      `Each open deal counts at its amount times its demand source's win rate, spread over the coming quarters by how long past deals took: ${formatPercent(lag[0])} closed in their created quarter, ${formatPercent(lag[1])} one quarter later.`,
      `${history}; the last bar stands for ${forward.quarters[lastIndex]?.label ?? ''} or later.`,
    ].join(' '),
    visual: {
      type: 'chart',
      kind: 'stacked-bar',
      axisFormat: 'money',
      currency: context.currency,
      dataLabels: true,
      labels,
      datasets: [
        {
          label: 'Landed',
          values: forward.quarters.map((q) => q.landed),
          color: LANDING_COLORS.landed,
          drill: forward.quarters.map((_, i): DrillRef => ({
            path: drillPath('forward', 'quarters', i, 'landed'),
            measure: 'sum',
          })),
        },
        {
          label: 'Expected, not yet won',
          values: forward.quarters.map((q, i) => Math.max((expected[i] ?? 0) - q.landed, 0)),
          color: LANDING_COLORS.expected,
        },
      ],
    },
    kpis: [
      ...base.kpis,
      {
        label: 'Expected to land',
        value: m(total),
        detail: 'landed + open × win rate',
        tone: 'neutral',
      },
      {
        label: 'Median cycle',
        value: rates.cycleDays === null ? 'n/a' : `${formatCount(rates.cycleDays)} days`,
        detail: 'created to won',
        tone: 'neutral',
      },
    ],
    footnote: `${history}: ${formatPercent(lag[0])} closed in their created quarter, ${formatPercent(lag[1])} a quarter later, ${formatPercent(lag[4])} four or more later.`,
  };
}
