import { toCsv, type CsvValue } from '../csv-export';
import type {
  ChartSpec,
  DraftedSlide,
  Kpi,
  TableSpec,
  TextSpec,
  VisualSpec,
} from './slide-content';

/** A slide's data as a CSV section: a header line and its rows, each cell already a CSV value. */
interface Section {
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

/** What a chart's numbers are, in words a spreadsheet column can carry. */
function unitOf(spec: ChartSpec): string {
  switch (spec.axisFormat) {
    case 'money':
      return spec.currency ? spec.currency.trim().toUpperCase() : 'amount';
    case 'percent':
      return 'fraction';
    case 'count':
      return 'count';
  }
}

/** A chart value as written to the file: money to the cent (no float noise), others as they are. */
function chartValue(spec: ChartSpec, value: number | undefined): CsvValue {
  if (value === undefined || !Number.isFinite(value)) return null;
  return spec.axisFormat === 'money' ? Math.round(value * 100) / 100 : value;
}

/** A chart as one row per label and a column per dataset, its unit in each column's name. */
function chartSection(spec: ChartSpec): Section {
  const unit = unitOf(spec);
  return {
    header: ['Label', ...spec.datasets.map((d) => `${d.label} (${unit})`)],
    rows: spec.labels.map((label, i) => [
      label,
      ...spec.datasets.map((d) => chartValue(spec, d.values[i])),
    ]),
  };
}

/** A table as shown: its column labels, then each row's formatted cells. */
function tableSection(spec: TableSpec): Section {
  return {
    header: spec.columns.map((c) => c.label),
    rows: spec.rows.map((r) => spec.columns.map((_, i) => r.cells[i] ?? null)),
  };
}

/** A free-text slide's blocks, a bullet marked as the slide marks it. */
function textSection(spec: TextSpec): Section {
  return {
    header: ['Text'],
    rows: spec.blocks.map((b) => [b.bullet ? `• ${b.text}` : b.text]),
  };
}

/** The section a slide's main visual contributes; `null` when it has none. */
function visualSection(visual: VisualSpec | null): Section | null {
  if (visual === null) return null;
  switch (visual.type) {
    case 'chart':
      return chartSection(visual);
    case 'table':
      return tableSection(visual);
    case 'text':
      return visual.blocks.length === 0 ? null : textSection(visual);
    case 'empty':
      return { header: ['Message'], rows: [[visual.message]] };
  }
}

/** The KPI tiles as label, value and detail, values formatted as the tiles show them. */
function kpiSection(kpis: readonly Kpi[]): Section | null {
  if (kpis.length === 0) return null;
  return {
    header: ['KPI', 'Value', 'Detail'],
    rows: kpis.map((k) => [k.label, k.value, k.detail]),
  };
}

/** A section as CSV text, through the same writer (and formula neutraliser) as the drill-down CSV. */
function sectionCsv(section: Section): string {
  return toCsv(
    section.rows,
    section.header.map((header, i) => ({ header, value: (row) => row[i] ?? null })),
  );
}

/** Whether a slide shows any data `slideCsv` would write (a divider or an empty free-text slide does not). */
export function hasSlideData(slide: Pick<DraftedSlide, 'visual' | 'kpis'>): boolean {
  return visualSection(slide.visual) !== null || slide.kpis.length > 0;
}

/**
 * The data a slide shows as CSV, for people who build their own slides: the main visual first
 * (a chart's raw numbers per label and dataset, money to the cent in the reporting currency and
 * percentages as fractions, the unit in each column's name; a table's cells as shown; a
 * free-text slide's blocks), then, after a blank line, the KPI tiles as label, value and detail.
 * Text cells a spreadsheet could run as a formula are neutralised as in the drill-down CSV.
 * A slide with no data (see `hasSlideData`) gives an empty string.
 */
export function slideCsv(slide: Pick<DraftedSlide, 'visual' | 'kpis'>): string {
  const sections = [visualSection(slide.visual), kpiSection(slide.kpis)].filter(
    (s): s is Section => s !== null,
  );
  // A blank CSV line between sections: spreadsheets show it as an empty row.
  return sections.map(sectionCsv).join('\r\n');
}
