import { headerKey } from './fields';
import type { KindDefinition } from './kind-definition';
import type { RecordFormat } from './types';

/** A proposed mapping for one kind and the export its headers come from. */
export interface ProposedMapping<F extends string> {
  format: RecordFormat;
  mapping: Partial<Record<F, string>>;
}

/** The mapping to import with, or the reason the file cannot be imported. */
export type ResolvedFieldMapping<F extends string> =
  | {
      ok: true;
      format: RecordFormat;
      mapping: Partial<Record<F, string>>;
      indexes: Partial<Record<F, number>>;
    }
  | { ok: false; format: RecordFormat; mapping: Partial<Record<F, string>>; fatal: string };

/** Header key → the first header with that key. */
function headersByKey(headers: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const header of headers) {
    const key = headerKey(header);
    if (key !== '' && !byKey.has(key)) byKey.set(key, header);
  }
  return byKey;
}

/**
 * Proposes a mapping for any file of a kind: each field, in the kind's order, takes the
 * first of its aliases that a header not yet taken matches; and names the known export.
 */
export function proposeFieldMapping<R, F extends string>(
  definition: KindDefinition<R, F>,
  headers: readonly string[],
): ProposedMapping<F> {
  const byKey = headersByKey(headers);
  const mapping: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  for (const { field, aliases } of definition.fields) {
    for (const alias of aliases) {
      const header = byKey.get(alias);
      if (header === undefined || used.has(header)) continue;
      if (definition.skipAlias?.(field, alias, mapping) === true) continue;
      mapping[field] = header;
      used.add(header);
      break;
    }
  }
  return { format: detectFormatOf(definition, new Set(byKey.keys())), mapping };
}

/**
 * The export a set of header keys comes from: the first of the kind's formats with at
 * least two of its signs, unless a later one has strictly more.
 */
function detectFormatOf<R, F extends string>(
  definition: KindDefinition<R, F>,
  keys: ReadonlySet<string>,
): RecordFormat {
  let best: RecordFormat = 'custom';
  let bestCount = 1;
  for (const { format, signs } of definition.formats) {
    const count = signs.filter((sign) => keys.has(sign)).length;
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  return best;
}

/** Header keys of a file that are hallmarks of a kind. */
export function hallmarkCount<R, F extends string>(
  definition: KindDefinition<R, F>,
  headers: readonly string[],
): number {
  const keys = new Set(headers.map(headerKey));
  return definition.hallmarks.filter((mark) => keys.has(mark)).length;
}

/** The first required group with no mapped field, or `null` when every requirement is met. */
export function missingGroup<F extends string>(
  groups: readonly (readonly F[])[],
  mapped: Partial<Record<F, unknown>>,
): readonly F[] | null {
  return groups.find((group) => group.every((field) => mapped[field] === undefined)) ?? null;
}

/**
 * Settles the mapping for a file of a kind: a user's mapping wins (format `custom`), else
 * the proposed one. Every mapped header must exist (case and surrounding spaces ignored)
 * and every required group must have a mapped field.
 */
export function resolveFieldMapping<R, F extends string>(
  definition: KindDefinition<R, F>,
  headers: readonly string[],
  userMapping?: Partial<Record<F, string>>,
): ResolvedFieldMapping<F> {
  const proposed = proposeFieldMapping(definition, headers);
  const format = userMapping === undefined ? proposed.format : 'custom';
  const wanted = userMapping ?? proposed.mapping;
  const mapping: Partial<Record<F, string>> = {};
  const indexes: Partial<Record<F, number>> = {};
  const missing: string[] = [];
  for (const { field } of definition.fields) {
    const header = wanted[field];
    if (header === undefined || header.trim() === '') continue;
    const want = header.trim().toLowerCase();
    const index = headers.findIndex((h) => h.trim().toLowerCase() === want);
    const found = headers[index];
    if (found === undefined) {
      missing.push(`“${header}” (for ${field})`);
      continue;
    }
    mapping[field] = found;
    indexes[field] = index;
  }
  const read = headers.map((h) => `“${h}”`).join(', ');
  if (missing.length > 0) {
    return {
      ok: false,
      format,
      mapping,
      fatal: `The mapping names ${missing.length === 1 ? 'a column' : 'columns'} this file does not have: ${missing.join(', ')} (headers read: ${read}).`,
    };
  }
  const group = missingGroup(definition.requiredGroups, indexes);
  if (group !== null) {
    return {
      ok: false,
      format,
      mapping,
      fatal: `${missingMessage(definition, group)} (headers read: ${read}).`,
    };
  }
  return { ok: true, format, mapping, indexes };
}

/** `No lead id column found. Map a column to “id”`, or the one-of form for a group. */
function missingMessage<R, F extends string>(
  definition: KindDefinition<R, F>,
  group: readonly F[],
): string {
  const label = (field: F): string =>
    (definition.fields.find((spec) => spec.field === field)?.label ?? field).toLowerCase();
  const [only] = group;
  if (group.length === 1 && only !== undefined) {
    return `No ${label(only)} column found. Map a column to “${only}”`;
  }
  const labels = group.map(label);
  const names = group.map((field) => `“${field}”`).join(', ');
  return `No ${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1] ?? ''} column found. Map a column to one of ${names}`;
}
