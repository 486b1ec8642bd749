import { z } from 'zod';
import { KIND_DEFINITIONS } from '../../../shared/import/kinds';
import type {
  RecordFormat,
  RecordImportSummary,
  RecordKind,
  RecordOfKind,
} from '../../../shared/import/types';
import type {
  Account,
  Lead,
  Meeting,
  MeetingKind,
  Opportunity,
  OpportunityStatus,
  Spend,
  Target,
  TargetAccount,
  TargetDemandSource,
  TargetKind,
  TargetSegment,
  Touchpoint,
} from '../../../shared/records';
import {
  count,
  currencyConversionSchema,
  dateOrderSchema,
  isoDate,
  money,
  optionalText,
  textEncodingSchema,
} from './schema-parts';

// Every record of a backup is re-validated here before it can reach IndexedDB: a file is
// input like any other, and zod's objects drop any key they do not know (including `$types`,
// which would otherwise ask the import library to revive Blobs, Files or images).

/** A zod schema per field of T: with `satisfies`, a missing or extra field fails to compile. */
type Shape<T> = { [P in keyof T]-?: z.ZodType<T[P]> };

/** The list as given, when it names every member of T; otherwise the compiler names the missing ones. */
function everyOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L &
      ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

const OPPORTUNITY_STATUSES = everyOf<OpportunityStatus>()(['open', 'won', 'lost']);
const MEETING_KINDS = everyOf<MeetingKind>()(['prospect', 'customer']);
const TARGET_DEMAND_SOURCES = everyOf<TargetDemandSource>()([
  'marketing',
  'sales',
  'tele',
  'channel',
  'all',
]);
const TARGET_SEGMENTS = everyOf<TargetSegment>()(['smb', 'midmarket', 'enterprise', 'all']);
const TARGET_KINDS = everyOf<TargetKind>()(['pipeline', 'revenue']);

/** An id as the importer keeps it: trimmed, never blank. */
const id = z.string().min(1, 'expected an id');
const optionalId = id.nullable();

/** A fiscal quarter as the importer writes it (shared/import/choices.ts). */
const FISCAL_QUARTER = /^FY\d{4}-Q[1-4]$/;
/** A calendar month as the importer writes a spend period. */
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** An opportunity as the importer returns it; the `opportunities` table adds `batchId` (row-schemas.ts). */
export const opportunitySchema = z.object({
  id,
  name: optionalText,
  accountId: optionalId,
  accountName: optionalText,
  amount: money.nullable(),
  currency: optionalText,
  createdDate: isoDate.nullable(),
  closeDate: isoDate.nullable(),
  stage: optionalText,
  status: z.enum(OPPORTUNITY_STATUSES),
  forecastCategory: optionalText,
  probability: z.number().min(0).max(100).nullable(),
  leadSource: optionalText,
  type: optionalText,
  segmentRaw: optionalText,
  employees: count.nullable(),
  region: optionalText,
  owner: optionalText,
  leadId: optionalId,
  primaryCampaign: optionalText,
} satisfies Shape<Opportunity>);

const leadSchema = z.object({
  id,
  createdDate: isoDate,
  accountName: optionalText,
  email: optionalText,
  leadSource: optionalText,
  status: optionalText,
  statusDate: isoDate.nullable(),
  lifecycleStage: optionalText,
  mqlDate: isoDate.nullable(),
  sqlDate: isoDate.nullable(),
  opportunityDate: isoDate.nullable(),
  customerDate: isoDate.nullable(),
  converted: z.boolean().nullable(),
  convertedDate: isoDate.nullable(),
  convertedOpportunityId: optionalId,
} satisfies Shape<Lead>);

const touchpointSchema = z.object({
  date: isoDate,
  opportunityId: optionalId,
  accountId: optionalId,
  accountName: optionalText,
  leadId: optionalId,
  campaign: optionalText,
  channel: optionalText,
  type: optionalText,
} satisfies Shape<Touchpoint>);

const meetingSchema = z.object({
  date: isoDate,
  accountName: optionalText,
  accountId: optionalId,
  kind: z.enum(MEETING_KINDS).nullable(),
  owner: optionalText,
} satisfies Shape<Meeting>);

const accountSchema = z.object({
  id: optionalId,
  name: optionalText,
  employees: count.nullable(),
  segmentRaw: optionalText,
  region: optionalText,
} satisfies Shape<Account>);

