import type { Report } from '../shared/metrics';
import { DEMAND_SOURCES, SEGMENTS } from '../shared/records';
import { escapeMarkdown } from '../shared/text/markdown';
import { amount, percent, table } from './markdown-format';
import type { ReportSource } from './report-command';
import { DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../shared/palette';
import {
  createExtrasSection,
  influenceSection,
  supportingIntegrityLines,
  targetsSection,
} from './markdown-sections';
import { attributionSection, definitionsSection } from './markdown-definitions';

/** The display name of a demand source or segment key; any other key is escaped, as it came from data. */
function label(key: string): string {
  // The same names as the slides, so the analyst's summary and the deck read alike.
  const names: Record<string, string> = { ...DEMAND_SOURCE_LABELS, ...SEGMENT_LABELS };
  return names[key] ?? escapeMarkdown(key, 60);
}

type Landing = Report['landings']['byDemandSource']['marketing'];

function landingRow(name: string, f: Landing): string[] {
  return [
    name,
    amount(f.landed),
    amount(f.due),
    amount(f.overdue),
    amount(f.lost),
    amount(f.total),
    amount(f.expected),
  ];
}

const LANDING_HEADERS = ['', 'Landed', 'Due', 'Overdue', 'Lost', 'Total', 'Expected'];

function landings(report: Report): string[] {
  const l = report.landings;
  return [
    '## Landings',
    '',
    ...table(LANDING_HEADERS, [
      ...DEMAND_SOURCES.map((s) => landingRow(label(s), l.byDemandSource[s])),
      landingRow('**All sources**', l),
    ]),
    '',
    `Marketing-sourced share of the landings total: ${percent(l.sourcedShare)}.`,
    '',
    ...table(
      LANDING_HEADERS.map((h, i) => (i === 0 ? 'Segment' : h)),
      SEGMENTS.map((s) => landingRow(label(s), l.bySegment[s])),
    ),
  ];
}

function created(report: Report): string[] {
  const c = report.create;
  return [
    '## Created',
    '',
    ...table(
      ['', 'Created', 'Count'],
      [
        [`${report.period.label} (to date)`, amount(c.created), String(c.createdCount)],
        [
          `${c.previousQuarter.label} (same elapsed days)`,
          amount(c.previousQuarter.created),
          String(c.previousQuarter.createdCount),
        ],
        [
          `${c.yearAgo.label} (same elapsed days)`,
          amount(c.yearAgo.created),
          String(c.yearAgo.createdCount),
        ],
      ],
    ),
    '',
    ...table(
      ['Demand source', 'Created', 'Count'],
      DEMAND_SOURCES.map((s) => [
        label(s),
        amount(c.byDemandSource[s].created),
        String(c.byDemandSource[s].createdCount),
      ]),
    ),
  ];
}

function forward(report: Report): string[] {
  const f = report.forward;
  const history =
    f.lag === null
      ? 'No won deals in the lag window, so nothing is projected.'
      : `Spread by the close-quarter lag of ${f.lagSampleSize} won deals: ${f.lag.map(percent).join(' / ')} (P+0 … P+4 or later).`;
  return [
    '## Forward projection (when this quarter’s creation lands)',
    '',
    ...table(
      ['Quarter', 'Landed', 'Expected'],
      f.quarters.map((q, i) => [
        i === f.quarters.length - 1 ? `${q.label} or later` : q.label,
        amount(q.landed),
        amount(q.expected),
      ]),
    ),
    '',
    history,
  ];
}

function rates(report: Report): string[] {
  const w = report.rates.winRate;
  return [
    '## Win rates',
    '',
    ...table(
      ['Demand source', 'Win rate'],
      [
        ...DEMAND_SOURCES.map((s) => [label(s), percent(w.bySource[s])]),
        ['**Overall**', percent(w.overall)],
      ],
    ),
    '',
    `Median cycle (created to won): ${report.rates.cycleDays === null ? 'n/a' : `${report.rates.cycleDays} days`}.${w.lowSample ? ' Some rates rest on a low sample.' : ''}`,
  ];
}

/** Where the figures came from: the sample and every file with its kind. */
function sourceLine(source: ReportSource): string {
  // File names are the user's: escaped so a name cannot turn into a link, a tag or a heading.
  const files = source.imports.map((i) => `${escapeMarkdown(i.file, 200)} (${i.kind})`);
  const parts = source.sample ? ['generated sample data (Harborline Software)', ...files] : files;
  return `- Source: ${parts.join(', ')}`;
}

/** One row per file read: what its import did (the details are on stderr). */
function importsTable(source: ReportSource): string[] {
  if (source.imports.length === 0) return [];
  return [
    '',
    ...table(
      ['File', 'Kind', 'Rows read', 'Imported', 'Rejected'],
      source.imports.map((i) => [
        escapeMarkdown(i.file, 200),
        i.kind,
        String(i.rowsRead),
        String(i.imported),
        String(i.rejected),
      ]),
    ),
  ];
}

function integrity(report: Report, source: ReportSource): string[] {
  const i = report.integrity;
  return [
    '## Integrity',
    '',
    sourceLine(source),
    `- Rows rejected at import: ${i.rejectedRows}`,
    `- Opportunities without a close date (in no quarter): ${i.undated}`,
    `- Open opportunities past their close date: ${i.overdueCount}`,
    `- Unknown demand source share of the landings total: ${percent(i.unknownSourceShare)}`,
    ...supportingIntegrityLines(report),
    ...importsTable(source),
  ];
}

/** A readable Markdown summary of the report: period, landings, influence, created, leads, meetings, accounts, channels, targets, forward projection, rates, integrity, definitions. */
export function renderMarkdown(report: Report, source: ReportSource): string {
  const p = report.period;
  return [
    `# ${p.label}${source.sample ? ' (sample data)' : ''}`,
    '',
    `${p.start} to ${p.end}, as of ${p.asOf} (${percent(p.elapsed)} of the quarter elapsed).`,
    '',
    ...landings(report),
    '',
    ...influenceSection(report),
    '',
    ...attributionSection(report),
    '',
    ...created(report),
    '',
    ...createExtrasSection(report),
    '',
    ...targetsSection(report),
    '',
    ...forward(report),
    '',
    ...rates(report),
    '',
    ...integrity(report, source),
    '',
    ...definitionsSection(report),
    '',
  ].join('\n');
}
