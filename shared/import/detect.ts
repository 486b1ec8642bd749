import type { OpportunityField } from '../records';
import { headerKey, MAPPABLE_FIELDS } from './fields';
import type { ColumnMapping, ExportFormat } from './types';

/**
 * Header keys (see headerKey) that name each field, best first: Salesforce and HubSpot
 * labels, then the common names of hand-made exports.
 */
const FIELD_ALIASES: Record<OpportunityField, readonly string[]> = {
  id: ['opportunity id', 'record id', 'deal id', 'opportunity 18 digit id', 'opp id', 'id'],
  name: ['opportunity name', 'deal name', 'opportunity', 'deal', 'name', 'title'],
  accountId: ['account id', 'company id', 'associated company id', 'customer id'],
  accountName: [
    'account name',
    'associated company',
    'associated company primary',
    'company name',
    'account',
    'company',
    'customer',
    'customer name',
    'organization',
    'organisation',
  ],
  // A converted amount is already in the corporate currency: preferring it keeps a
  // multi-currency org's export importable without conversion rates.
  amount: [
    'amount converted',
    'amount in company currency',
    'amount',
    'deal amount',
    'opportunity amount',
    'value',
    'deal value',
    'close value',
  ],
  currency: [
    'amount converted currency',
    'amount currency',
    'currency',
    'currency code',
    'currency iso code',
    'opportunity currency',
    'deal currency code',
  ],
  createdDate: [
    'created date',
    'create date',
    'created',
    'created on',
    'created at',
    'creation date',
    'date created',
  ],
  closeDate: [
    'close date',
    'closed date',
    'expected close date',
    'closing date',
    'close',
    'closed on',
    'closed at',
  ],
  stage: ['stage', 'deal stage', 'opportunity stage', 'stage name', 'sales stage'],
  forecastCategory: ['forecast category', 'forecast category name', 'forecast'],
  probability: ['probability', 'deal probability', 'win probability'],
  leadSource: [
    'lead source',
    'original source type',
    'original traffic source',
    'original source',
    'opportunity source',
    'deal source',
    'source',
    'channel',
  ],
  type: ['type', 'deal type', 'opportunity type', 'business type'],
  segmentRaw: ['segment', 'market segment', 'customer segment', 'account segment'],
  employees: [
    'employees',
    'number of employees',
    'employee count',
    'no of employees',
    'headcount',
    'account employees',
  ],
  region: ['region', 'sales region', 'territory', 'geo'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'owner name', 'sales rep', 'sales agent'],
  leadId: ['lead id', 'converted lead id', 'original lead id'],
  primaryCampaign: ['primary campaign source', 'primary campaign', 'campaign', 'campaign name'],
  won: ['won', 'is won', 'is closed won'],
  closed: ['closed', 'is closed'],
};

/** Amount columns already converted to one currency; their currency is only the converted one. */
const CONVERTED_AMOUNTS = new Set(['amount converted', 'amount in company currency']);

/** Headers only a Salesforce opportunities report has. */
const SALESFORCE_SIGNS = [
  'opportunity id',
  'opportunity name',
  'opportunity owner',
  'account name',
  'probability',
  'forecast category',
  'primary campaign source',
  'amount currency',
  'fiscal period',
];

/** Headers only a HubSpot deals export has. */
const HUBSPOT_SIGNS = [
  'record id',
  'deal id',
  'deal name',
  'deal stage',
  'deal owner',
  'pipeline',
  'deal type',
  'deal probability',
  'create date',
  'associated company',
  'original source type',
  'original traffic source',
];

/** Recognises a Salesforce or HubSpot export from its headers and proposes a mapping for any file. */
export function proposeMapping(headers: string[]): {
  format: ExportFormat;
  mapping: ColumnMapping;
} {
  const byKey = new Map<string, string>();
  for (const header of headers) {
    const key = headerKey(header);
    if (key !== '' && !byKey.has(key)) byKey.set(key, header);
  }
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const { field } of MAPPABLE_FIELDS) {
    for (const alias of FIELD_ALIASES[field]) {
      const header = byKey.get(alias);
      if (header === undefined || used.has(header)) continue;
      if (field === 'currency' && convertedAmount(mapping, alias)) continue;
      mapping[field] = header;
      used.add(header);
      break;
    }
  }
  return { format: detectFormat(new Set(byKey.keys())), mapping };
}

/** Whether amount maps to a converted column and `alias` is not that column's currency. */
function convertedAmount(mapping: ColumnMapping, alias: string): boolean {
  const amount = mapping.amount;
  return (
    amount !== undefined &&
    CONVERTED_AMOUNTS.has(headerKey(amount)) &&
    alias !== 'amount converted currency'
  );
}

/** The export a set of header keys comes from: the one with at least two of its own headers. */
function detectFormat(keys: ReadonlySet<string>): ExportFormat {
  const salesforce = SALESFORCE_SIGNS.filter((sign) => keys.has(sign)).length;
  const hubspot = HUBSPOT_SIGNS.filter((sign) => keys.has(sign)).length;
  if (salesforce >= 2 && salesforce >= hubspot) return 'salesforce-opportunities';
  if (hubspot >= 2) return 'hubspot-deals';
  return 'custom';
}

/** The column mapping to import with, or the reason the file cannot be imported. */
export type ResolvedMapping =
  | { ok: true; format: ExportFormat; mapping: ColumnMapping; indexes: FieldIndexes }
  | { ok: false; format: ExportFormat; mapping: ColumnMapping; fatal: string };

/** Canonical field → index of its column. */
export type FieldIndexes = Partial<Record<OpportunityField, number>>;

/**
 * Settles the mapping for a file: a user's mapping wins (format `custom`), else the
 * proposed one. Every mapped header must exist (case and surrounding spaces ignored)
 * and `id` must be mapped.
 */
export function resolveMapping(headers: string[], userMapping?: ColumnMapping): ResolvedMapping {
  const proposed = proposeMapping(headers);
  const format = userMapping === undefined ? proposed.format : 'custom';
  const wanted = userMapping ?? proposed.mapping;
  const mapping: ColumnMapping = {};
  const indexes: FieldIndexes = {};
  const missing: string[] = [];
  for (const { field } of MAPPABLE_FIELDS) {
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
  if (indexes.id === undefined) {
    return {
      ok: false,
      format,
      mapping,
      fatal: `No opportunity id column found. Map a column to “id” (headers read: ${read}).`,
    };
  }
  return { ok: true, format, mapping, indexes };
}
