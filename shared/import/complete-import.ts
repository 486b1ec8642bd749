import { DateOrderTally } from './coerce-date';
import { idKeys, isSalesforce15 } from './coerce-id';
import { ProbabilityScaleTally } from './coerce-number';
import type { ProbabilityScale } from './coerce-number';
import { EMPTY_FILE_MESSAGE } from './decode';
import type { EngineOptions, EngineResult, EngineSummary } from './engine';
import { headerKey } from './fields';
import { footerStart, isTotalRow } from './footer';
import type { KindContext, KindDefinition, RecordIdentity } from './kind-definition';
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
  // The rows are walked by index between the header and the footer rather than copied:
  // a million-row file is held once.
  const footer = footerStart(rows);
  const end = footer.end;
  const headerRow = end > 0 ? rows[0] : undefined;
  if (headerRow === undefined) return failed(summary, EMPTY_FILE_MESSAGE);
  const headers = headerRow.cells.map((cell) => cell.trim());
  summary.headers = headers;
  summary.footerRecordCount = footer.footerRecordCount;

  const resolved = resolveFieldMapping(definition, headers, options.mapping);
  summary.format = resolved.format;
  summary.mapping = resolved.mapping;
  const preview: ImportPreview = { headers, rows: [] };
  for (let i = 1; i < end && i <= PREVIEW_ROWS; i++) preview.rows.push(rows[i]?.cells ?? []);
  if (!resolved.ok) return failed(summary, resolved.fatal, preview);
  const { indexes } = resolved;
  const keyField = definition.keyFields.find((field) => indexes[field] !== undefined);
  const keyIndex = keyField === undefined ? 0 : (indexes[keyField] ?? 0);

  // One pass over the body reads every row while it is fresh in memory: Total rows out,
  // the values the date orders and probability scales settle from counted, and the row
  // read into a record with the orders and scales the first rows settle. Those almost
  // always hold for the whole file; when they do not, the rows are read again.
  const chosen = options.dateOrder;
  const full = columnTallies(definition, headers, indexes, chosen);
  const early = columnTallies(definition, headers, indexes, chosen);
  let counted = 0;
  for (let i = 1; i < end && counted < EARLY_ROWS; i++) {
    const row = rows[i];
    if (row === undefined || isTotalRow(row.cells, keyIndex)) continue;
    early.add(row.cells);
    counted++;
  }
  const guess = settleColumns(definition, headers, indexes, early, chosen);
  const context = { stageRules: options.stageRules ?? DEFAULT_STAGE_RULES };
  const setup = { headers, indexes, noun: definition.noun, delimiter, context };
  let read = new RowsRead(definition, setup, guess);
  const dataRows: ParsedRow[] = [];
  for (let i = 1; i < end; i++) {
    const row = rows[i];
    if (row === undefined || isTotalRow(row.cells, keyIndex)) continue;
    dataRows.push(row);
    full.add(row.cells);
    read.read(row);
  }
  preview.rows = dataRows.slice(0, PREVIEW_ROWS).map((row) => row.cells);
  summary.rowsRead = dataRows.length;
  if (footer.footerRecordCount !== null) {
    summary.footerMatches = footer.footerRecordCount === dataRows.length;
  }
  if (dataRows.length === 0) {
    return failed(summary, 'This file has a header row but no data rows.', preview);
  }

  const settled = settleColumns(definition, headers, indexes, full, chosen);
  summary.dateOrder = settled.orders.summary;
  if (settled.orders.ambiguous.length > 0) summary.ambiguousDateColumns = settled.orders.ambiguous;
  if (!sameColumns(guess, settled)) {
    read = new RowsRead(definition, setup, settled);
    for (const row of dataRows) read.read(row);
  }
  const { errors, accepted, skipped, keys } = read;
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

  const currencies = settleCurrencies(definition, accepted, options.currency);
  if (!currencies.ok) return failed(summary, currencies.fatal, preview, errors);
  if (currencies.converted !== null) summary.converted = currencies.converted;

  // Converted records are new objects; the check made while reading holds for the originals.
  const unique = currencies.converted === null && keys.unique();
  const kept = unique ? currencies.accepted : keepLast(definition, currencies.accepted, summary);
  if (unique) summary.duplicateIds = [];
  const readCents = currencies.accepted.reduce((sum, { cents }) => sum + (cents ?? 0), 0);
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

/** Data rows whose values settle the orders and scales the whole pass first reads with. */
const EARLY_ROWS = 4096;

