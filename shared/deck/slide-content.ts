/** The pure description of what a slide draws; the renderer turns it into Chart.js, tables and tiles. */

/**
 * Where a figure on a slide comes from, so the editor can open the records behind it
 * (metrics.md §10): `path` is the figure's dotted key in the report (e.g.
 * `landings.byDemandSource.marketing.landed`); `measure` says whether the drill-down's
 * amount sum or its record count equals the figure.
 */
export interface DrillRef {
  path: string;
  measure: 'sum' | 'count';
}

/** How a chart's axis, ticks and data labels read. */
export type AxisFormat = 'money' | 'percent' | 'count';

/** One series of a chart. `color` is one colour, or one per label (e.g. a colour per demand source). */
export interface ChartDataset {
  label: string;
  values: number[];
  color: string | string[];
  /** The swatch the legend shows when `color` varies per label. */
  legendColor?: string;
  /** Per value, the records behind it (`null` where a value has none to show, e.g. a rate). */
  drill?: (DrillRef | null)[];
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
  /** Per cell, the records behind it (`null` for a label or a rate). */
  drill?: (DrillRef | null)[];
}

/** A table as plain data. */
export interface TableSpec {
  type: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** Shorter rows, for a table of figures under a KPI row (see `TABLE_ROWS_UNDER_KPIS`). */
  compact?: boolean;
}

/** What a slide shows instead of an empty chart, saying why there is nothing to draw. */
export interface EmptySpec {
  type: 'empty';
  message: string;
}

/** One paragraph of a free-text slide; `bullet` when the user began its line with "- " or "• ". */
export interface TextBlock {
  text: string;
  bullet: boolean;
}

/** The user's own words on a free-text slide, a block per non-empty line. */
export interface TextSpec {
  type: 'text';
  blocks: TextBlock[];
}

/** A slide's main visual. */
export type VisualSpec = ChartSpec | TableSpec | EmptySpec | TextSpec;

/** How a KPI tile is coloured. */
export type KpiTone = 'neutral' | 'positive' | 'negative' | 'warning' | 'brand';

/** One big-number tile. */
export interface Kpi {
  label: string;
  /** Already formatted (slide rounding). */
  value: string;
  detail: string;
  tone: KpiTone;
  /** The records behind the value; absent for a rate or a share, whose parts have their own tiles. */
  drill?: DrillRef;
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
  /**
   * The definitions this slide's figures used beyond the as-of date every footer shows
   * ("sourced by Lead Source", "win rates Jul 2025 – Jun 2026"); `draftSlide` always sets it.
   */
  definitions?: string[];
  /**
   * Why the slide cannot be drawn (its records were not imported), e.g. "Import meetings to
   * see net-new meetings."; `null` when it can. An unavailable slide stays in the deck but is
   * left out of present mode, the PDF and the numbering (see `isShown`). Optional only so
   * drafters written before it need not say `null`: `draftSlide` always sets it.
   */
  unavailable?: string | null;
}
