import type {
  Account,
  AccountField,
  Lead,
  LeadField,
  Meeting,
  MeetingField,
  Opportunity,
  OpportunityField,
  Spend,
  SpendField,
  Target,
  TargetAccount,
  TargetAccountField,
  TargetField,
  Touchpoint,
  TouchpointField,
} from '../records';
import type { CurrencySettings } from '../settings';

/** The exports Quarterdeck recognises by their headers (import.md), or a user-made mapping. */
export type ExportFormat = 'salesforce-opportunities' | 'hubspot-deals' | 'custom';

/** The text encodings the importer detects from the bytes. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Day/month order for slash-, dot- and dash-separated dates. */
export type DateOrder = 'mdy' | 'dmy';

/** Canonical field → the header of the column that holds it. */
export type ColumnMapping = Partial<Record<OpportunityField, string>>;

/** One rejected row or cell: where it is in the file and why. */
export interface ImportError {
  /** 1-based physical line of the file where the row starts. */
  line: number;
  /** The header of the offending column, or `null` when the whole row is at fault. */
  column: string | null;
  /** A sentence a marketing head can act on. */
  reason: string;
}

/** What the import did with every row (metrics.md §10), shown before anything is stored. */
export interface ImportSummary {
  fileName: string;
  format: ExportFormat;
  encoding: TextEncoding;
  delimiter: string;
  headers: string[];
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** Data rows read (footer and blank lines excluded). */
  rowsRead: number;
  imported: number;
  rejected: number;
  /** Ids seen more than once; the last row won. */
  duplicateIds: string[];
  /** Σ amount over every row that imported (counting duplicates that were replaced). */
  amountRead: number;
  /** Σ amount over the records returned. */
  amountStored: number;
  /** N of a Salesforce `Grand Totals (N records)` footer, when present. */
  footerRecordCount: number | null;
  /** Whether the footer's N equals rowsRead; `null` without a footer. */
  footerMatches: boolean | null;
  /** Ids of open opportunities with a blank amount (metrics.md §1). */
  openWithoutAmount: string[];
  /** Ids of opportunities without a close date (undated). */
  undatedIds: string[];
  /**
   * Date columns whose day/month order no value settled (every part ≤ 12) and that were
   * read in `dateOrder` by default: the import screen should ask, with a preview.
   */
  ambiguousDateColumns?: string[];
  /** Amounts converted into the reporting currency; present only when the file mixed currencies. */
  converted?: CurrencyConversion[];
}

/**
 * What converting one currency of a file did: `rows` rows read in `from` (duplicates
 * included, as amountRead counts them) summing to `amount` in `from`, and to `converted` in
 * `to` once each amount was converted at `rate` and rounded to cents. The rows already in
 * `to` (or naming no currency) are not listed: amountRead is their sum plus every `converted`.
 */
export interface CurrencyConversion {
  from: string;
  to: string;
  rate: number;
  rows: number;
  amount: number;
  converted: number;
}

/** The first rows of a file as read, for the import screen's preview. */
export interface ImportPreview {
  headers: string[];
  rows: string[][];
}

/**
 * The result of importing one opportunities file. It never throws on bad input:
 * `fatal` explains a file that cannot be imported at all (empty, binary, no id column),
 * in which case `records` is empty.
 */
export interface ImportResult {
  records: Opportunity[];
  errors: ImportError[];
  summary: ImportSummary;
  preview: ImportPreview;
  fatal: string | null;
}

/**
 * One editable stage rule (metrics.md §1): a stage whose name matches `pattern`, a
 * case-insensitive regular expression kept as text so settings can store it, has `status`.
 */
export interface StageRule {
  pattern: string;
  status: 'won' | 'lost';
}

/** Options for importing one file: a user's mapping and date order override detection. */
export interface ImportOptions {
  fileName: string;
  mapping?: ColumnMapping;
  dateOrder?: DateOrder;
  /** Stage → status rules, first match wins; defaults to DEFAULT_STAGE_RULES. */
  stageRules?: readonly StageRule[];
  /**
   * The reporting currency and rates that convert a file mixing currencies; without it such
   * a file stops with a message that does not name the missing rates.
   */
  currency?: CurrencySettings; /** The text encoding to read the file in, overriding detection (the user's choice). */
  encoding?: TextEncoding;
}

