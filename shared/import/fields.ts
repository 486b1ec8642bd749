import type { OpportunityField } from '../records';

/** One canonical field as the mapping editor lists it. */
export interface MappableField {
  field: OpportunityField;
  label: string;
  required: boolean;
}

/** Every field a column can map to, in the order the mapping editor shows them; only `id` is required. */
export const MAPPABLE_FIELDS: MappableField[] = [
  { field: 'id', label: 'Opportunity id', required: true },
  { field: 'name', label: 'Opportunity name', required: false },
  { field: 'accountId', label: 'Account id', required: false },
  { field: 'accountName', label: 'Account name', required: false },
  { field: 'amount', label: 'Amount', required: false },
  { field: 'currency', label: 'Currency', required: false },
  { field: 'createdDate', label: 'Created date', required: false },
  { field: 'closeDate', label: 'Close date', required: false },
  { field: 'stage', label: 'Stage', required: false },
  { field: 'won', label: 'Won (true/false)', required: false },
  { field: 'closed', label: 'Closed (true/false)', required: false },
  { field: 'forecastCategory', label: 'Forecast category', required: false },
  { field: 'probability', label: 'Probability (%)', required: false },
  { field: 'leadSource', label: 'Lead source', required: false },
  { field: 'type', label: 'Type (new business, expansion, renewal)', required: false },
  { field: 'segmentRaw', label: 'Segment', required: false },
  { field: 'employees', label: 'Employees', required: false },
  { field: 'region', label: 'Region', required: false },
  { field: 'owner', label: 'Owner', required: false },
  { field: 'leadId', label: 'Lead id', required: false },
  { field: 'primaryCampaign', label: 'Primary campaign', required: false },
];

/**
 * A header reduced for matching: lower case, and every run of characters other than
 * letters and digits one space, so `Probability (%)`, ` probability ` and `PROBABILITY`
 * all read `probability` and `close_date` reads `close date`.
 */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
