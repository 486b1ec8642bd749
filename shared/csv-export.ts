/**
 * CSV for people who open it in Excel, LibreOffice or Google Sheets: RFC 4180 quoting, and
 * every text cell that a spreadsheet would read as a formula neutralised (OWASP "CSV
 * injection"): a leading `'` makes the spreadsheet show the value as text.
 */

/** One cell's value: text is neutralised, a finite number is written as a number, null is blank. */
export type CsvValue = string | number | null | undefined;

/** One column of an export: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/**
 * What a spreadsheet may take for the start of a formula or a command: `=`, `+`, `-`, `@`,
 * tab, carriage return and line feed, and the full-width `＝ ＋ － ＠` some IMEs type.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Spaces and invisible characters a spreadsheet may skip before it looks for a formula. */
const SKIPPED_LEAD = /^[ \u00A0\p{Cf}]+/u;

/** The line ending RFC 4180 and Excel expect. */
const CRLF = '\r\n';

/** `value` with a `'` in front when a spreadsheet could read it as a formula; otherwise unchanged. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value.replace(SKIPPED_LEAD, '')) ? `'${value}` : value;
}

/** One cell as CSV text: a number as it is, text neutralised and always quoted with `"` doubled. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A negative amount is data, not a formula: numbers are written bare so they stay numbers.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`;
}

/** The rows as CSV text: a header line (neutralised too), then one line per row, CRLF-separated. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return lines.join(CRLF) + CRLF;
}
