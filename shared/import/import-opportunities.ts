import type { Opportunity, OpportunityField } from '../records';
import { dependsOnOrder, settleDateOrder } from './coerce-date';
import { idKeys } from './coerce-id';
import { probabilityScale } from './coerce-number';
import { decodeBytes, EMPTY_FILE_MESSAGE } from './decode';
import { resolveMapping } from './detect';
import type { FieldIndexes } from './detect';
import { headerKey } from './fields';
import { isTotalRow, stripFooter } from './footer';
import { parseCsv } from './parse';
import { rowToRecord } from './row-to-record';
import { DEFAULT_STAGE_RULES } from './status';
import type {
  DateOrder,
  ImportError,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportSummary,
} from './types';

/** Data rows the import screen previews. */
const PREVIEW_ROWS = 8;

/**
 * Imports one opportunities export (Salesforce report, HubSpot deals export or any CSV
 * with a mapping) from its bytes. Never throws: a file that cannot be imported at all
 * comes back with `fatal` set and no records; rejected rows are listed in `errors`.
 * `summary.imported` counts rows that imported, so rowsRead = imported + rejected;
 * duplicates among them are listed and the last one is the record returned.
 */
export function importOpportunities(bytes: Uint8Array, options: ImportOptions): ImportResult {
  try {
    return runImport(bytes, options);
  } catch (error) {
    // A safety net for a bug, not a path for bad input: every known problem is reported above.
    const detail = error instanceof Error ? error.message : String(error);
    return failed(
      blankSummary(options.fileName),
      `Quarterdeck could not read this file (${detail}).`,
    );
  }
}

/** The import proper; importOpportunities guards it. */
function runImport(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const summary = blankSummary(options.fileName);
  const decoded = decodeBytes(bytes);
  summary.encoding = decoded.encoding;
  if (!decoded.ok) return failed(summary, decoded.fatal);

  const parsed = parseCsv(decoded.text);
  summary.delimiter = parsed.delimiter;
  const footer = stripFooter(parsed.rows);
  const [headerRow, ...bodyRows] = footer.rows;
  if (headerRow === undefined) return failed(summary, EMPTY_FILE_MESSAGE);
  const headers = headerRow.cells.map((cell) => cell.trim());
  summary.headers = headers;
  summary.footerRecordCount = footer.footerRecordCount;

  const resolved = resolveMapping(headers, options.mapping);
  summary.format = resolved.format;
  summary.mapping = resolved.mapping;
  const preview: ImportPreview = {
    headers,
    rows: bodyRows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
  };
  if (!resolved.ok) return failed(summary, resolved.fatal, preview);
  const { indexes } = resolved;
  const idIndex = indexes.id ?? 0;
  const dataRows = bodyRows.filter((row) => !isTotalRow(row.cells, idIndex));
  preview.rows = dataRows.slice(0, PREVIEW_ROWS).map((row) => row.cells);
  summary.rowsRead = dataRows.length;
  if (footer.footerRecordCount !== null) {
    summary.footerMatches = footer.footerRecordCount === dataRows.length;
  }
  if (dataRows.length === 0) {
    return failed(summary, 'This file has a header row but no data rows.', preview);
  }

  const columnValues = (field: OpportunityField): string[] => {
    const index = indexes[field];
    return index === undefined ? [] : dataRows.map((row) => row.cells[index] ?? '');
  };
  const orders = settleDateOrders(
    headers,
    indexes,
    columnValues('createdDate'),
    columnValues('closeDate'),
    options.dateOrder,
  );
  summary.dateOrder = orders.summary;
  if (orders.ambiguous.length > 0) summary.ambiguousDateColumns = orders.ambiguous;

  const probabilityHeader =
    indexes.probability === undefined ? '' : (headers[indexes.probability] ?? '');
  const context = {
    headers,
    delimiter: parsed.delimiter,
    indexes,
    createdDateOrder: orders.createdDate,
    closeDateOrder: orders.closeDate,
    probabilityScale: probabilityScale(
      columnValues('probability'),
      headerKey(probabilityHeader) === 'deal probability',
    ),
    stageRules: options.stageRules ?? DEFAULT_STAGE_RULES,
  };

  const errors: ImportError[] = [];
  const accepted: { record: Opportunity; cents: number | null }[] = [];
  for (const row of dataRows) {
    const outcome = rowToRecord(row, context);
    if (outcome.ok) accepted.push({ record: outcome.record, cents: outcome.cents });
    else errors.push(...outcome.errors);
  }
  summary.imported = accepted.length;
  summary.rejected = dataRows.length - accepted.length;
  const firstError = errors[0];
  if (accepted.length === 0 && firstError !== undefined) {
    return failed(
      summary,
      `None of the ${dataRows.length} rows could be imported; the first problem is on line ${firstError.line}: ${firstError.reason}`,
      preview,
      errors,
    );
  }

  const currencies = [
    ...new Set(accepted.map(({ record }) => record.currency?.toUpperCase() ?? null)),
  ].filter((currency): currency is string => currency !== null);
  if (currencies.length > 1) {
    return failed(
      summary,
      `This file mixes currencies (${currencies.join(', ')}). Quarterdeck needs one reporting currency; convert the amounts or filter the report to one currency.`,
      preview,
      errors,
    );
  }

  const byKey = new Map<string, { record: Opportunity; cents: number | null }>();
  const duplicates = new Set<string>();
  const keys = idKeys(accepted.map(({ record }) => record.id));
  let readCents = 0;
  accepted.forEach((entry, i) => {
    const key = keys[i] ?? entry.record.id;
    if (byKey.has(key)) duplicates.add(key);
    byKey.set(key, entry);
    readCents += entry.cents ?? 0;
  });
  const kept = [...byKey.values()];
  const records = kept.map(({ record }) => record);
  const storedCents = kept.reduce((sum, { cents }) => sum + (cents ?? 0), 0);

  summary.duplicateIds = [...duplicates];
  summary.amountRead = readCents / 100;
  summary.amountStored = storedCents / 100;
  summary.openWithoutAmount = records
    .filter((record) => record.status === 'open' && record.amount === null)
    .map((record) => record.id);
  summary.undatedIds = records
    .filter((record) => record.closeDate === null)
    .map((record) => record.id);
  return { records, errors, summary, preview, fatal: null };
}

