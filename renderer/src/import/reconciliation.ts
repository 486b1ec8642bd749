import type {
  ImportSummary,
  RecordFormat,
  RecordImportSummary,
  RecordKind,
} from '../../../shared/import/types';

/** A summary of any kind: opportunities' carries two more lists and no `kind`. */
export type AnySummary = ImportSummary | RecordImportSummary<RecordKind>;

/**
 * The reconciliation of one import of any kind, the same before and after confirming. A
 * figure that makes no sense for the kind is `null` and is not shown.
 */
export interface Reconciliation {
  kind: RecordKind;
  format: RecordFormat;
  rowsRead: number;
  imported: number;
  rejected: number;
  /** Campaign members that never responded (skipped, not rejected); `null` for other kinds. */
  skippedNonResponders: number | null;
  /** Keys seen more than once; `null` for kinds without a key (meetings, spend). */
  duplicateIds: readonly string[] | null;
  amountRead: number | null;
  amountStored: number | null;
  footerRecordCount: number | null;
  footerMatches: boolean | null;
  /** Opportunities without a close date; `null` for other kinds. */
  undatedIds: readonly string[] | null;
  /** Open opportunities with a blank amount; `null` for other kinds. */
  openWithoutAmount: readonly string[] | null;
}

/** Whether a summary is an opportunities import's (it carries the two opportunity-only lists). */
export function isOpportunitySummary(summary: AnySummary): summary is ImportSummary {
  return 'undatedIds' in summary && 'openWithoutAmount' in summary;
}

/** The figures the reconciliation shows for an import of `kind`, from its stored summary. */
export function reconciliationOf(kind: RecordKind, summary: AnySummary): Reconciliation {
  const common = {
    kind,
    format: summary.format,
    rowsRead: summary.rowsRead,
    imported: summary.imported,
    rejected: summary.rejected,
    footerRecordCount: summary.footerRecordCount,
    footerMatches: summary.footerMatches,
  };
  if (isOpportunitySummary(summary)) {
    return {
      ...common,
      skippedNonResponders: null,
      duplicateIds: summary.duplicateIds,
      amountRead: summary.amountRead,
      amountStored: summary.amountStored,
      undatedIds: summary.undatedIds,
      openWithoutAmount: summary.openWithoutAmount,
    };
  }
  return {
    ...common,
    skippedNonResponders: summary.skippedNonResponders,
    duplicateIds: summary.duplicateIds,
    amountRead: summary.amountRead,
    amountStored: summary.amountStored,
    undatedIds: null,
    openWithoutAmount: null,
  };
}

/** Whether Σ amount read and stored agree to the cent; `null` when the kind has no amounts. */
export function amountsMatch(figures: Reconciliation): boolean | null {
  if (figures.amountRead === null || figures.amountStored === null) return null;
  return Math.abs(figures.amountRead - figures.amountStored) < 0.005;
}

/** Whether the export came from a Salesforce report, which ends in a `Grand Totals` footer. */
export function expectsFooter(format: RecordFormat): boolean {
  return format.startsWith('salesforce-');
}

/** What the duplicates count is called: targets are keyed by period, source and segment, not an id. */
export function duplicatesLabel(kind: RecordKind): string {
  return kind === 'targets' ? 'Duplicate targets' : 'Duplicate ids';
}
