import { toCsv, type CsvColumn } from '../../../shared/csv-export';
import { decodeBytes } from '../../../shared/import/decode';
import { parseCsv } from '../../../shared/import/parse';
import type { ImportError } from '../../../shared/import/types';
import { downloadBlob } from '../backup/download';

/** One line of the rejected-rows export: where and why, and the row's cells as the file holds them. */
interface RejectLine {
  error: ImportError;
  cells: readonly string[];
}

/**
 * The rejected rows of an import as CSV for Excel: line, column and reason, then every cell of
 * the row exactly as read (under the file's own headers), neutralised against formulas.
 */
export function rejectsCsv(bytes: Uint8Array, errors: readonly ImportError[]): string {
  const decoded = decodeBytes(bytes);
  const parsed = decoded.ok ? parseCsv(decoded.text).rows : [];
  const [header, ...data] = parsed;
  const headers = header?.cells ?? [];
  const cellsByLine = new Map(data.map((row) => [row.line, row.cells]));
  const lines: RejectLine[] = errors.map((error) => ({
    error,
    cells: cellsByLine.get(error.line) ?? [],
  }));
  // A row with more values than the header (a rejection reason of its own) keeps them all.
  const width = lines.reduce((most, l) => Math.max(most, l.cells.length), headers.length);
  const columns: CsvColumn<RejectLine>[] = [
    { header: 'Line', value: (l) => l.error.line },
    { header: 'Column', value: (l) => l.error.column ?? '(whole row)' },
    { header: 'Reason', value: (l) => l.error.reason },
    ...Array.from({ length: width }, (_, i): CsvColumn<RejectLine> => ({
      header: headers[i] ?? `Column ${i + 1}`,
      value: (l) => l.cells[i] ?? null,
    })),
  ];
  return toCsv(lines, columns);
}

/** A safe download name for the rejects of `fileName`: its stem in plain characters, then `-rejected-rows.csv`. */
export function rejectsFileName(fileName: string): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '')
    .replace(/^[-. ]+/, '')
    .trim()
    .slice(0, 80);
  return `${stem === '' ? 'import' : stem}-rejected-rows.csv`;
}

/** Saves text as a file through the browser's download (Electron shows its save dialog). */
export function downloadText(fileName: string, text: string, type: string): void {
  // The BOM makes Excel read the file as UTF-8, so accents and Arabic survive.
  downloadBlob(new Blob(['\uFEFF', text], { type }), fileName);
}
