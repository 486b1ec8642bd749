import { opportunityFormat } from './detect';
import { runImport, type EngineSummary } from './engine';
import { OPPORTUNITIES } from './kinds/opportunities';
import type { OpportunityField } from '../records';
import type { ImportOptions, ImportResult, ImportSummary } from './types';

/**
 * Imports one opportunities export (Salesforce report, HubSpot deals export or any CSV
 * with a mapping) from its bytes. Never throws: a file that cannot be imported at all
 * comes back with `fatal` set and no records; rejected rows are listed in `errors`.
 * `summary.imported` counts rows that imported, so rowsRead = imported + rejected;
 * duplicates among them are listed and the last one is the record returned.
 */
export function importOpportunities(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const result = runImport(OPPORTUNITIES, bytes, options);
  const { summary: s, records } = result;
  const summary = opportunitySummary(s, {
    openWithoutAmount: records
      .filter((record) => record.status === 'open' && record.amount === null)
      .map((record) => record.id),
    undatedIds: records.filter((record) => record.closeDate === null).map((record) => record.id),
  });
  return {
    records,
    errors: result.errors,
    summary,
    preview: result.preview,
    fatal: result.fatal,
  };
}

/** The ids behind two of the summary's notes, which only opportunities have. */
export interface OpportunityFacts {
  openWithoutAmount: string[];
  undatedIds: string[];
}

/**
 * The opportunities summary from the engine's summary and the facts about its records: one
 * mapping for the one-shot import and the worker's, so the review reads alike either way.
 */
export function opportunitySummary(
  s: EngineSummary<OpportunityField>,
  facts: OpportunityFacts,
): ImportSummary {
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
    openWithoutAmount: facts.openWithoutAmount,
    undatedIds: facts.undatedIds,
  };
  if (s.ambiguousDateColumns !== undefined) summary.ambiguousDateColumns = s.ambiguousDateColumns;
  if (s.converted !== undefined) summary.converted = s.converted;
  return summary;
}
