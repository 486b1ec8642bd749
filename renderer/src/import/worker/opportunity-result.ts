import { opportunitySummary } from '../../../../shared/import/import-opportunities';
import type { ImportResult } from '../../../../shared/import/types';
import type { DoneMessage } from './protocol';

/**
 * The opportunities ImportResult the review shows, built from a worker's report as
 * importOpportunities builds it; `records` stays empty because they are in staging.
 */
export function opportunityResult(done: DoneMessage): ImportResult {
  const summary = opportunitySummary(done.summary, {
    openWithoutAmount: done.opportunityFacts?.openWithoutAmount ?? [],
    undatedIds: done.opportunityFacts?.undatedIds ?? [],
  });
  return { records: [], errors: done.errors, summary, preview: done.preview, fatal: done.fatal };
}
