import { dependsOnOrder, settleDateOrder } from './coerce-date';
import { idKeys } from './coerce-id';
import { probabilityScale } from './coerce-number';
import type { ProbabilityScale } from './coerce-number';
import { EMPTY_FILE_MESSAGE } from './decode';
import type { EngineOptions, EngineResult, EngineSummary } from './engine';
import { headerKey } from './fields';
import { isTotalRow, stripFooter } from './footer';
import type { KindDefinition } from './kind-definition';
import { resolveFieldMapping } from './mapping';
import type { ParsedRow } from './parse';
import { RowReader } from './row-reader';
import { settleCurrencies } from './settle-currencies';
import { DEFAULT_STAGE_RULES } from './status';
import type { DateOrder, ImportError, ImportPreview } from './types';

// The steps after parsing, shared by both engines: engine.ts runs them on a whole file, and
// the streaming engine buffers the parsed rows and runs them at the end, because the date
// order, probability scale, 15/18-character id keys, duplicates and the footer all depend
// on every row. One code path, so the two engines cannot drift apart.

/** Data rows the import screen previews. */
const PREVIEW_ROWS = 8;

/** Human names of the delimiters, for the "too many values" message. */
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/**
 * Turns a file's parsed rows into records and the summary, as runImport does after parsing;
 * `summary` already carries the file name and encoding.
 */
export function completeImport<R, F extends string>(
  definition: KindDefinition<R, F>,
  rows: readonly ParsedRow[],
  delimiter: string,
  summary: EngineSummary<F>,
  options: EngineOptions<F>,
): EngineResult<R, F> {
  summary.delimiter = delimiter;
  const footer = stripFooter(rows);
  const [headerRow, ...bodyRows] = footer.rows;
  if (headerRow === undefined) return failed(summary, EMPTY_FILE_MESSAGE);
  const headers = headerRow.cells.map((cell) => cell.trim());
  summary.headers = headers;
  summary.footerRecordCount = footer.footerRecordCount;

  const resolved = resolveFieldMapping(definition, headers, options.mapping);
  summary.format = resolved.format;
  summary.mapping = resolved.mapping;
  const preview: ImportPreview = {
    headers,
    rows: bodyRows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
  };
  if (!resolved.ok) return failed(summary, resolved.fatal, preview);
  const { indexes } = resolved;
  const keyField = definition.keyFields.find((field) => indexes[field] !== undefined);
  const keyIndex = keyField === undefined ? 0 : (indexes[keyField] ?? 0);
  const dataRows = bodyRows.filter((row) => !isTotalRow(row.cells, keyIndex));
  preview.rows = dataRows.slice(0, PREVIEW_ROWS).map((row) => row.cells);
  summary.rowsRead = dataRows.length;
  if (footer.footerRecordCount !== null) {
    summary.footerMatches = footer.footerRecordCount === dataRows.length;
  }
  if (dataRows.length === 0) {
    return failed(summary, 'This file has a header row but no data rows.', preview);
  }

  const columnValues = (field: F): string[] => {
    const index = indexes[field];
    return index === undefined ? [] : dataRows.map((row) => row.cells[index] ?? '');
  };
  const orders = settleDateOrders(definition, headers, indexes, columnValues, options.dateOrder);
  summary.dateOrder = orders.summary;
  if (orders.ambiguous.length > 0) summary.ambiguousDateColumns = orders.ambiguous;

  const percentScales: Partial<Record<F, ProbabilityScale>> = {};
  for (const spec of definition.fields) {
    const index = indexes[spec.field];
    if (spec.type !== 'percent' || index === undefined) continue;
    const fractionHeader = (spec.fractionHeaders ?? []).includes(headerKey(headers[index] ?? ''));
    percentScales[spec.field] = probabilityScale(columnValues(spec.field), fractionHeader);
  }

  const reader = new RowReader<F>({
    headers,
    indexes,
    dateOrders: orders.byField,
    percentScales,
    noun: definition.noun,
  });
  const context = { stageRules: options.stageRules ?? DEFAULT_STAGE_RULES };
  const errors: ImportError[] = [];
  const accepted: { record: R; cents: number | null }[] = [];
  let skipped = 0;
  for (const row of dataRows) {
    const problem = rowProblem(row, headers.length, delimiter);
    if (problem !== null) {
      errors.push({ line: row.line, column: null, reason: problem });
      continue;
    }
    reader.reset(row.line, row.cells);
    const outcome = definition.toRecord(reader, context);
    if (reader.errors.length > 0) errors.push(...reader.errors);
    else if (outcome === 'skip') skipped++;
    else if (outcome !== null) accepted.push(outcome);
  }
  summary.imported = accepted.length;
  summary.rejected = dataRows.length - accepted.length - skipped;
  if (definition.countsSkips) summary.skippedNonResponders = skipped;
  const firstError = errors[0];
  if (accepted.length === 0 && firstError !== undefined) {
    return failed(
      summary,
      `None of the ${dataRows.length} rows could be imported; the first problem is on line ${firstError.line}: ${firstError.reason}`,
      preview,
      errors,
    );
  }

  const settled = settleCurrencies(definition, accepted, options.currency);
  if (!settled.ok) return failed(summary, settled.fatal, preview, errors);
  if (settled.converted !== null) summary.converted = settled.converted;

  const kept = keepLast(definition, settled.accepted, summary);
  const readCents = settled.accepted.reduce((sum, { cents }) => sum + (cents ?? 0), 0);
  const storedCents = kept.reduce((sum, { cents }) => sum + (cents ?? 0), 0);
  if (definition.hasAmount) {
    summary.amountRead = readCents / 100;
    summary.amountStored = storedCents / 100;
  }
  return {
    records: kept.map(({ record }) => record),
    cents: kept.map(({ cents }) => cents),
    errors,
    summary,
    preview,
    fatal: null,
  };
}

