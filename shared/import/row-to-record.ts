import type { Opportunity, OpportunityField } from '../records';
import { money } from '../units';
import type { IsoDate } from '../units';
import { coerceAmount } from './coerce-amount';
import { coerceDate } from './coerce-date';
import { isMangledId } from './coerce-id';
import { coerceCount, coercePercent } from './coerce-number';
import type { ProbabilityScale } from './coerce-number';
import type { FieldIndexes } from './detect';
import type { ParsedRow } from './parse';
import { coerceFlag, statusFromFlags, statusFromStage } from './status';
import type { DateOrder, ImportError, StageRule } from './types';

/** What every row of one file is read with: its columns and the orders settled for the whole file. */
export interface RowContext {
  headers: string[];
  delimiter: string;
  indexes: FieldIndexes;
  createdDateOrder: DateOrder;
  closeDateOrder: DateOrder;
  probabilityScale: ProbabilityScale;
  stageRules: readonly StageRule[];
}

/** A row turned into an opportunity (with its amount in cents), or the problems that reject it. */
export type RowOutcome =
  { ok: true; record: Opportunity; cents: number | null } | { ok: false; errors: ImportError[] };

/** Human names of the delimiters, for the "too many values" message. */
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** Turns one data row into an opportunity; every invalid cell is reported and rejects the row. */
export function rowToRecord(row: ParsedRow, context: RowContext): RowOutcome {
  const { headers, indexes } = context;
  const { line, cells } = row;
  if (row.problem !== null) return reject(line, null, row.problem);
  const extra = cells.slice(headers.length);
  if (extra.some((cell) => cell.trim() !== '')) {
    const name = DELIMITER_NAMES[context.delimiter] ?? `“${context.delimiter}”`;
    return reject(
      line,
      null,
      `This row has ${cells.length} values but the header has ${headers.length} columns; a value probably holds an unquoted ${name}.`,
    );
  }

  const errors: ImportError[] = [];
  const headerOf = (field: OpportunityField): string => {
    const index = indexes[field];
    return index === undefined ? field : (headers[index] ?? field);
  };
  const raw = (field: OpportunityField): string => {
    const index = indexes[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const text = (field: OpportunityField): string | null => {
    const value = raw(field).trim();
    return value === '' ? null : value;
  };
  const fail = (field: OpportunityField, reason: string): void => {
    errors.push({ line, column: headerOf(field), reason });
  };
  const quoted = (field: OpportunityField): string => `${headerOf(field)} “${raw(field).trim()}”`;

  const id = text('id');
  if (id === null) fail('id', `${headerOf('id')} is blank; every opportunity needs an id.`);
  else if (isMangledId(id)) {
    fail(
      'id',
      `${quoted('id')} was mangled by Excel into scientific notation and cannot be recovered; re-export the report as CSV without opening it in Excel.`,
    );
  }

  const amount = coerceAmount(raw('amount'));
  if (!amount.ok) fail('amount', `${quoted('amount')} ${amount.problem}.`);

  const date = (field: 'createdDate' | 'closeDate', order: DateOrder): IsoDate | null => {
    const result = coerceDate(raw(field), order);
    if (result.ok) return result.value;
    const why =
      result.problem === 'not-real'
        ? 'is not a real date'
        : 'is not a date (expected e.g. 2026-03-01)';
    fail(field, `${quoted(field)} ${why}.`);
    return null;
  };
  const createdDate = date('createdDate', context.createdDateOrder);
  const closeDate = date('closeDate', context.closeDateOrder);

  const probability = coercePercent(raw('probability'), context.probabilityScale);
  if (!probability.ok)
    fail('probability', `${quoted('probability')} is not a probability between 0 and 100.`);

  const employees = coerceCount(raw('employees'));
  if (!employees.ok)
    fail('employees', `${quoted('employees')} is not a whole number of employees.`);

  const flag = (field: 'won' | 'closed'): boolean | null => {
    const value = coerceFlag(raw(field));
    if (value !== undefined) return value;
    fail(field, `${quoted(field)} is not true or false (expected true/false, 1/0 or yes/no).`);
    return null;
  };
  const won = flag('won');
  const closed = flag('closed');

  if (errors.length > 0 || id === null) return { ok: false, errors };

  const stage = text('stage');
  const status = statusFromFlags(won, closed, statusFromStage(stage, context.stageRules));
  const cents = amount.ok ? amount.cents : null;
  const currencyCell = text('currency');
  const record: Opportunity = {
    id,
    name: text('name'),
    accountId: text('accountId'),
    accountName: text('accountName'),
    amount: cents === null ? null : money(cents / 100),
    currency:
      indexes.currency !== undefined
        ? normaliseCurrency(currencyCell)
        : amount.ok
          ? amount.currency
          : null,
    createdDate,
    closeDate,
    stage,
    status,
    forecastCategory: text('forecastCategory'),
    probability: probability.ok ? probability.value : null,
    leadSource: text('leadSource'),
    type: text('type'),
    segmentRaw: text('segmentRaw'),
    employees: employees.ok ? employees.value : null,
    region: text('region'),
    owner: text('owner'),
    leadId: text('leadId'),
    primaryCampaign: text('primaryCampaign'),
  };
  return { ok: true, record, cents };
}

/** A currency cell as an upper-case ISO code when it looks like one, else as written. */
function normaliseCurrency(value: string | null): string | null {
  if (value === null) return null;
  return /^[a-z]{3}$/i.test(value) ? value.toUpperCase() : value;
}

/** A row rejected as a whole. */
function reject(line: number, column: string | null, reason: string): RowOutcome {
  return { ok: false, errors: [{ line, column, reason }] };
}
