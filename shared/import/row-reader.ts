import type { IsoDate } from '../units';
import { coerceAmount } from './coerce-amount';
import type { AmountCoercion } from './coerce-amount';
import { DateCoercer } from './coerce-date';
import { isMangledId } from './coerce-id';
import { coerceCount, coercePercent } from './coerce-number';
import type { ProbabilityScale } from './coerce-number';
import { coerceFlag } from './status';
import type { DateOrder, ImportError } from './types';

/** An amount cell read: whole cents (`null` when blank or invalid) and any currency it names. */
export interface ReadAmount {
  cents: number | null;
  currency: string | null;
}

/** What a file's rows are read with: its columns and the orders and scales settled for the whole file. */
export interface ReaderSetup<F extends string> {
  headers: readonly string[];
  indexes: Partial<Record<F, number>>;
  dateOrders: Partial<Record<F, DateOrder>>;
  percentScales: Partial<Record<F, ProbabilityScale>>;
  noun: string;
}

/**
 * Reads the cells of one row by canonical field, coercing them as import.md describes and
 * collecting every problem with its line, column and a reason. One reader serves a whole
 * file: `reset` points it at the next row, so a million rows do not make a million readers.
 */
export class RowReader<F extends string> {
  /** Problems found on the current row; any of them rejects it. */
  errors: ImportError[] = [];
  private line = 1;
  private cells: readonly string[] = [];
  /** Each date column's coercer, made on first use; it remembers the column's distinct cells. */
  private readonly dates = new Map<F, DateCoercer>();
  /** Each amount, count and percent column's answers by cell, made on first use. */
  private readonly amounts = new Map<F, Memo<AmountCoercion>>();
  private readonly counts = new Map<F, Memo<ReturnType<typeof coerceCount>>>();
  private readonly percents = new Map<F, Memo<ReturnType<typeof coercePercent>>>();

  constructor(private readonly setup: ReaderSetup<F>) {}

  /** Points the reader at a row and clears its problems. */
  reset(line: number, cells: readonly string[]): void {
    this.line = line;
    this.cells = cells;
    // A fresh list only when the last row had problems: the caller copies them out.
    if (this.errors.length > 0) this.errors = [];
  }

  /** Whether the field is mapped to a column of this file. */
  has(field: F): boolean {
    return this.setup.indexes[field] !== undefined;
  }

  /** The header of the field's column, or the field's name when it is not mapped. */
  header(field: F): string {
    const index = this.setup.indexes[field];
    return index === undefined ? field : (this.setup.headers[index] ?? field);
  }

  /** The cell as written; `''` when the field is not mapped. */
  raw(field: F): string {
    const index = this.setup.indexes[field];
    return index === undefined ? '' : (this.cells[index] ?? '');
  }

  /** The trimmed cell, or `null` when blank. */
  text(field: F): string | null {
    const value = this.raw(field).trim();
    return value === '' ? null : value;
  }

  /** `Header “value”`, for messages. */
  quoted(field: F): string {
    return `${this.header(field)} “${this.raw(field).trim()}”`;
  }

  /** Records a problem with the field's column (or with the whole row when `field` is null). */
  fail(field: F | null, reason: string): void {
    this.errors.push({
      line: this.line,
      column: field === null ? null : this.header(field),
      reason,
    });
  }

  /** Records that a required cell is blank: `every ${noun} needs ${what}`. */
  failBlank(field: F, what: string): void {
    this.fail(field, `${this.header(field)} is blank; every ${this.setup.noun} needs ${what}.`);
  }

  /** An id cell; Excel's scientific notation is a problem, and so is a blank when `required` names what is needed. */
  id(field: F, required?: string): string | null {
    const id = this.text(field);
    if (id === null) {
      if (required !== undefined) this.failBlank(field, required);
      return null;
    }
    if (isMangledId(id)) {
      this.fail(
        field,
        `${this.quoted(field)} was mangled by Excel into scientific notation and cannot be recovered; re-export the report as CSV without opening it in Excel.`,
      );
      return null;
    }
    return id;
  }

