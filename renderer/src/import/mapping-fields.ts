import { recordFields, recordRequirements } from '../../../shared/import/import-records';
import { KIND_DEFINITIONS } from '../../../shared/import/kinds';
import type { RecordKind } from '../../../shared/import/types';

/** One canonical field as the mapping editor shows it, for any kind. */
export interface EditorField {
  field: string;
  label: string;
  /** Mapped alone or not at all: the file cannot import without it. */
  required: boolean;
  /** When the field is one of a group where any one will do: the labels of the whole group. */
  oneOf: string[] | null;
}

/** The fields of a kind in the editor's order, each marked required or "one of" a group. */
export function editorFields(kind: RecordKind): EditorField[] {
  const fields = recordFields(kind).map(({ field, label, required }) => ({
    field: String(field),
    label,
    required,
  }));
  const labelOf = (field: string) => fields.find((f) => f.field === field)?.label ?? field;
  const groups = recordRequirements(kind).map((group) => group.map(String));
  return fields.map((f) => {
    const group = groups.find((g) => g.includes(f.field));
    const single = group !== undefined && group.length === 1;
    return {
      ...f,
      required: f.required || single,
      oneOf: group !== undefined && !single ? group.map(labelOf) : null,
    };
  });
}

/** The requirement groups of a kind that a mapping leaves unmet, as field labels. */
export function unmetRequirements(kind: RecordKind, mapping: Record<string, string>): string[][] {
  const fields = editorFields(kind);
  const labelOf = (field: string) => fields.find((f) => f.field === field)?.label ?? field;
  return recordRequirements(kind)
    .map((group) => group.map(String))
    .filter((group) => group.every((field) => mapping[field] === undefined))
    .map((group) => group.map(labelOf));
}

/** The columns a mapping reads dates from, for the kind's date fields, in field order. */
export function mappedDateColumns(kind: RecordKind, mapping: Record<string, string>): string[] {
  const columns: string[] = [];
  for (const spec of KIND_DEFINITIONS[kind].fields) {
    if (spec.type !== 'date') continue;
    const column = mapping[spec.field];
    if (column !== undefined && !columns.includes(column)) columns.push(column);
  }
  return columns;
}
