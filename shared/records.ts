import type { IsoDate, Money } from './units';

/** The demand sources of metrics.md §3, in the order the deck shows them. */
export const DEMAND_SOURCES = ['marketing', 'sales', 'tele', 'channel', 'unknown'] as const;

/** Who created the demand behind an opportunity (metrics.md §3). */
export type DemandSource = (typeof DEMAND_SOURCES)[number];

/** The segments of metrics.md §3, smallest first. */
export const SEGMENTS = ['smb', 'midmarket', 'enterprise', 'unknown'] as const;

/** Company size band of an opportunity's account (metrics.md §3). */
export type Segment = (typeof SEGMENTS)[number];

/** Whether a deal is still open, won or lost (metrics.md §1). */
export type OpportunityStatus = 'open' | 'won' | 'lost';

/**
 * A canonical opportunity after import and mapping (metrics.md §1). Unknown optional
 * fields are `null`. Demand source and segment are not stored: they are derived from
 * `leadSource`, `segmentRaw` and `employees` through the editable settings.
 */
export interface Opportunity {
  id: string;
  name: string | null;
  accountId: string | null;
  accountName: string | null;
  /** Blank amounts are `null` here and count as 0 in every sum. */
  amount: Money | null;
  currency: string | null;
  createdDate: IsoDate | null;
  closeDate: IsoDate | null;
  stage: string | null;
  status: OpportunityStatus;
  forecastCategory: string | null;
  /** CRM probability in percent, 0–100. */
  probability: number | null;
  leadSource: string | null;
  type: string | null;
  /** The export's own segment column, as written. */
  segmentRaw: string | null;
  employees: number | null;
  region: string | null;
  owner: string | null;
  leadId: string | null;
  primaryCampaign: string | null;
}

/** The canonical fields a column of an opportunities export can map to. */
export type OpportunityField = Exclude<keyof Opportunity, 'status'> | 'won' | 'closed';
