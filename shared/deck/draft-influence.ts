import { formatCount, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';
import { drillPath } from './drill-path';
import { moneyIn, plural, type DraftContext } from './draft-context';
import type { DraftedSlide, TableRow } from './slide-content';
import { unavailableSlide } from './unavailable-slide';

/** Whole percentage points between two rates as rounded on the slide ("+11 pts"), `n/a` without both. */
function pointsApart(a: number | null, b: number | null): string {
  if (a === null || b === null) return 'n/a';
  const points = Math.round(a * 100) - Math.round(b * 100);
  if (points === 0) return 'level';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'pt' : 'pts'}`;
}

/** Whole days as the slide rounds them, `n/a` when there is no median. */
const days = (value: number | null): string =>
  value === null ? 'n/a' : plural(Math.round(value), 'day');

/** How much faster the influenced deals were won ("12 days faster"), `n/a` without both medians. */
function daysApart(influenced: number | null, other: number | null): string {
  if (influenced === null || other === null) return 'n/a';
  const gap = Math.round(other) - Math.round(influenced);
  if (gap === 0) return 'level';
  return `${plural(Math.abs(gap), 'day')} ${gap > 0 ? 'faster' : 'slower'}`;
}

/** The win-rate and cycle comparison sentence of the notes, saying which figure is missing and why. */
function comparisonNote(report: Report): string {
  const a = report.landings.acceleration;
  if (a === null) return '';
  const { winRateInfluenced: wi, winRateNotInfluenced: wn } = a;
  if (wi === null || wn === null) {
    return 'Too few deals have closed (under 5 won or lost) to give both groups a win rate, so they are not compared.';
  }
  const cycle =
    a.cycleDaysInfluenced === null || a.cycleDaysNotInfluenced === null
      ? ''
      : `, and took a median ${days(a.cycleDaysInfluenced)} from created to won against ${days(a.cycleDaysNotInfluenced)}`;
  return `Influenced deals won ${formatPercent(wi)} of the deals they closed against ${formatPercent(wn)} for the rest${cycle}.`;
}

/**
 * Marketing influence on P's landings (metrics.md §4): the influenced landed and due amounts
 * and share, and the acceleration view (the influenced due pipeline, the influenced vs
 * not-influenced win rates and median cycles). Unavailable without touchpoints.
 */
export function draftInfluence(report: Report, context: DraftContext): DraftedSlide {
  const { landings: l, period } = report;
  const p = period.label;
  const title = `Marketing influence · ${p}`;
  const lookback = report.definitions.lookbackDays;
  const footnote = `Influenced: a touchpoint linked to the deal (by its opportunity, else its account’s id or name) dated from ${formatCount(lookback)} days before it was created up to its close; whole amounts count.`;
  const inf = l.influenced;
  const acc = l.acceleration;
  if (inf === null || acc === null) {
    return unavailableSlide({
      title,
      reason: 'Import touchpoints (campaign members) to see marketing influence.',
      shows: `This slide shows how much of what lands in ${p} marketing touched, and whether touched deals win more often and faster.`,
      footnote,
    });
  }
  const m = moneyIn(context);
  const { winRateInfluenced: wi, winRateNotInfluenced: wn } = acc;
  const rates =
    wi !== null && wn !== null
      ? ` Influenced deals win ${formatPercent(wi)} of the time, against ${formatPercent(wn)} for the rest.`
      : '';
  const headline =
    l.total === 0
      ? `Nothing has landed or is due to close in ${p} yet, so there is no influence to measure.${rates}`
      : `Marketing touched ${formatPercent(inf.share)} of the ${m(l.total)} landing in ${p}: ${m(inf.landed)} landed and ${m(inf.due)} still due.${rates}`;
  const rows: TableRow[] = [
    {
      cells: [
        'Win rate, won ÷ (won + lost)',
        formatPercent(wi),
        formatPercent(wn),
        pointsApart(wi, wn),
      ],
    },
    {
      cells: [
        'Median days, created to won',
        days(acc.cycleDaysInfluenced),
        days(acc.cycleDaysNotInfluenced),
        daysApart(acc.cycleDaysInfluenced, acc.cycleDaysNotInfluenced),
      ],
    },
  ];
  return {
    title,
    headline,
    notes: [
      `A deal counts as influenced when a touchpoint linked to it is dated from ${formatCount(lookback)} days before it was created up to its close, or up to today while it is open; its whole amount counts.`,
      `Of the ${m(l.due)} still due, ${m(acc.dueInfluencedAmount)} in ${plural(acc.dueInfluencedCount, 'deal')} is influenced, ${formatPercent(acc.dueInfluencedShare)} of it.`,
      comparisonNote(report),
      'Each group’s win rate uses the four quarters before this one, or longer history when fewer than 20 of its deals closed there, so a small group’s rate is indicative.',
    ]
      .filter((s) => s !== '')
      .join(' '),
    visual: {
      type: 'table',
      columns: [
        { label: 'Compared', align: 'left' },
        { label: 'Influenced', align: 'right' },
        { label: 'Not influenced', align: 'right' },
        { label: 'Difference', align: 'right' },
      ],
      rows,
    },
    kpis: [
      {
        label: 'Influenced share',
        value: formatPercent(inf.share),
        detail: `of the ${m(l.total)} landings total`,
        tone: 'brand',
      },
      {
        label: 'Influenced landed',
        value: m(inf.landed),
        detail: `of ${m(l.landed)} landed`,
        tone: 'positive',
        drill: { path: drillPath('landings', 'influenced', 'landed'), measure: 'sum' },
      },
      {
        label: 'Influenced due',
        value: m(inf.due),
        detail: `${formatPercent(acc.dueInfluencedShare)} of ${m(l.due)} due`,
        tone: 'neutral',
        drill: { path: drillPath('landings', 'influenced', 'due'), measure: 'sum' },
      },
      {
        label: 'Influenced deals due',
        value: formatCount(acc.dueInfluencedCount),
        detail: 'open, closing this quarter',
        tone: 'neutral',
        drill: {
          path: drillPath('landings', 'acceleration', 'dueInfluencedCount'),
          measure: 'count',
        },
      },
    ],
    footnote,
    unavailable: null,
  };
}
