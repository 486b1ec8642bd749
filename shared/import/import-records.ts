import { runImport } from './engine';
import { KIND_DEFINITIONS } from './kinds';
import { proposeFieldMapping } from './mapping';
import type {
  FieldOfKind,
  KindMapping,
  RecordFormat,
  RecordImportOptions,
  RecordImportResult,
  RecordKind,
} from './types';

/** One canonical field of a kind as the mapping editor lists it. */
export interface RecordField<K extends RecordKind> {
  field: FieldOfKind[K];
  label: string;
  /** Whether this field alone must be mapped; see `recordRequirements` for "one of" groups. */
  required: boolean;
}

/**
 * Imports one file of any kind from its bytes through the shared pipeline (decode →
 * parse → footer → detect → coerce → validate). Never throws: a file that cannot be
 * imported at all comes back with `fatal` set and no records; rejected rows carry their
 * line, column and reason in `errors`.
 */
export function importRecords<K extends RecordKind>(
  kind: K,
  bytes: Uint8Array,
  options: RecordImportOptions<K>,
): RecordImportResult<K> {
  const result = runImport(KIND_DEFINITIONS[kind], bytes, options);
  return {
    records: result.records,
    errors: result.errors,
    summary: { kind, ...result.summary },
    preview: result.preview,
    fatal: result.fatal,
  };
}

/** Every field a column of a kind's file can map to, in the order the mapping editor shows them. */
export function recordFields<K extends RecordKind>(kind: K): RecordField<K>[] {
  return KIND_DEFINITIONS[kind].fields.map(({ field, label, required }) => ({
    field,
    label,
    required,
  }));
}

/** What a kind's mapping must cover: each group needs at least one mapped field. */
export function recordRequirements<K extends RecordKind>(
  kind: K,
): readonly (readonly FieldOfKind[K][])[] {
  return KIND_DEFINITIONS[kind].requiredGroups;
}

/** Recognises a known export of a kind from its headers and proposes a mapping for any file. */
export function proposeRecordMapping<K extends RecordKind>(
  kind: K,
  headers: readonly string[],
): { format: RecordFormat; mapping: KindMapping<K> } {
  return proposeFieldMapping(KIND_DEFINITIONS[kind], headers);
}
