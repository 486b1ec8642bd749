import type { DrillRef, DraftedSlide } from './deck/slide-content';
import type { DrillCell, DrillColumn, DrillError, DrillResult } from './drill';
import type { PrintLayout } from './print-options';
import { formatCount, formatMoneyFull } from './format';
import { fromCents, toCents } from './money';

/** How many records each appendix table lists before it sums up the rest in one line. */
export const APPENDIX_ROWS_PER_FIGURE = 10;

/** One figure on a printed slide whose records the appendix lists. */
export interface AppendixFigure {
  ref: DrillRef;
  /** Where the figure sits on its slide, e.g. "Landed · Marketing" or "Pipeline created (KPI)". */
  label: string;
  /** The figure as the slide shows it, when the slide shows it as text (a KPI or a table cell). */
  shown: string | null;
}

/** A printed slide and the figures on it that the appendix opens, each path once in the whole appendix. */
export interface AppendixSlide {
  /** The slide's bookmark name, e.g. "3. Landings summary". */
  name: string;
  figures: AppendixFigure[];
}

/** The records behind one figure, capped: the first rows, then the rest counted and summed. */
export interface AppendixTable {
  ok: true;
  figure: AppendixFigure;
  title: string;
  columns: DrillColumn[];
  /** The first `APPENDIX_ROWS_PER_FIGURE` records (largest amount first where there are amounts). */
  rows: DrillCell[][];
  /** Every record's count and Σ: they equal the figure. */
  count: number;
  sum: number | null;
  /** The key of the column Σ adds up (`amount`), or `null` for records without amounts. */
  sumColumn: string | null;
  /** The records left out of `rows`: how many, and their Σ (so shown + rest = the figure); `null` when none are. */
  rest: { count: number; sum: number | null } | null;
}

/** A figure whose records could not be listed, with the drill-down's own reason. */
export interface AppendixFailure {
  ok: false;
  figure: AppendixFigure;
  error: string;
}

/** One entry of the appendix: the figure's table, or why there is none. */
export type AppendixEntry = AppendixTable | AppendixFailure;

/** The figures of one drafted slide, in reading order: KPI tiles, then table cells, then chart values. */
function figuresOf(draft: DraftedSlide): AppendixFigure[] {
  const out: AppendixFigure[] = [];
  for (const kpi of draft.kpis) {
    if (kpi.drill) out.push({ ref: kpi.drill, label: kpi.label, shown: kpi.value });
  }
  const visual = draft.visual;
  if (visual?.type === 'table') {
    for (const row of visual.rows) {
      row.drill?.forEach((ref, c) => {
        if (!ref) return;
        const column = visual.columns[c]?.label ?? '';
        const name = row.cells[0] ?? '';
        out.push({
          ref,
          label: [name, column].filter((part) => part.trim() !== '').join(' · '),
          shown: row.cells[c] ?? null,
        });
      });
    }
  }
  if (visual?.type === 'chart') {
    for (const dataset of visual.datasets) {
      dataset.drill?.forEach((ref, i) => {
        if (!ref) return;
        const name = visual.labels[i] ?? '';
        const label = visual.datasets.length > 1 ? `${dataset.label} · ${name}` : name;
        out.push({ ref, label: label.trim() === '' ? dataset.label : label, shown: null });
      });
    }
  }
  return out;
}

/**
 * The printed slides' figures for the appendix, slide by slide. A figure drawn twice (a KPI
 * and the chart bar beside it) is listed once, under the first slide that shows it.
 */
export function appendixSlides(
  slides: readonly { name: string; draft: DraftedSlide }[],
): AppendixSlide[] {
  const seen = new Set<string>();
  const out: AppendixSlide[] = [];
  for (const slide of slides) {
    const figures = figuresOf(slide.draft).filter((f) => {
      if (seen.has(f.ref.path)) return false;
      seen.add(f.ref.path);
      return true;
    });
    if (figures.length > 0) out.push({ name: slide.name, figures });
  }
  return out;
}

/**
 * Columns a printed table leaves out because another column says the same (a closed deal's
 * stage says its status) or, on the narrow handout page, because the drill-down's CSV has
 * them: the key left out, and the column whose presence makes it redundant.
 */
const REDUNDANT: Readonly<Record<PrintLayout, readonly (readonly [string, string])[]>> = {
  slides: [['status', 'stage']],
  handout: [
    ['status', 'stage'],
    ['leadSource', 'demandSource'],
    ['createdDate', 'closeDate'],
    ['accountId', 'account'],
    ['convertedOpportunityId', 'conversionDate'],
  ],
};

/** The indexes of the columns a table prints on a layout's page (the amount is always kept). */
export function printedColumns(columns: readonly DrillColumn[], layout: PrintLayout): number[] {
  const keys = new Set(columns.map((c) => c.key));
  const dropped = new Set(
    REDUNDANT[layout].filter(([, because]) => keys.has(because)).map(([key]) => key),
  );
  return columns.flatMap((c, i) => (dropped.has(c.key) ? [] : [i]));
}

/**
 * The appendix table of one figure from its drill-down: the first `maxRows` records, and the
 * rest's count and Σ, added in whole cents so shown + rest is the drill-down's Σ to the cent;
 * only the columns the layout's page has room for (`printedColumns`).
 */
export function appendixTable(
  figure: AppendixFigure,
  result: DrillResult | DrillError,
  layout: PrintLayout = 'slides',
  maxRows: number = APPENDIX_ROWS_PER_FIGURE,
): AppendixEntry {
  if (!result.ok) return { ok: false, figure, error: result.error };
  const rows = result.rows.slice(0, maxRows);
  const restCount = result.count - rows.length;
  const printed = printedColumns(result.columns, layout);
  let rest: AppendixTable['rest'] = null;
  if (restCount > 0) {
    const at = result.columns.findIndex((c) => c.key === result.sumColumn);
    let shownCents = 0;
    for (const row of rows) {
      const cell = at >= 0 ? row[at] : null;
      if (typeof cell === 'number') shownCents += toCents(cell);
    }
    rest = {
      count: restCount,
      sum: result.sum === null ? null : fromCents(toCents(result.sum) - shownCents),
    };
  }
  return {
    ok: true,
    figure,
    title: result.title,
    columns: printed.map((i) => result.columns[i]),
    rows: rows.map((row) => printed.map((i) => row[i] ?? null)),
    count: result.count,
    sum: result.sum,
    sumColumn: result.sumColumn,
    rest,
  };
}

/** One appendix cell as a reader reads it: amounts in full with the currency, counts with separators, a blank as "—". */
export function formatAppendixCell(
  cell: DrillCell,
  column: DrillColumn,
  table: Pick<AppendixTable, 'sumColumn'>,
  currency: string | null,
): string {
  if (cell === null || cell === '') return '—';
  if (typeof cell === 'string') return cell;
  return column.key === table.sumColumn ? formatMoneyFull(cell, currency) : formatCount(cell);
}

/** "138 records" / "1 record"; `more` makes it "17 more records". */
export function recordCount(count: number, more = false): string {
  return `${formatCount(count)}${more ? ' more' : ''} ${count === 1 ? 'record' : 'records'}`;
}