const targetAccountSchema = z.object({
  accountName: optionalText,
  accountId: optionalId,
  tier: optionalText,
  owner: optionalText,
} satisfies Shape<TargetAccount>);

const spendSchema = z.object({
  period: z
    .string()
    .refine(
      (value) => FISCAL_QUARTER.test(value) || YEAR_MONTH.test(value),
      'expected a fiscal quarter like FY2026-Q3 or a month like 2026-03',
    )
    .nullable(),
  date: isoDate.nullable(),
  channel: z.string().min(1, 'expected a channel'),
  amount: money,
  currency: optionalText,
  campaign: optionalText,
} satisfies Shape<Spend>);

const targetSchema = z.object({
  period: z.string().regex(FISCAL_QUARTER, 'expected a fiscal quarter like FY2026-Q3'),
  demandSource: z.enum(TARGET_DEMAND_SOURCES),
  segment: z.enum(TARGET_SEGMENTS),
  kind: z.enum(TARGET_KINDS),
  // The importer refuses a negative target: it is an amount to reach.
  amount: money.refine((value) => value >= 0, 'expected an amount of at least 0'),
} satisfies Shape<Target>);

/** The schema of every record kind's canonical record, as a backup stores it. */
export const RECORD_SCHEMAS: { [K in RecordKind]: z.ZodType<RecordOfKind[K]> } = {
  opportunities: opportunitySchema,
  leads: leadSchema,
  touchpoints: touchpointSchema,
  meetings: meetingSchema,
  accounts: accountSchema,
  'target-accounts': targetAccountSchema,
  spend: spendSchema,
  targets: targetSchema,
};

/** The kinds whose imports keep a RecordImportSummary (opportunities keep an ImportSummary). */
export type SummaryKind = Exclude<RecordKind, 'opportunities'>;

/**
 * The summary schema of one kind, built from the kind's definition so that it cannot drift
 * from the importer: the fields its mapping may name, the formats it recognises, and the
 * summary fields that are `null` for it (skips, duplicates, amounts).
 */
function summarySchemaOf<K extends SummaryKind>(kind: K) {
  const definition = KIND_DEFINITIONS[kind];
  const fields = definition.fields.map((spec) => spec.field);
  const formats: RecordFormat[] = ['custom', ...definition.formats.map((known) => known.format)];
  const amount = definition.hasAmount ? z.number().finite() : z.null();
  return z.object({
    kind: z.literal(kind),
    fileName: z.string(),
    format: z.enum(formats),
    encoding: textEncodingSchema,
    delimiter: z.string(),
    headers: z.array(z.string()),
    mapping: z.partialRecord(z.enum(fields), z.string()),
    dateOrder: dateOrderSchema,
    rowsRead: count,
    imported: count,
    rejected: count,
    skippedNonResponders: definition.countsSkips ? count : z.null(),
    duplicateIds: definition.identity === undefined ? z.null() : z.array(z.string()),
    amountRead: amount,
    amountStored: amount,
    footerRecordCount: count.nullable(),
    footerMatches: z.boolean().nullable(),
    ambiguousDateColumns: z.array(z.string()).optional(),
    converted: z.array(currencyConversionSchema).optional(),
  });
}

/** The schema of every non-opportunity kind's import summary, as the `imports` table stores it. */
export const RECORD_SUMMARY_SCHEMAS: {
  [K in SummaryKind]: z.ZodType<RecordImportSummary<K>>;
} = {
  leads: summarySchemaOf('leads'),
  touchpoints: summarySchemaOf('touchpoints'),
  meetings: summarySchemaOf('meetings'),
  accounts: summarySchemaOf('accounts'),
  'target-accounts': summarySchemaOf('target-accounts'),
  spend: summarySchemaOf('spend'),
  targets: summarySchemaOf('targets'),
};

/** The result of checking one record: the record, or the first field at fault and why. */
export type RecordCheck<K extends RecordKind> =
  { ok: true; record: RecordOfKind[K] } | { ok: false; field: string; message: string };

/**
 * Checks one record of a kind from a backup. Unknown keys are dropped; on failure `field` is
 * the path of the first field at fault (`''` when the value is not a record at all).
 */
export function recordOfKind<K extends RecordKind>(kind: K, value: unknown): RecordCheck<K> {
  const schema: z.ZodType<RecordOfKind[K]> = RECORD_SCHEMAS[kind];
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    field: issue === undefined ? '' : issue.path.map(String).join('.'),
    message: issue === undefined ? 'is not a valid record' : issue.message,
  };
}
