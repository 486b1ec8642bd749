/** The pure description of what a slide draws; the renderer turns it into Chart.js, tables and tiles. */

/** How a chart's axis, ticks and data labels read. */
export type AxisFormat = 'money' | 'percent' | 'count';

/** One series of a chart. `color` is one colour, or one per label (e.g. a colour per demand source). */
export interface ChartDataset {
  label: string;
  values: number[];
  color: string | string[];
  /** The swatch the legend shows when `color` varies per label. */
  legendColor?: string;
}

/** A chart as plain data. */
export interface ChartSpec {
  type: 'chart';
  kind: 'bar' | 'stacked-bar' | 'doughnut';
  labels: string[];
  datasets: ChartDataset[];
  axisFormat: AxisFormat;
  /** Bars run left to right, labels down the side. */
  horizontal?: boolean;
  /** The reporting currency for money ticks and labels. */
  currency?: string | null;
  /** Draw each bar's (or stack's) value beside it. */
  dataLabels?: boolean;
}

/** One column of a table. */
export interface TableColumn {
  label: string;
  align: 'left' | 'right';
}

/** One row of a table, cells already formatted. */
export interface TableRow {
  cells: string[];
  /** `total` is set bold with a rule above it, `warning` flags a check that needs attention, `muted` is greyed. */
  emphasis?: 'total' | 'warning' | 'muted' | 'ok';
  /** A colour swatch before the first cell (e.g. the demand source's colour). */
  swatch?: string;
}

/** A table as plain data. */
export interface TableSpec {
  type: 'table';
  columns: TableColumn[];
  rows: TableRow[];
}

/** What a slide shows instead of an empty chart, saying why there is nothing to draw. */
export interface EmptySpec {
  type: 'empty';
  message: string;
}

/** A slide's main visual. */
export type VisualSpec = ChartSpec | TableSpec | EmptySpec;

/** How a KPI tile is coloured. */
export type KpiTone = 'neutral' | 'positive' | 'negative' | 'warning' | 'brand';

/** One big-number tile. */
export interface Kpi {
  label: string;
  /** Already formatted (slide rounding). */
  value: string;
  detail: string;
  tone: KpiTone;
}

/** Everything drafted for one slide from the report. */
export interface DraftedSlide {
  /** A short kicker, e.g. "Landings · FY2026 Q3". */
  title: string;
  /** One plain business sentence from the numbers. */
  headline: string;
  /** Two to four sentences of speaker notes. */
  notes: string;
  visual: VisualSpec | null;
  kpis: Kpi[];
  /** A short line under the visual: the definition or the history a figure rests on. */
  footnote: string | null;
}