/** What a file's rows are read with besides the orders and scales. */
interface RowsSetup<F extends string> {
  headers: readonly string[];
  indexes: Partial<Record<F, number>>;
  noun: string;
  delimiter: string;
  context: KindContext;
}

/** The date orders and probability scales of a file's columns. */
interface SettledColumns<F extends string> {
  orders: SettledOrders<F>;
  scales: Partial<Record<F, ProbabilityScale>>;
}

/** The rows read into records with one set of orders and scales, and what was found. */
class RowsRead<R, F extends string> {
  readonly errors: ImportError[] = [];
  readonly accepted: { record: R; cents: number | null }[] = [];
  readonly keys: KeyCheck<R>;
  skipped = 0;
  private readonly reader: RowReader<F>;

  constructor(
    private readonly definition: KindDefinition<R, F>,
    private readonly setup: RowsSetup<F>,
    columns: SettledColumns<F>,
  ) {
    this.keys = new KeyCheck<R>(definition.identity);
    this.reader = new RowReader<F>({
      headers: setup.headers,
      indexes: setup.indexes,
      dateOrders: columns.orders.byField,
      percentScales: columns.scales,
      noun: setup.noun,
    });
  }

  /** Reads one data row: a record, a skip, or its problems. */
  read(row: ParsedRow): void {
    const problem = rowProblem(row, this.setup.headers.length, this.setup.delimiter);
    if (problem !== null) {
      this.errors.push({ line: row.line, column: null, reason: problem });
      return;
    }
    const { reader } = this;
    reader.reset(row.line, row.cells);
    const outcome = this.definition.toRecord(reader, this.setup.context);
    if (reader.errors.length > 0) this.errors.push(...reader.errors);
    else if (outcome === 'skip') this.skipped++;
    else if (outcome !== null) {
      this.accepted.push(outcome);
      this.keys.add(outcome.record);
    }
  }
}

/** The tallies of a file's date and percent columns, fed row by row. */
class ColumnTallies<F extends string> {
  constructor(
    readonly dates: readonly ColumnTally<F, DateOrderTally>[],
    readonly percents: readonly ColumnTally<F, ProbabilityScaleTally>[],
  ) {}

  /** Counts one data row's values. */
  add(cells: readonly string[]): void {
    for (const { index, tally } of this.dates) tally.add(cells[index] ?? '');
    for (const { index, tally } of this.percents) {
      if (!tally.settled) tally.add(cells[index] ?? '');
    }
  }
}

/** Empty tallies for the mapped date columns (unless the user chose the order) and percent columns. */
function columnTallies<R, F extends string>(
  definition: KindDefinition<R, F>,
  headers: readonly string[],
  indexes: Partial<Record<F, number>>,
  chosen: DateOrder | undefined,
): ColumnTallies<F> {
  const dates: ColumnTally<F, DateOrderTally>[] = [];
  const percents: ColumnTally<F, ProbabilityScaleTally>[] = [];
  for (const spec of definition.fields) {
    const index = indexes[spec.field];
    if (index === undefined) continue;
    if (spec.type === 'date' && chosen === undefined) {
      dates.push({ field: spec.field, index, tally: new DateOrderTally() });
    } else if (spec.type === 'percent') {
      const fractionHeader = (spec.fractionHeaders ?? []).includes(headerKey(headers[index] ?? ''));
      percents.push({ field: spec.field, index, tally: new ProbabilityScaleTally(fractionHeader) });
    }
  }
  return new ColumnTallies(dates, percents);
}

/** The orders and scales the tallies settle. */
function settleColumns<R, F extends string>(
  definition: KindDefinition<R, F>,
  headers: readonly string[],
  indexes: Partial<Record<F, number>>,
  tallies: ColumnTallies<F>,
  chosen: DateOrder | undefined,
): SettledColumns<F> {
  const orders = settleDateOrders(definition, headers, indexes, tallies.dates, chosen);
  const scales: Partial<Record<F, ProbabilityScale>> = {};
  for (const { field, tally } of tallies.percents) scales[field] = tally.scale();
  return { orders, scales };
}

/** Whether two settlements read every column alike. */
function sameColumns<F extends string>(a: SettledColumns<F>, b: SettledColumns<F>): boolean {
  const same = <T>(x: Partial<Record<F, T>>, y: Partial<Record<F, T>>): boolean => {
    const keys = Object.keys(x) as F[];
    return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
  };
  return same(a.orders.byField, b.orders.byField) && same(a.scales, b.scales);
}

