import { createRng } from '../shared/sample/prng';
import {
  generateSampleOpportunities,
  type SampleOpportunity,
} from '../shared/sample/opportunity-model';
import { salesforceReportCsv } from '../shared/sample/salesforce-csv';
import type { IsoDate } from '../shared/units';

/**
 * A Salesforce-format opportunities export of about `count` deals: many sample companies'
 * histories side by side, ids made unique, so the shape matches what the app imports.
 */
export function generateOpportunitiesCsv(count: number, anchorDate: IsoDate): string {
  const deals: SampleOpportunity[] = [];
  for (let seed = 1; deals.length < count; seed++) {
    for (const deal of generateSampleOpportunities(createRng(seed), anchorDate)) {
      if (deals.length === count) break;
      // Salesforce ids are 18 characters: the 006 prefix, a running number (so every deal
      // is distinct and no two rows are duplicates), and a 3-character suffix.
      const serial = (deals.length + 1).toString(36).toUpperCase().padStart(12, '0');
      deals.push({ ...deal, id: `006${serial}AAA` });
    }
  }
  return salesforceReportCsv(deals);
}
