import { formatCount, formatDate, formatPercent } from '../format';
import type { Report } from '../metrics/report-types';
import { joinPhrases, moneyIn, plural, type DraftContext } from './draft-context';
import { drillPath } from './drill-path';
import type { DraftedSlide, DrillRef, TableRow } from './slide-content';

/** The value cell of a data-notes row whose figure counts records. */
const countCell = (key: string): (DrillRef | null)[] => [
  null,
  { path: drillPath('integrity', key), measure: 'count' },
  null,
];
import { displayText, isolateBidi } from '../text/display';

/** Most characters of the file name a slide quotes; the rest is cut with `…`. */
const SOURCE_LABEL_MAX = 80;

/** Most characters of the rejected-row reasons in the data-notes table: two lines of its last column. */
const REJECTED_REASONS_MAX = 150;

/**
 * The source label as slide text: a file name is the user's, so it is cleaned of invisible and
 * bidi-override characters, cut, and isolated so right-to-left letters keep to themselves.
 */
function sourceOf(context: DraftContext): string {
  return isolateBidi(displayText(context.sourceLabel, SOURCE_LABEL_MAX));
}

/** The first rejected rows' reasons, which quote raw CRM cells, cleaned and cut to fit the table. */
function rejectedReasonsText(context: DraftContext): string {
  const reasons = context.rejectedReasons.slice(0, 3).map((r) => displayText(r));
  return displayText(reasons.join(' · '), REJECTED_REASONS_MAX);
}

/** The title slide: the period, the as-of date and how much of the quarter is behind us. */
export function draftTitle(report: Report, context: DraftContext): DraftedSlide {
  const m = moneyIn(context);
  const { period, landings, create } = report;
  const asOf = formatDate(period.asOf);
  return {
    title: 'Monthly Business Review',
    headline: `${period.label} as of ${asOf}, with ${formatPercent(period.elapsed)} of the quarter behind us.`,
    notes: [
      `This review leads with what lands in ${period.label}: ${m(landings.landed)} landed and ${m(landings.due)} still due, by demand source.`,
      `Then it turns to the ${m(create.created)} of pipeline created this quarter and when we expect it to land.`,
      `Figures come from ${sourceOf(context)}, ${plural(context.opportunityCount, 'opportunity', 'opportunities')}, as of ${asOf}.`,
    ].join(' '),
    visual: null,
    kpis: [],
    footnote: `Source: ${sourceOf(context)}`,
  };
}

/** The data notes: undated and overdue deals, unknown sources, rejected rows and the footer check. */
export function draftDataNotes(report: Report, context: DraftContext): DraftedSlide {
  const { integrity: i, period, rates } = report;
  const asOf = formatDate(period.asOf);
  const unknownHigh = i.unknownSourceShare !== null && i.unknownSourceShare > 0.1;
  const footerBad = context.footer !== null && !context.footer.matches;
  const issues: string[] = [];
  if (i.undated > 0) issues.push(plural(i.undated, 'undated deal'));
  if (i.overdueCount > 0) issues.push(plural(i.overdueCount, 'overdue deal'));
  if (unknownHigh)
    issues.push(`${formatPercent(i.unknownSourceShare)} of landings from unknown sources`);
  if (i.rejectedRows > 0) issues.push(plural(i.rejectedRows, 'rejected row'));
  if (footerBad) issues.push('a footer that does not match the rows read');
  const headline =
    issues.length === 0
      ? 'The data is clean: every deal is dated, nothing is overdue and every row imported.'
      : `${issues.length === 1 ? '1 check needs' : `${issues.length} checks need`} attention: ${joinPhrases(issues)}.`;
  const flag = (bad: boolean): TableRow['emphasis'] => (bad ? 'warning' : 'ok');
  const rows: TableRow[] = [
    {
      cells: [
        'Undated deals',
        formatCount(i.undated),
        'No close date: kept, but counted in no quarter.',
      ],
      emphasis: flag(i.undated > 0),
      drill: countCell('undated'),
    },
    {
      cells: [
        'Overdue open deals',
        formatCount(i.overdueCount),
        `Open with a close date before ${asOf}; update them in the CRM.`,
      ],
      emphasis: flag(i.overdueCount > 0),
      drill: countCell('overdueCount'),
    },
    {
      cells: [
        'Unknown demand source',
        formatPercent(i.unknownSourceShare),
        'Share of the landings total whose lead source matched no rule; map it in Settings.',
      ],
      emphasis: flag(unknownHigh),
    },
    {
      cells: [
        'Rejected rows',
        formatCount(i.rejectedRows),
        i.rejectedRows === 0
          ? 'Every row imported.'
          : rejectedReasonsText(context) || 'See the import summary.',
      ],
      emphasis: flag(i.rejectedRows > 0),
    },
    {
      cells: [
        'Win-rate history',
        formatPercent(rates.winRate.overall),
        rates.winRate.overall === null
          ? 'Under 5 won or lost deals before this quarter: too few for a win rate, so expected landing is not shown.'
          : rates.winRate.lowSample
            ? 'Low sample: under 20 won or lost deals in the last four quarters, so longer history was used.'
            : 'Won ÷ (won + lost) over the four quarters before this one.',
      ],
      emphasis: flag(rates.winRate.lowSample),
    },
    context.footer === null
      ? {
          cells: ['Footer check', '—', 'The export has no record-count footer to check against.'],
          emphasis: 'muted',
        }
      : {
          cells: [
            'Footer check',
            `${formatCount(context.footer.rowsRead)} / ${formatCount(context.footer.recordCount)}`,
            context.footer.matches
              ? 'Rows read match the export’s Grand Totals line.'
              : 'Rows read do not match the export’s Grand Totals line: rows may be missing.',
          ],
          emphasis: flag(footerBad),
        },
  ];
  return {
    title: 'Data notes',
    headline,
    notes: [
      `These figures rest on ${plural(context.opportunityCount, 'opportunity', 'opportunities')} from ${sourceOf(context)}, as of ${asOf}.`,
      `${plural(i.undated, 'deal')} without a close date ${i.undated === 1 ? 'counts' : 'count'} in no quarter, and ${plural(i.overdueCount, 'open deal')} ${i.overdueCount === 1 ? 'is past its' : 'are past their'} close date.`,
      i.rejectedRows === 0
        ? 'Every row of the export imported.'
        : `${plural(i.rejectedRows, 'row')} could not be imported; the import summary lists each with its line.`,
    ].join(' '),
    visual: {
      type: 'table',
      columns: [
        { label: 'Check', align: 'left' },
        { label: 'Value', align: 'right' },
        { label: 'What it means', align: 'left' },
      ],
      rows,
    },
    kpis: [],
    footnote: null,
  };
}
