import type { SourcingView } from '../metrics/definitions';
import type { Report } from '../metrics/report-types';
import { SOURCED_BY_LABELS } from '../metrics/sourcing';
import { formatDate, formatPercent } from '../format';
import { DEMAND_SOURCE_COLORS, DEMAND_SOURCE_LABELS } from '../palette';
import { DEMAND_SOURCES } from '../records';
import { SOURCING_DEFINITIONS, type SourcedBy } from '../settings';
import { drillPath } from './drill-path';
import { moneyIn, type DraftContext } from './draft-context';
import type { DrillRef, DraftedSlide, TableRow } from './slide-content';

const sum = (path: string): DrillRef => ({ path, measure: 'sum' });

/**
 * The definition lock on a slide: P's landings per demand source under Lead Source, Primary
 * Campaign Source and first touch side by side, the one in use marked, so the room sees how
 * much of "sourced" is a matter of definition before anyone argues over a number.
 */
export function draftDefinitions(report: Report, context: DraftContext): DraftedSlide {
  const d = report.definitions;
  const m = moneyIn(context);
  const inUse = d.sourcedBy;
  const columnLabel = (def: SourcedBy) =>
    def === inUse ? `${SOURCED_BY_LABELS[def]} (in use)` : SOURCED_BY_LABELS[def];
  const cell = (def: SourcedBy, read: (v: SourcingView) => string) => {
    const view = d.comparison[def];
    return view === null ? 'n/a' : read(view);
  };
  const rows: TableRow[] = DEMAND_SOURCES.map((source) => ({
    cells: [
      DEMAND_SOURCE_LABELS[source],
      ...SOURCING_DEFINITIONS.map((def) => cell(def, (v) => m(v.landings[source].total))),
    ],
    swatch: DEMAND_SOURCE_COLORS[source],
    drill: [
      null,
      ...SOURCING_DEFINITIONS.map((def) =>
        d.comparison[def] === null
          ? null
          : sum(drillPath('definitions', 'comparison', def, 'landings', source, 'total')),
      ),
    ],
  }));
  rows.push({
    cells: [
      'Marketing-sourced share',
      ...SOURCING_DEFINITIONS.map((def) => cell(def, (v) => formatPercent(v.sourcedShare))),
    ],
    emphasis: 'total',
  });
  const shares = SOURCING_DEFINITIONS.flatMap((def) => {
    const view = d.comparison[def];
    return view === null || view.sourcedShare === null ? [] : [view.sourcedShare];
  });
  const spread =
    shares.length < 2
      ? null
      : Math.round(Math.max(...shares) * 100) - Math.round(Math.min(...shares) * 100);
  const current = d.comparison[inUse];
  const headline =
    spread === null || current === null
      ? `These figures count a deal as marketing-sourced by its ${SOURCED_BY_LABELS[inUse]}.`
      : spread <= 2
        ? `Marketing’s sourced share is ${formatPercent(current.sourcedShare)} by ${SOURCED_BY_LABELS[inUse]}, and the definitions agree within ${spread} points.`
        : `Marketing’s sourced share is ${formatPercent(current.sourcedShare)} by ${SOURCED_BY_LABELS[inUse]}; the definitions differ by up to ${spread} points, so agree on one before comparing numbers.`;
  const fellBack =
    d.sourcedBy === d.requestedSourcedBy
      ? ''
      : `${SOURCED_BY_LABELS[d.requestedSourcedBy]} was chosen but needs touchpoints, so the deck uses ${SOURCED_BY_LABELS[d.sourcedBy]}.`;
  const noFirstTouch =
    d.comparison.firstTouch === null
      ? 'First touch needs touchpoints (campaign members), so it shows n/a.'
      : '';
  return {
    title: `Definitions · ${report.period.label}`,
    headline,
    notes: [
      `Every figure in this deck splits by demand source as ${SOURCED_BY_LABELS[inUse]} says.`,
      'Primary Campaign Source credits the campaign on the deal; first touch credits the earliest touch before the deal was created. Deals without one keep their Lead Source.',
      fellBack,
      noFirstTouch,
      `Influence looks back ${d.lookbackDays} days before a deal’s creation; win rates use ${formatDate(d.winRateWindow.start)} to ${formatDate(d.winRateWindow.end)}; everything is as of ${formatDate(d.asOf)}.`,
    ]
      .filter((s) => s !== '')
      .join(' '),
    visual: {
      type: 'table',
      compact: true,
      columns: [
        { label: 'Landed + due', align: 'left' },
        ...SOURCING_DEFINITIONS.map((def) => ({
          label: columnLabel(def),
          align: 'right' as const,
        })),
      ],
      rows,
    },
    kpis: [],
    footnote: `Landed + due of ${report.period.label} per demand source. Primary Campaign Source classifies the deal's campaign; first touch the earliest touch up to ${d.lookbackDays} days before creation; deals without one keep their Lead Source.`,
    unavailable: null,
  };
}
