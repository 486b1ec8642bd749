import { escapeTableCell } from '../shared/text/markdown';

// The cell formats every Markdown section of the report uses, so the sections read alike.

/** Full-precision amounts with thousands separators; the JSON carries the unrounded numbers. */
export function amount(value: number | null): string {
  if (value === null) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A fraction as a percentage; an empty denominator is "n/a", never 0% (metrics.md §11). */
export function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

/** A Markdown table; every cell has its pipes escaped and its lines joined, so no value can add a column. */
export function table(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeTableCell).join(' | ')} |`;
  return [
    line(headers),
    `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map(line),
  ];
}
