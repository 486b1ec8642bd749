import type { ParsedRow } from './parse';

/** The rows before a Salesforce report footer, and the N of its `Grand Totals (N records)`. */
export interface FooterResult {
  rows: ParsedRow[];
  footerRecordCount: number | null;
}

const GRAND_TOTALS = /^grand totals?\s*\(\s*([\d.,\s]+?)\s*records?\s*\)$/i;
const FOOTER_LINE = /^(confidential information\b|copyright\b|©)/i;
const TOTAL_CELL = /^(grand |sub-?)?totals?:?$/i;

/**
 * Strips the footer a Salesforce report export ends with (`Grand Totals (N records)`, the
 * confidentiality notice and the copyright line) and captures N; rows[0] is the header.
 */
export function stripFooter(rows: readonly ParsedRow[]): FooterResult {
  const { end, footerRecordCount } = footerStart(rows);
  return { rows: rows.slice(0, end), footerRecordCount };
}

/**
 * Where the footer stripFooter strips begins (the number of rows before it) and its N,
 * without copying the rows.
 */
export function footerStart(rows: readonly ParsedRow[]): {
  end: number;
  footerRecordCount: number | null;
} {
  let end = rows.length;
  let footerRecordCount: number | null = null;
  while (end > 1) {
    const row = rows[end - 1];
    if (row === undefined) break;
    const filled = row.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
    const first = filled[0] ?? '';
    const totals = GRAND_TOTALS.exec(first);
    if (totals?.[1] !== undefined) {
      footerRecordCount = Number(totals[1].replace(/[.,\s]/g, ''));
      end--;
    } else if (filled.length === 1 && FOOTER_LINE.test(first)) {
      end--;
    } else {
      break;
    }
  }
  return { end, footerRecordCount };
}

/**
 * Whether a row is a `Total` row of a Salesforce summary export: it has no id and one of
 * its cells names a total. Such rows sum other rows and are not opportunities.
 */
export function isTotalRow(cells: readonly string[], idIndex: number): boolean {
  if ((cells[idIndex] ?? '').trim() !== '') return false;
  for (const cell of cells) if (TOTAL_CELL.test(cell.trim())) return true;
  return false;
}
