/** One cell of a generated file: text, or `null` for a blank. */
export type Cell = string | null;

/** Salesforce quotes every value and doubles embedded quotes. */
function quoteAlways(value: Cell): string {
  const text = value ?? '';
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}

/** A spreadsheet quotes only the values that need it. */
function quoteWhenNeeded(value: Cell): string {
  const text = value ?? '';
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A Salesforce report export ("Details Only"): every value quoted, LF endings, and the
 * footer whose record count the importer reconciles (import.md).
 */
export function salesforceReport(headers: readonly string[], rows: readonly Cell[][]): string {
  const lines = [headers.map(quoteAlways).join(',')];
  for (const row of rows) lines.push(row.map(quoteAlways).join(','));
  lines.push(
    '',
    quoteAlways(`Grand Totals (${rows.length} records)`),
    '',
    quoteAlways('Confidential Information - Do Not Distribute'),
    quoteAlways('Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'),
  );
  return `${lines.join('\n')}\n`;
}

/** A sheet someone keeps by hand and saves as CSV: quoted only where needed, no footer. */
export function plainCsv(headers: readonly string[], rows: readonly Cell[][]): string {
  const lines = [headers.map(quoteWhenNeeded).join(',')];
  for (const row of rows) lines.push(row.map(quoteWhenNeeded).join(','));
  return `${lines.join('\n')}\n`;
}
