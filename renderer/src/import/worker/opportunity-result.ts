import { opportunityFormat } from '../../../../shared/import/detect';
import type { ImportResult, ImportSummary } from '../../../../shared/import/types';
import type { DoneMessage } from './protocol';

/**
 * The opportunities ImportResult the review shows, built from a worker's report as
 * importOpportunities builds it; `records` stays empty because they are in staging.
 */
export function opportunityResult(done: DoneMessage): ImportResult {
  const s = done.summary;
  const summary: ImportSummary = {
    fileName: s.fileName,
    format: opportunityFormat(s.format),
    encoding: s.encoding,
    delimiter: s.delimiter,
    headers: s.headers,
    mapping: s.mapping,
    dateOrder: s.dateOrder,
    rowsRead: s.rowsRead,
    imported: s.imported,
    rejected: s.rejected,
    duplicateIds: s.duplicateIds ?? [],
    amountRead: s.amountRead ?? 0,
    amountStored: s.amountStored ?? 0,
    footerRecordCount: s.footerRecordCount,
    footerMatches: s.footerMatches,
    openWithoutAmount: done.opportunityFacts?.openWithoutAmount ?? [],
    undatedIds: done.opportunityFacts?.undatedIds ?? [],
  };
  if (s.ambiguousDateColumns !== undefined) summary.ambiguousDateColumns = s.ambiguousDateColumns;
  if (s.converted !== undefined) summary.converted = s.converted;
  return { records: [], errors: done.errors, summary, preview: done.preview, fatal: done.fatal };
}
