import type { RowReader } from './row-reader';
import type { RecordFormat, StageRule } from './types';

/** One canonical field of a kind: how the mapping editor names it and which headers name it. */
export interface FieldSpec<F extends string> {
  field: F;
  label: string;
  /** Whether this field alone must be mapped; "one of" requirements live in `requiredGroups`. */
  required: boolean;
  /** Header keys (see headerKey) that name the field, best first. */
  aliases: readonly string[];
  /** Date columns settle their day/month order; percent columns their 0–1 or 0–100 scale. */
  type?: 'date' | 'percent';
  /** Header keys of percent columns that hold fractions (HubSpot's `Deal probability`). */
  fractionHeaders?: readonly string[];
}

/** A known export of a kind and the header keys that give it away. */
export interface FormatSigns {
  format: RecordFormat;
  signs: readonly string[];
}

/** What a kind's row reader returns: a record (amount in cents), a skipped row, or `null` after reporting problems. */
export type RowResult<R> = { record: R; cents: number | null } | 'skip' | null;

/** A record's key for duplicate detection and how the summary shows it. */
export interface RecordIdentity {
  key: string;
  shown: string;
}

/** Per-file settings a kind's rows are read with. */
export interface KindContext {
  stageRules: readonly StageRule[];
}

/**
 * Everything the generic engine needs to import one kind of record: its fields and
 * their header aliases, the formats it recognises, what must be mapped, and how a row
 * becomes a record.
 */
export interface KindDefinition<R, F extends string> {
  /** The record in words for messages: `every ${noun} needs an id`. */
  noun: string;
  fields: readonly FieldSpec<F>[];
  /** Known exports, tried in order; a later one wins only with strictly more signs. */
  formats: readonly FormatSigns[];
  /** Header keys that only this kind's files have, for telling kinds apart. */
  hallmarks: readonly string[];
  /** Each group must have at least one mapped field. */
  requiredGroups: readonly (readonly F[])[];
  /** Fields whose blank cell marks a `Total` row, first mapped one used. */
  keyFields: readonly F[];
  /** Date fields whose settled order others borrow, best first; defaults to field order. */
  dateOrderPriority?: readonly F[];
  /** Whether records carry an amount summed into amountRead/amountStored. */
  hasAmount: boolean;
  /** Whether the kind counts campaign members skipped as non-responders. */
  countsSkips: boolean;
  /** Whether a proposed mapping should pass over `alias` for `field`, given what is mapped so far. */
  skipAlias?: (field: F, alias: string, mapping: Partial<Record<F, string>>) => boolean;
  /** Reads one row; problems go to `read.fail` and make the row rejected. */
  toRecord: (read: RowReader<F>, context: KindContext) => RowResult<R>;
  /** The key duplicates are found by; without it every row is kept. */
  identity?: (record: R) => RecordIdentity | null;
  /** The currency a record is in, when known; a file mixing currencies is converted or stopped. */
  currencyOf?: (record: R) => string | null;
  /** The record with its amount replaced by `cents` in `currency` (after conversion). */
  withAmount?: (record: R, cents: number | null, currency: string) => R;
}
