import { z } from 'zod';
import { SLIDE_KINDS, TEMPLATE_IDS, type DeckState } from '../../../shared/deck/deck-model';
import { withEveryKind } from '../../../shared/deck/with-every-kind';
import { parseMappingProfile, type MappingProfile } from '../../../shared/import/mapping-profile';
import type { ImportError, ImportSummary } from '../../../shared/import/types';
import { DEMAND_SOURCES, type OpportunityField } from '../../../shared/records';
import { BRAND_LOGO_MAX_BYTES, isBrandColor, isBrandLogoDataUrl } from '../../../shared/brand';
import { SLIDE_THEMES, SOURCING_DEFINITIONS, type Settings } from '../../../shared/settings';
import { RECORD_KINDS } from '../../../shared/import/kinds';
import type { ImportBatch, OtherImportBatch, SettingsRow, StoredOpportunity } from '../data/db';
import { pageRecords, toColumns, type RecordPage } from '../data/record-pages';
import { completeSettings } from '../data/schema';
import { RECORD_SUMMARY_SCHEMAS, recordOfKind, type SummaryKind } from './record-schemas';
import {
  count,
  currencyCode,
  currencyConversionSchema,
  dateOrderSchema,
  isoDate,
  money,
  optionalText,
  positiveRate,
  textEncodingSchema,
} from './schema-parts';

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
  encoding: textEncodingSchema,
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: z.partialRecord(z.enum(OPPORTUNITY_FIELDS), z.string()),
  dateOrder: dateOrderSchema,
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
  converted: z.array(currencyConversionSchema).optional(),
});

/** What every import row holds besides its kind and summary. */
const batchBase = {
  id: z.string().min(1),
  fileName: z.string(),
  importedAt: z.string().min(1),
  isSample: z.boolean(),
  errors: z.array(importErrorSchema),
  dataAsOf: isoDate.nullable().optional(),
};

const opportunityBatchSchema = z.object({
  ...batchBase,
  kind: z.literal('opportunities'),
  summary: importSummarySchema,
});

/** The row of an import of another kind, its summary checked by that kind's schema. */
const otherBatchSchema: z.ZodType<OtherImportBatch> = z
  .object({
    ...batchBase,
    kind: z.enum(RECORD_KINDS).exclude(['opportunities']),
    summary: z.unknown(),
  })
  .transform((row, ctx) => {
    const kind: SummaryKind = row.kind;
    const summary = RECORD_SUMMARY_SCHEMAS[kind].safeParse(row.summary);
    if (!summary.success) {
      for (const issue of summary.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['summary', ...issue.path] });
      }
      return z.NEVER;
    }
    // The summary schema checked it is this kind's summary.
    return { ...row, summary: summary.data } as OtherImportBatch;
  });

/**
 * An import batch row as the `imports` table stores it. Rows of backups made before schema v5
 * have no kind: they were opportunities, the only kind stored then.
 */
export const importBatchSchema: z.ZodType<ImportBatch> = z.preprocess(
  (row) =>
    typeof row === 'object' && row !== null && !('kind' in row)
      ? { ...row, kind: 'opportunities' }
      : row,
  z.union([opportunityBatchSchema, otherBatchSchema]),
);

/**
 * A page of records as the `recordPages` table stores it (by column), every record checked by
 * its kind's schema: the records are rebuilt from the columns, validated (unknown fields
 * dropped), and laid out by column again.
 */
export const recordPageSchema: z.ZodType<RecordPage> = z
  .object({
    batchId: z.string().min(1),
    page: count,
    kind: z.enum(RECORD_KINDS),
    count,
    columns: z.record(z.string(), z.array(z.unknown())),
  })
  .transform((page, ctx) => {
    for (const [field, column] of Object.entries(page.columns)) {
      if (column.length !== page.count) {
        ctx.addIssue({
          code: 'custom',
          message: `holds ${column.length} values for ${page.count} records`,
          path: ['columns', field],
        });
        return z.NEVER;
      }
    }
    const records: unknown[] = [];
    for (const [index, value] of pageRecords(page).entries()) {
      const checked = recordOfKind(page.kind, value);
      if (!checked.ok) {
        const path = ['records', index, ...(checked.field === '' ? [] : checked.field.split('.'))];
        ctx.addIssue({ code: 'custom', message: checked.message, path });
        return z.NEVER;
      }
      records.push(checked.record);
    }
    return { ...page, columns: toColumns(records) };
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
    sourcedBy: z.enum(SOURCING_DEFINITIONS).optional(),
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
    // Backups from before the brand settings have none either: the product indigo, no logo, light.
    brandColor: z
      .string()
      .refine(isBrandColor, { message: 'The brand colour must be # and six hex digits.' })
      .optional(),
    brandLogo: z
      .string()
      .refine(isBrandLogoDataUrl, {
        message: `The brand logo must be a PNG or JPEG data: URL of at most ${BRAND_LOGO_MAX_BYTES / 1024} KB.`,
      })
      .nullable()
      .optional(),
    slideTheme: z.enum(SLIDE_THEMES).optional(),
  })
  .transform((value): Settings => completeSettings(value));

/** The one settings row, under the key `workspace`. */
export const settingsRowSchema: z.ZodType<SettingsRow> = z.object({
  key: z.literal('workspace'),
  value: settingsValueSchema,
});

/**
 * A deck row as the `decks` table stores it. A backup made before a slide kind existed gets
 * that kind at its storyline place (`withEveryKind`), the user's slides kept as they were.
 */
export const deckSchema: z.ZodType<DeckState> = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    template: z.enum(TEMPLATE_IDS),
    slides: z.array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(SLIDE_KINDS),
        hidden: z.boolean(),
        headline: optionalText,
        notes: optionalText,
        body: optionalText.optional(),
      }),
    ),
    updatedAt: z.string(),
    knownKinds: z.array(z.enum(SLIDE_KINDS)).optional(),
  })
  .transform((deck): DeckState => withEveryKind(deck));

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
