import { isIsoDate } from '../units';
import type { IsoDate } from '../units';
import { generateSampleOpportunities } from './opportunity-model';
import { createRng } from './prng';
import { salesforceReportCsv } from './salesforce-csv';

export { SAMPLE_COMPANY_NAME } from './names';

/** Options for the sample workspace: the day it looks from, and a seed for another variant. */
export interface SampleOptions {
  /** The sample's "today": every created date, and every closed deal's close date, is on or before it. */
  anchorDate: IsoDate;
  /** Same seed, same file; defaults to 2026. */
  seed?: number;
}

/** A generated export, named as a file so it flows through the importer like a real one. */
export interface SampleCsv {
  fileName: string;
  csv: string;
}

/** The default seed, so that the sample everyone sees for a given anchor date is the same. */
export const DEFAULT_SAMPLE_SEED = 2026;

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
