import { z } from 'zod';
import { SLIDE_KINDS, type DeckState } from '../../../shared/deck/deck-model';
import { parseMappingProfile, type MappingProfile } from '../../../shared/import/mapping-profile';
import type { ImportError, ImportSummary } from '../../../shared/import/types';
import { DEMAND_SOURCES, type OpportunityField } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import { isIsoDate, type IsoDate, type Money } from '../../../shared/units';
import type { ImportBatch, SettingsRow, StoredOpportunity } from '../data/db';
import { completeSettings } from '../data/schema';

// Every row of a backup is re-validated here before it can reach IndexedDB: a file is input
// like any other, and zod's objects drop any key they do not know (including `$types`, which
// would otherwise ask the import library to revive Blobs, Files or images).

const OPPORTUNITY_FIELDS = [
  'id',
  'name',
  'accountId',
  'accountName',
  'amount',
  'currency',
  'createdDate',
  'closeDate',
  'stage',
  'forecastCategory',
  'probability',
  'leadSource',
  'type',
  'segmentRaw',
  'employees',
  'region',
  'owner',
  'leadId',
  'primaryCampaign',
  'won',
  'closed',
] as const satisfies readonly OpportunityField[];

const isoDate = z.custom<IsoDate>(
  (value) => typeof value === 'string' && isIsoDate(value),
  'expected a YYYY-MM-DD date',
);
const money = z.custom<Money>(
  (value) => typeof value === 'number' && Number.isFinite(value),
  'expected an amount',
);
const optionalText = z.string().nullable();
const count = z.number().int().min(0);
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code');
const positiveRate = z.number().positive().finite();

/** An opportunity row as the `opportunities` table stores it. */
export const storedOpportunitySchema: z.ZodType<StoredOpportunity> = z.object({
  batchId: z.string().min(1),
  id: z.string().min(1),
  name: optionalText,
  accountId: optionalText,
  accountName: optionalText,
  amount: money.nullable(),
  currency: optionalText,
  createdDate: isoDate.nullable(),
  closeDate: isoDate.nullable(),
  stage: optionalText,
  status: z.enum(['open', 'won', 'lost']),
  forecastCategory: optionalText,
  probability: z.number().min(0).max(100).nullable(),
  leadSource: optionalText,
  type: optionalText,
  segmentRaw: optionalText,
  employees: z.number().min(0).nullable(),
  region: optionalText,
  owner: optionalText,
  leadId: optionalText,
  primaryCampaign: optionalText,
});

const importErrorSchema: z.ZodType<ImportError> = z.object({
  line: count,
  column: optionalText,
  reason: z.string(),
});

const importSummarySchema: z.ZodType<ImportSummary> = z.object({
  fileName: z.string(),
  format: z.enum(['salesforce-opportunities', 'hubspot-deals', 'custom']),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']),
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: z.partialRecord(z.enum(OPPORTUNITY_FIELDS), z.string()),
  dateOrder: z.enum(['mdy', 'dmy']),
  rowsRead: count,
  imported: count,
  rejected: count,
  duplicateIds: z.array(z.string()),
  amountRead: z.number(),
  amountStored: z.number(),
  footerRecordCount: count.nullable(),
  footerMatches: z.boolean().nullable(),
  openWithoutAmount: z.array(z.string()),
  undatedIds: z.array(z.string()),
  ambiguousDateColumns: z.array(z.string()).optional(),
  converted: z
    .array(
      z.object({
        from: currencyCode,
        to: currencyCode,
        rate: positiveRate,
        rows: count,
        amount: z.number(),
        converted: z.number(),
      }),
    )
    .optional(),
});

/** An import batch row as the `imports` table stores it. */
export const importBatchSchema: z.ZodType<ImportBatch> = z.object({
  id: z.string().min(1),
  fileName: z.string(),
  importedAt: z.string().min(1),
  isSample: z.boolean(),
  summary: importSummarySchema,
  errors: z.array(importErrorSchema),
  dataAsOf: z.string().refine(isIsoDate, 'is not a YYYY-MM-DD date').nullable().optional(),
});

// Older versions may not have written every field: missing ones take their defaults,
// exactly as the schema upgrade does for a stored workspace.
const settingsValueSchema: z.ZodType<Settings> = z
  .object({
    fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
    asOf: isoDate.nullable().optional(),
    period: optionalText.optional(),
    demandSourceTable: z.record(z.string(), z.enum(DEMAND_SOURCES)).optional(),
    useCrmProbability: z.boolean().optional(),
    lookbackDays: count.optional(),
    employeeBands: z
      .object({ smbBelow: z.number().min(0), enterpriseFrom: z.number().min(0) })
      .optional(),
    // Backups from before the currency settings have none: completeSettings gives the defaults.
    currency: z
      .object({
        reporting: currencyCode.nullable(),
        rates: z.record(currencyCode, positiveRate),
      })
      .optional(),
  })
  .transform((value): Settings => completeSettings(value));

/** The one settings row, under the key `workspace`. */
export const settingsRowSchema: z.ZodType<SettingsRow> = z.object({
  key: z.literal('workspace'),
  value: settingsValueSchema,
});

/** A deck row as the `decks` table stores it. */
export const deckSchema: z.ZodType<DeckState> = z.object({
  id: z.string().min(1),
  name: z.string(),
  template: z.literal('mbr'),
  slides: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.enum(SLIDE_KINDS),
      hidden: z.boolean(),
      headline: optionalText,
      notes: optionalText,
    }),
  ),
  updatedAt: z.string(),
});

/** The keys a mapping profile has; any other (such as the exporter's `$types`) is dropped, as zod objects do. */
const PROFILE_KEYS = ['quarterdeckMapping', 'name', 'kind', 'headers', 'mapping', 'dateOrder'];

/**
 * A saved mapping profile as the `mappingProfiles` table stores it: checked by the same
 * parser as an imported profile file, so a backup cannot hold a profile that file could not.
 */
export const mappingProfileSchema: z.ZodType<MappingProfile> = z
  .record(z.string(), z.unknown())
  .transform((value, ctx) => {
    const known = Object.fromEntries(
      Object.entries(value).filter(([key]) => PROFILE_KEYS.includes(key)),
    );
    const parsed = parseMappingProfile(JSON.stringify(known));
    if (parsed.ok) return parsed.profile;
    // The backup's message adds its own full stop.
    ctx.addIssue({ code: 'custom', message: parsed.error.replace(/\.$/, '') });
    return z.NEVER;
  });