/** The record types Quarterdeck imports; each has its own file flag in the CLI (`--leads`, …). */
export type RecordKind =
  | 'opportunities'
  | 'leads'
  | 'touchpoints'
  | 'meetings'
  | 'accounts'
  | 'target-accounts'
  | 'spend'
  | 'targets';

/** The canonical record each kind imports to. */
export interface RecordOfKind {
  opportunities: Opportunity;
  leads: Lead;
  touchpoints: Touchpoint;
  meetings: Meeting;
  accounts: Account;
  'target-accounts': TargetAccount;
  spend: Spend;
  targets: Target;
}

/** The canonical fields a column of each kind's file can map to. */
export interface FieldOfKind {
  opportunities: OpportunityField;
  leads: LeadField;
  touchpoints: TouchpointField;
  meetings: MeetingField;
  accounts: AccountField;
  'target-accounts': TargetAccountField;
  spend: SpendField;
  targets: TargetField;
}

/** Every export Quarterdeck recognises by its headers, of any kind (import.md), or `custom`. */
export type RecordFormat =
  | ExportFormat
  | 'salesforce-leads'
  | 'hubspot-contacts'
  | 'salesforce-campaign-members'
  | 'salesforce-campaign-influence'
  | 'salesforce-accounts'
  | 'hubspot-companies';

/** Canonical field of one kind → the header of the column that holds it. */
export type KindMapping<K extends RecordKind> = Partial<Record<FieldOfKind[K], string>>;

/** Options for importing one file of any kind: a user's mapping and date order override detection. */
export interface RecordImportOptions<K extends RecordKind> {
  fileName: string;
  mapping?: KindMapping<K>;
  dateOrder?: DateOrder;
  /** Stage → status rules for opportunities, first match wins; defaults to DEFAULT_STAGE_RULES. */
  stageRules?: readonly StageRule[];
  /** The reporting currency and rates that convert a file mixing currencies (see ImportOptions). */
  currency?: CurrencySettings; /** The text encoding to read the file in, overriding detection (the user's choice). */
  encoding?: TextEncoding;
}

/**
 * What the import of one file of any kind did with every row. rowsRead = imported +
 * rejected + (skippedNonResponders ?? 0). A field that makes no sense for the kind is `null`.
 */
export interface RecordImportSummary<K extends RecordKind> {
  kind: K;
  fileName: string;
  format: RecordFormat;
  encoding: TextEncoding;
  delimiter: string;
  headers: string[];
  mapping: KindMapping<K>;
  dateOrder: DateOrder;
  /** Data rows read (footer, `Total` and blank lines excluded). */
  rowsRead: number;
  /** Rows that imported, duplicates included (the last of them is the record returned). */
  imported: number;
  rejected: number;
  /** Campaign members that never responded: not touches, not errors. `null` for other kinds. */
  skippedNonResponders: number | null;
  /**
   * Keys seen more than once, the last row winning: ids (a Salesforce 15-character id and its
   * 18-character form are one), account names where a row has no id, or a target's
   * `period demandSource segment kind`. `null` for kinds without a key (meetings, spend).
   */
  duplicateIds: string[] | null;
  /** Σ amount over every row that imported, for kinds with amounts; else `null`. */
  amountRead: number | null;
  /** Σ amount over the records returned, for kinds with amounts; else `null`. */
  amountStored: number | null;
  footerRecordCount: number | null;
  footerMatches: boolean | null;
  /** Date columns read in `dateOrder` by default because no value settled the order. */
  ambiguousDateColumns?: string[];
  /** Amounts converted into the reporting currency; present only when the file mixed currencies. */
  converted?: CurrencyConversion[];
}

/** The result of importing one file of any kind; never thrown, `fatal` set when nothing could import. */
export interface RecordImportResult<K extends RecordKind> {
  records: RecordOfKind[K][];
  errors: ImportError[];
  summary: RecordImportSummary<K>;
  preview: ImportPreview;
  fatal: string | null;
}
