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
      // Salesforce ids are 18 characters; the seed in the middle keeps every copy distinct.
      const suffix = seed.toString(36).padStart(4, '0');
      deals.push({ ...deal, id: `${deal.id.slice(0, 10)}${suffix}${deal.id.slice(14)}` });
    }
  }
  return salesforceReportCsv(deals);
}
