import { isIsoDate } from '../units';
import { generateSampleOpportunities } from './opportunity-model';
import { createRng } from './prng';
import { salesforceReportCsv } from './salesforce-csv';
import { DEFAULT_SAMPLE_SEED } from './sample-types';
import type { SampleCsv, SampleOptions } from './sample-types';

export { SAMPLE_COMPANY_NAME } from './names';
export { DEFAULT_SAMPLE_SEED } from './sample-types';
export type { SampleCsv, SampleOptions } from './sample-types';
export { generateSampleWorkspace, SAMPLE_KINDS } from './workspace';
export type { SampleWorkspace } from './workspace';

/**
 * A deterministic Salesforce Opportunities report ("Details Only" CSV) of the fictional
 * Harborline Software: about 1,500 deals over the two years up to `anchorDate`.
 */
export function generateSampleOpportunitiesCsv(options: SampleOptions): SampleCsv {
  const anchor: string = options.anchorDate;
  if (!isIsoDate(anchor)) {
    throw new Error(`The sample's anchor date must be a real YYYY-MM-DD date, got "${anchor}".`);
  }
  const deals = generateSampleOpportunities(
    createRng(options.seed ?? DEFAULT_SAMPLE_SEED),
    options.anchorDate,
  );
  const ordered = [...deals].sort(
    (a, b) => a.createdDate.localeCompare(b.createdDate) || a.id.localeCompare(b.id),
  );
  return {
    fileName: `harborline-sample-opportunities-${options.anchorDate}.csv`,
    csv: salesforceReportCsv(ordered),
  };
}
