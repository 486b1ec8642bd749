import type { OpportunityField } from '../records';
import { OPPORTUNITIES } from './kinds/opportunities';
import { proposeFieldMapping, resolveFieldMapping } from './mapping';
import type { ColumnMapping, ExportFormat, RecordFormat } from './types';

/** Recognises a Salesforce or HubSpot opportunities export from its headers and proposes a mapping for any file. */
export function proposeMapping(headers: string[]): {
  format: ExportFormat;
  mapping: ColumnMapping;
} {
  const proposed = proposeFieldMapping(OPPORTUNITIES, headers);
  return { format: opportunityFormat(proposed.format), mapping: proposed.mapping };
}

/** The column mapping to import with, or the reason the file cannot be imported. */
export type ResolvedMapping =
  | { ok: true; format: ExportFormat; mapping: ColumnMapping; indexes: FieldIndexes }
  | { ok: false; format: ExportFormat; mapping: ColumnMapping; fatal: string };

/** Canonical field → index of its column. */
export type FieldIndexes = Partial<Record<OpportunityField, number>>;

/**
 * Settles the mapping for an opportunities file: a user's mapping wins (format `custom`),
 * else the proposed one. Every mapped header must exist (case and surrounding spaces
 * ignored) and `id` must be mapped.
 */
export function resolveMapping(headers: string[], userMapping?: ColumnMapping): ResolvedMapping {
  const resolved = resolveFieldMapping(OPPORTUNITIES, headers, userMapping);
  return { ...resolved, format: opportunityFormat(resolved.format) };
}

/** Narrows a format found with the opportunities definition, which only knows opportunity exports. */
export function opportunityFormat(format: RecordFormat): ExportFormat {
  return format === 'salesforce-opportunities' || format === 'hubspot-deals' ? format : 'custom';
}