/** A mapped column and what is counted from its values. */
interface ColumnTally<F extends string, T> {
  field: F;
  index: number;
  tally: T;
}

/** A row's quoting problem, or too many values for the header; `null` when it can be read. */
function rowProblem(row: ParsedRow, columns: number, delimiter: string): string | null {
  if (row.problem !== null) return row.problem;
  const { cells } = row;
  let extra = false;
  for (let i = columns; i < cells.length && !extra; i++) extra = (cells[i] ?? '').trim() !== '';
  if (!extra) return null;
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
  // Salesforce's 15- and 18-character forms of one id share a key (coerce-id.ts); without
  // any 15-character id every key is the id's own.
  const plainKeys = identities.map((id) => id?.key ?? '');
  const keys = plainKeys.some(isSalesforce15) ? idKeys(plainKeys) : plainKeys;
  if (!hasDuplicate(identities, keys)) {
    summary.duplicateIds = [];
    return accepted;
  }
  const byKey = new Map<string, { record: R; cents: number | null }>();
  const unkeyed: { record: R; cents: number | null }[] = [];
  const order: (string | null)[] = [];
  const duplicates = new Map<string, string>();
  for (let i = 0; i < accepted.length; i++) {
    const entry = accepted[i];
    const id = identities[i];
    const key = keys[i];
    if (entry === undefined) continue;
    if (id === null || id === undefined || key === undefined) {
      unkeyed.push(entry);
      order.push(null);
      continue;
    }
    if (byKey.has(key)) duplicates.set(key, key === id.key ? id.shown : key);
    else order.push(key);
    byKey.set(key, entry);
  }
  summary.duplicateIds = [...duplicates.values()];
  const kept: { record: R; cents: number | null }[] = [];
  let nextUnkeyed = 0;
  for (const key of order) {
    const entry = key === null ? unkeyed[nextUnkeyed++] : byKey.get(key);
    if (entry !== undefined) kept.push(entry);
  }
  return kept;
}

/**
 * Checks, record by record as they are read (while each id is fresh in memory), whether
 * keepLast could find a duplicate: two records with one key, or a 15-character id that
 * an 18-character one might share. When it cannot, keepLast keeps every record as it is.
 */
class KeyCheck<R> {
  /** Keys so far while each is greater than the last (exports are often sorted by id). */
  private ascending: string[] | null = [];
  /** Keys so far once they are not in order. */
  private seen: Set<string> | null = null;
  private clash = false;

  constructor(private readonly identity: ((record: R) => RecordIdentity | null) | undefined) {}

  /** Counts one accepted record. */
  add(record: R): void {
    if (this.identity === undefined || this.clash) return;
    const id = this.identity(record);
    if (id === null) return;
    const { key } = id;
    if (isSalesforce15(key)) {
      this.clash = true;
      return;
    }
    // Keys in strictly ascending order cannot repeat, and comparing is cheaper than hashing.
    const ascending = this.ascending;
    if (ascending !== null) {
      const last = ascending[ascending.length - 1];
      if (last === undefined || last < key) {
        ascending.push(key);
        return;
      }
      this.seen = new Set(ascending);
      this.ascending = null;
    }
    const seen = this.seen ?? new Set<string>();
    this.seen = seen;
    const before = seen.size;
    seen.add(key);
    if (seen.size === before) this.clash = true;
  }

  /** Whether the kind has identities and no two records can share a key. */
  unique(): boolean {
    return this.identity !== undefined && !this.clash;
  }
}

/** Whether two keyed records share a key (records without an identity have none). */
function hasDuplicate(
  identities: readonly (RecordIdentity | null)[],
  keys: readonly string[],
): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (identities[i] === null || key === undefined) continue;
    const before = seen.size;
    seen.add(key);
    if (seen.size === before) return true;
  }
  return false;
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
  tallies: readonly ColumnTally<F, DateOrderTally>[],
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
  const tallyOf = new Map<F, DateOrderTally>();
  for (const { field, tally } of tallies) tallyOf.set(field, tally);
  const own = new Map<F, DateOrder | null>();
  for (const field of dateFields) own.set(field, tallyOf.get(field)?.order() ?? null);
  const priority = definition.dateOrderPriority ?? dateFields;
  const settled = priority.map((field) => own.get(field) ?? null).find((order) => order !== null);
  const fallback = settled ?? 'mdy';
  const ambiguous: string[] = [];
  if (settled === undefined) {
    for (const field of dateFields) {
      const index = indexes[field];
      if (index !== undefined && tallyOf.get(field)?.dependsOnOrder() === true) {
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
