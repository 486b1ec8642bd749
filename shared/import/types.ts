import type { Opportunity, OpportunityField } from '../records';

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
}