/** The day/month order of each date column and the one the summary reports. */
interface SettledOrders {
  createdDate: DateOrder;
  closeDate: DateOrder;
  summary: DateOrder;
  ambiguous: string[];
}

/**
 * Settles the day/month order of the date columns. A user's order wins. Otherwise each
 * column settles its own order from all its values; a column that cannot borrows the
 * other's (one export is written in one locale); if neither can, month-first (the
 * Salesforce and HubSpot default for US users) is used and the columns whose values
 * depend on it are flagged for the import screen to ask about.
 */
function settleDateOrders(
  headers: readonly string[],
  indexes: FieldIndexes,
  created: readonly string[],
  close: readonly string[],
  chosen: DateOrder | undefined,
): SettledOrders {
  if (chosen !== undefined) {
    return { createdDate: chosen, closeDate: chosen, summary: chosen, ambiguous: [] };
  }
  const createdOwn = settleDateOrder(created);
  const closeOwn = settleDateOrder(close);
  const fallback = closeOwn ?? createdOwn ?? 'mdy';
  const ambiguous: string[] = [];
  if (closeOwn === null && createdOwn === null) {
    for (const [field, values] of [
      ['createdDate', created],
      ['closeDate', close],
    ] as const) {
      const index = indexes[field];
      if (index !== undefined && dependsOnOrder(values)) ambiguous.push(headers[index] ?? field);
    }
  }
  return {
    createdDate: createdOwn ?? fallback,
    closeDate: closeOwn ?? fallback,
    summary: fallback,
    ambiguous,
  };
}

/** A summary before anything is known about the file. */
function blankSummary(fileName: string): ImportSummary {
  return {
    fileName,
    format: 'custom',
    encoding: 'utf-8',
    delimiter: ',',
    headers: [],
    mapping: {},
    dateOrder: 'mdy',
    rowsRead: 0,
    imported: 0,
    rejected: 0,
    duplicateIds: [],
    amountRead: 0,
    amountStored: 0,
    footerRecordCount: null,
    footerMatches: null,
    openWithoutAmount: [],
    undatedIds: [],
  };
}

/** A result for a file that cannot be imported: no records, the reason in `fatal`. */
function failed(
  summary: ImportSummary,
  fatal: string,
  preview: ImportPreview = { headers: summary.headers, rows: [] },
  errors: ImportError[] = [],
): ImportResult {
  return { records: [], errors, summary, preview, fatal };
}