  /** A date cell in its column's settled order; blank is `null` (a problem when `required` says what is needed). */
  date(field: F, required?: string): IsoDate | null {
    let coercer = this.dates.get(field);
    if (coercer === undefined) {
      coercer = new DateCoercer(this.setup.dateOrders[field] ?? 'mdy');
      this.dates.set(field, coercer);
    }
    const result = coercer.coerce(this.raw(field));
    if (result.ok) {
      if (result.value === null && required !== undefined) this.failBlank(field, required);
      return result.value;
    }
    const why =
      result.problem === 'not-real'
        ? 'is not a real date'
        : 'is not a date (expected e.g. 2026-03-01)';
    this.fail(field, `${this.quoted(field)} ${why}.`);
    return null;
  }

  /** An amount cell in every form of import.md; blank is `null` cents (a problem when `required`). */
  amount(field: F, required?: string): ReadAmount {
    const result = memoOf(this.amounts, field, () => coerceAmount).get(this.raw(field));
    if (!result.ok) {
      this.fail(field, `${this.quoted(field)} ${result.problem}.`);
      return { cents: null, currency: null };
    }
    if (result.cents === null && required !== undefined) this.failBlank(field, required);
    return { cents: result.cents, currency: result.currency };
  }

  /** A whole count such as employees; `what` names the unit in the message. */
  count(field: F, what: string): number | null {
    const result = memoOf(this.counts, field, () => coerceCount).get(this.raw(field));
    if (result.ok) return result.value;
    this.fail(field, `${this.quoted(field)} is not a whole number of ${what}.`);
    return null;
  }

  /** A probability in percent, read in its column's settled scale. */
  percent(field: F): number | null {
    const result = memoOf(this.percents, field, () => {
      const scale = this.setup.percentScales[field] ?? 'percent';
      return (raw: string) => coercePercent(raw, scale);
    }).get(this.raw(field));
    if (result.ok) return result.value;
    this.fail(field, `${this.quoted(field)} is not a probability between 0 and 100.`);
    return null;
  }

  /** A true/false cell (true/false, 1/0, yes/no); blank is `null`. */
  flag(field: F): boolean | null {
    const value = coerceFlag(this.raw(field));
    if (value !== undefined) return value;
    this.fail(
      field,
      `${this.quoted(field)} is not true or false (expected true/false, 1/0 or yes/no).`,
    );
    return null;
  }

  /**
   * A cell read by `parse` into one of a few values; blank is `null` (a problem when
   * `required`), and a value `parse` refuses is reported with `expected`.
   */
  choice<T>(
    field: F,
    parse: (text: string) => T | null,
    expected: string,
    required?: string,
  ): T | null {
    const text = this.text(field);
    if (text === null) {
      if (required !== undefined) this.failBlank(field, required);
      return null;
    }
    const value = parse(text);
    if (value === null) this.fail(field, `${this.quoted(field)} ${expected}.`);
    return value;
  }
}

/** The column's memo in `memos`, made with the coercion `make` gives on first use. */
function memoOf<F extends string, T>(
  memos: Map<F, Memo<T>>,
  field: F,
  make: () => (raw: string) => T,
): Memo<T> {
  let memo = memos.get(field);
  if (memo === undefined) {
    memo = new Memo(make());
    memos.set(field, memo);
  }
  return memo;
}

/** Distinct cells a memo remembers; beyond it they are read again. */
const MEMO_SIZE = 4096;

/**
 * A coercion's answers by cell. Exports repeat a few values down a column (amounts,
 * probabilities, flags), so each distinct one is coerced once; answers are shared and
 * never changed.
 */
class Memo<T> {
  private readonly seen = new Map<string, T>();

  constructor(private readonly read: (raw: string) => T) {}

  /** The coercion of `raw`. */
  get(raw: string): T {
    if (this.seen.has(raw)) return this.seen.get(raw) as T;
    const value = this.read(raw);
    if (this.seen.size < MEMO_SIZE) this.seen.set(raw, value);
    return value;
  }
}