/** A row's quoting problem, or too many values for the header; `null` when it can be read. */
function rowProblem(row: ParsedRow, columns: number, delimiter: string): string | null {
  if (row.problem !== null) return row.problem;
  const extra = row.cells.slice(columns);
  if (!extra.some((cell) => cell.trim() !== '')) return null;
  const name = DELIMITER_NAMES[delimiter] ?? `“${delimiter}”`;
  return `This row has ${row.cells.length} values but the header has ${columns} columns; a value probably holds an unquoted ${name}.`;
}

/**
 * Drops all but the last of the records that share a key (metrics.md §1), keeping the
 * position of the first, and lists the keys in the summary. Records without a key stay.
 */
function keepLast<R, F extends string>(
  definition: KindDefinition<R, F>,
  accepted: { record: R; cents: number | null }[],
  summary: EngineSummary<F>,
): { record: R; cents: number | null }[] {
  const { identity } = definition;
  if (identity === undefined) return accepted;
  const identities = accepted.map(({ record }) => identity(record));
  // Salesforce's 15- and 18-character forms of one id share a key (coerce-id.ts).
  const keys = idKeys(identities.map((id) => id?.key ?? ''));
  const byKey = new Map<string, { record: R; cents: number | null }>();
  const unkeyed: { record: R; cents: number | null }[] = [];
  const order: (string | null)[] = [];
  const duplicates = new Map<string, string>();
  accepted.forEach((entry, i) => {
    const id = identities[i];
    const key = keys[i];
    if (id === null || id === undefined || key === undefined) {
      unkeyed.push(entry);
      order.push(null);
      return;
    }
    if (byKey.has(key)) duplicates.set(key, key === id.key ? id.shown : key);
    else order.push(key);
    byKey.set(key, entry);
  });
  summary.duplicateIds = [...duplicates.values()];
  let nextUnkeyed = 0;
  return order.flatMap((key) => {
    if (key !== null) {
      const entry = byKey.get(key);
      return entry === undefined ? [] : [entry];
    }
    const entry = unkeyed[nextUnkeyed++];
    return entry === undefined ? [] : [entry];
  });
}

/** The day/month order of every date column and the one the summary reports. */
interface SettledOrders<F extends string> {
  byField: Partial<Record<F, DateOrder>>;
  summary: DateOrder;
  ambiguous: string[];
}

/**
 * Settles the day/month order of the date columns. A user's order wins. Otherwise each
 * column settles its own order from all its values; a column that cannot borrows the
 * first settled one in the kind's priority (one export is written in one locale); if
 * none can, month-first (the Salesforce and HubSpot default for US users) is used and the
 * columns whose values depend on it are flagged for the import screen to ask about.
 */
function settleDateOrders<R, F extends string>(
  definition: KindDefinition<R, F>,
  headers: readonly string[],
  indexes: Partial<Record<F, number>>,
  columnValues: (field: F) => string[],
  chosen: DateOrder | undefined,
): SettledOrders<F> {
  const dateFields = definition.fields
    .filter((spec) => spec.type === 'date' && indexes[spec.field] !== undefined)
    .map((spec) => spec.field);
  const byField: Partial<Record<F, DateOrder>> = {};
  if (chosen !== undefined) {
    for (const field of dateFields) byField[field] = chosen;
    return { byField, summary: chosen, ambiguous: [] };
  }
  const own = new Map<F, DateOrder | null>();
  for (const field of dateFields) own.set(field, settleDateOrder(columnValues(field)));
  const priority = definition.dateOrderPriority ?? dateFields;
  const settled = priority.map((field) => own.get(field) ?? null).find((order) => order !== null);
  const fallback = settled ?? 'mdy';
  const ambiguous: string[] = [];
  if (settled === undefined) {
    for (const field of dateFields) {
      const index = indexes[field];
      if (index !== undefined && dependsOnOrder(columnValues(field))) {
        ambiguous.push(headers[index] ?? field);
      }
    }
  }
  for (const field of dateFields) byField[field] = own.get(field) ?? fallback;
  return { byField, summary: fallback, ambiguous };
}

/** A summary before anything is known about the file (as engine.ts starts it). */
export function blankSummary<R, F extends string>(
  definition: KindDefinition<R, F>,
  fileName: string,
): EngineSummary<F> {
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
    skippedNonResponders: definition.countsSkips ? 0 : null,
    duplicateIds: definition.identity === undefined ? null : [],
    amountRead: definition.hasAmount ? 0 : null,
    amountStored: definition.hasAmount ? 0 : null,
    footerRecordCount: null,
    footerMatches: null,
  };
}

/** A result for a file that cannot be imported: no records, the reason in `fatal`. */
export function failed<R, F extends string>(
  summary: EngineSummary<F>,
  fatal: string,
  preview: ImportPreview = { headers: summary.headers, rows: [] },
  errors: ImportError[] = [],
): EngineResult<R, F> {
  return { records: [], cents: [], errors, summary, preview, fatal };
}
