import { describe, expect, it } from 'vitest';
import { draftDeck, overlaySlides, shownSlides } from '../../shared/deck/compose-deck';
import { createDefaultDeck } from '../../shared/deck/default-deck';
import { drillDown, figureAt, type DrillResult } from '../../shared/drill';
import { computeReport } from '../../shared/metrics';
import { buildReportContext } from '../../shared/metrics/report-context';
import { toCents } from '../../shared/money';
import {
  APPENDIX_ROWS_PER_FIGURE,
  appendixSlides,
  appendixTable,
  formatAppendixCell,
  printedColumns,
  recordCount,
  type AppendixTable,
} from '../../shared/print-appendix';
import { slideOutlineName } from '../../shared/print-outline';
import { FIXTURE_CONTEXT, fixtureInput } from './drill/drill-fixture';

const input = fixtureInput();
const report = computeReport(input);
const rc = buildReportContext(input);
const slides = shownSlides(
  overlaySlides(createDefaultDeck('mbr', 'now').slides, draftDeck(report, FIXTURE_CONTEXT)),
);
const appendix = appendixSlides(slides.map((s) => ({ name: slideOutlineName(s), draft: s.draft })));

/** The drill-down of a path, which the fixture always has. */
function drilled(path: string): DrillResult {
  const result = drillDown(rc, path);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The amounts a table lists, in cents, from its Σ column. */
function listedCents(table: AppendixTable): number {
  const at = table.columns.findIndex((c) => c.key === table.sumColumn);
  return table.rows.reduce((sum, row) => {
    const cell = row[at];
    return sum + (typeof cell === 'number' ? toCents(cell) : 0);
  }, 0);
}

describe('appendixSlides', () => {
  it('lists each figure once, under the first slide that draws it', () => {
    const paths = appendix.flatMap((s) => s.figures.map((f) => f.ref.path));
    expect(paths.length).toBeGreaterThan(20);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('names each figure as the slide shows it, with the value the slide prints', () => {
    const summary = appendix.find((s) => s.name === '2. Landings summary');
    const landed = summary?.figures.find((f) => f.ref.path === 'landings.landed');
    expect(landed?.label).toBe('Landed');
    expect(landed?.shown).toMatch(/^\$\d/);
  });

  it('leaves out slides without a figure drawn from records (the title, definitions)', () => {
    expect(appendix.map((s) => s.name)).not.toContain('1. Title');
  });
});

describe('appendixTable', () => {
  const figures = appendix.flatMap((s) => s.figures);

  it('equals every figure on the slides: the count, or the Σ to the cent, of all its records', () => {
    for (const figure of figures) {
      const table = appendixTable(figure, drilled(figure.ref.path));
      expect(table.ok, figure.ref.path).toBe(true);
      if (!table.ok) continue;
      const value = figureAt(report, figure.ref.path);
      if (figure.ref.measure === 'count')
        expect([figure.ref.path, table.count]).toEqual([figure.ref.path, value]);
      else expect([figure.ref.path, toCents(table.sum)]).toEqual([figure.ref.path, toCents(value)]);
    }
  });

  it('lists the largest records first and sums the rest, so listed + rest is the figure to the cent', () => {
    const long = figures.find((f) => drilled(f.ref.path).count > 3 && f.ref.measure === 'sum');
    if (!long) throw new Error('the fixture has no figure with more than 3 records');
    const result = drilled(long.ref.path);
    const table = appendixTable(long, result, 'slides', 3);
    if (!table.ok) throw new Error('no table');
    expect(table.rows).toHaveLength(3);
    expect(table.rest?.count).toBe(result.count - 3);
    expect(listedCents(table) + toCents(table.rest?.sum ?? 0)).toBe(toCents(result.sum));
    const amounts = table.rows.map((r) => r[table.columns.findIndex((c) => c.key === 'amount')]);
    expect(amounts).toEqual([...amounts].sort((a, b) => Number(b) - Number(a)));
  });

  it(`lists at most ${APPENDIX_ROWS_PER_FIGURE} records, with no "rest" line when all fit`, () => {
    for (const figure of figures) {
      const result = drilled(figure.ref.path);
      const table = appendixTable(figure, result);
      if (!table.ok) continue;
      expect(table.rows.length).toBe(Math.min(result.count, APPENDIX_ROWS_PER_FIGURE));
      expect(table.rest === null).toBe(result.count <= APPENDIX_ROWS_PER_FIGURE);
    }
  });

  it('carries the drill-down’s reason when a figure has no records to list', () => {
    const figure = {
      ref: { path: 'no.such.figure', measure: 'sum' as const },
      label: 'X',
      shown: null,
    };
    const entry = appendixTable(figure, drillDown(rc, 'no.such.figure'));
    expect(entry.ok).toBe(false);
    expect(!entry.ok && entry.error).toContain('no.such.figure');
  });

  it('keeps the amount on a handout but leaves out what another column already says', () => {
    const figure = figures.find((f) => f.ref.path === 'landings.landed');
    if (!figure) throw new Error('no landed figure');
    const table = appendixTable(figure, drilled('landings.landed'), 'handout');
    if (!table.ok) throw new Error('no table');
    const keys = table.columns.map((c) => c.key);
    expect(keys).toContain('amount');
    expect(keys).not.toContain('status');
    expect(keys).not.toContain('leadSource');
    expect(table.rows.every((row) => row.length === keys.length)).toBe(true);
  });
});

describe('printedColumns', () => {
  const columns = drilled('landings.landed').columns;

  it('drops only the status on a slide page, where the stage says it', () => {
    const keys = printedColumns(columns, 'slides').map((i) => columns[i]?.key);
    expect(keys).toEqual(columns.map((c) => c.key).filter((k) => k !== 'status'));
  });
});

describe('formatAppendixCell', () => {
  const amount = { key: 'amount', label: 'Amount', align: 'right' as const };
  const logged = { key: 'logged', label: 'Meetings that day', align: 'right' as const };
  const table = { sumColumn: 'amount' };

  it('writes amounts in full with the currency, counts with separators, blanks as a dash', () => {
    expect(formatAppendixCell(1234567.5, amount, table, 'USD')).toBe('$1,234,567.50');
    expect(formatAppendixCell(1200, logged, table, 'USD')).toBe('1,200');
    expect(formatAppendixCell(null, amount, table, 'USD')).toBe('—');
    expect(formatAppendixCell('2026-02-15', amount, table, 'USD')).toBe('2026-02-15');
  });

  it('counts records in words', () => {
    expect(recordCount(1)).toBe('1 record');
    expect(recordCount(1204, true)).toBe('1,204 more records');
  });
});
