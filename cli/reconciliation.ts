import type { ImportError, RecordImportSummary, RecordKind } from '../shared/import';

/** Opportunity counts worth a note that the generic summary does not carry. */
export interface OpportunityNotes {
  undated: number;
  openWithoutAmount: number;
}

const MAX_LISTED_REJECTS = 5;
const MAX_LISTED_KEYS = 5;
const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string =>
  `${count(n)} ${n === 1 ? one : many}`;
const money = (n: number): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** What a duplicate key is called for each kind that has one. */
const KEY_NOUNS: Readonly<Record<RecordKind, [string, string]>> = {
  opportunities: ['duplicate id', 'duplicate ids'],
  leads: ['duplicate id', 'duplicate ids'],
  touchpoints: ['duplicate', 'duplicates'],
  meetings: ['duplicate', 'duplicates'],
  accounts: ['duplicate account', 'duplicate accounts'],
  'target-accounts': ['duplicate account', 'duplicate accounts'],
  spend: ['duplicate', 'duplicates'],
  targets: ['duplicate target', 'duplicate targets'],
};

/** Ends a note with a period, unless its last item already brought one (`Stark, Inc.`). */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

function rejectLine(error: ImportError): string {
  // Reasons are sentences; their final period would read badly inside the `;`-separated list.
  const reason = error.reason.replace(/\.$/, '');
  return `line ${error.line}${error.column === null ? '' : ` ${error.column}`}: ${reason}`;
}

function listed(items: readonly string[], max: number, separator: string): string {
  const more = items.length > max ? `${separator}… and ${count(items.length - max)} more` : '';
  return `${items.slice(0, max).join(separator)}${more}`;
}

/** The first line: rows imported of read, skipped non-responders and the first rejects with their lines. */
function headline(
  summary: RecordImportSummary<RecordKind>,
  errors: readonly ImportError[],
  shownAs: string,
): string {
  let head = `Imported ${count(summary.imported)} of ${count(summary.rowsRead)} rows from ${shownAs} (${summary.kind})`;
  const skipped = summary.skippedNonResponders ?? 0;
  if (skipped > 0) head += `; ${count(skipped)} skipped as non-responders`;
  if (summary.rejected > 0) {
    head += `; ${count(summary.rejected)} rejected: ${listed(errors.map(rejectLine), MAX_LISTED_REJECTS, '; ')}`;
  }
  return sentence(head);
}

/**
 * One file's reconciliation for stderr: rows read, imported, skipped and rejected (with the
 * first lines), the footer check, duplicates, amounts read vs kept, and dates read by default.
 */
export function reconciliationText(
  summary: RecordImportSummary<RecordKind>,
  errors: readonly ImportError[],
  shownAs: string,
  opportunityNotes: OpportunityNotes | null = null,
): string {
  const notes: string[] = [headline(summary, errors, shownAs)];
  const footer = count(summary.footerRecordCount ?? 0);
  if (summary.footerMatches === true) {
    notes.push(
      `  Footer check: Grand Totals says ${footer} records; ${count(summary.rowsRead)} read.`,
    );
  } else if (summary.footerMatches === false) {
    notes.push(
      `  Warning: the footer says ${footer} records, but ${count(summary.rowsRead)} rows were read.`,
    );
  }
  const duplicates = summary.duplicateIds ?? [];
  if (duplicates.length > 0) {
    const [one, many] = KEY_NOUNS[summary.kind];
    notes.push(
      sentence(
        `  Warning: ${plural(duplicates.length, one, many)} (the last row won): ${listed(duplicates, MAX_LISTED_KEYS, ', ')}`,
      ),
    );
  }
  const { amountRead, amountStored } = summary;
  if (amountRead !== null && amountStored !== null && amountRead !== amountStored) {
    notes.push(
      `  Amounts: ${money(amountRead)} read, ${money(amountStored)} kept once duplicates were replaced.`,
    );
  }
  const ambiguous = summary.ambiguousDateColumns ?? [];
  if (ambiguous.length > 0) {
    const order = summary.dateOrder === 'mdy' ? 'month first (mdy)' : 'day first (dmy)';
    notes.push(
      `  Note: no date in ${ambiguous.join(', ')} settles the day/month order; read ${order}. Set "dateOrder" in a --mapping profile to change it.`,
    );
  }
  if (opportunityNotes !== null && opportunityNotes.undated > 0) {
    notes.push(
      `  Note: undated opportunities (no close date, in no quarter): ${count(opportunityNotes.undated)}.`,
    );
  }
  if (opportunityNotes !== null && opportunityNotes.openWithoutAmount > 0) {
    notes.push(
      `  Note: open opportunities without an amount (counted as 0): ${count(opportunityNotes.openWithoutAmount)}.`,
    );
  }
  return notes.join('\n');
}
