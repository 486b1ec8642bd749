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

/**
 * A canonical lead, inquiry, MQL or contact (metrics.md §1). Lifecycle dates are the
 * days it reached each stage; unknown optional fields are `null`.
 */
export interface Lead {
  id: string;
  createdDate: IsoDate;
  /** The lead's company or associated account, as written. */
  accountName: string | null;
  email: string | null;
  leadSource: string | null;
  status: string | null;
  statusDate: IsoDate | null;
  /** HubSpot's lifecycle stage (subscriber, lead, marketingqualifiedlead, …), as written. */
  lifecycleStage: string | null;
  mqlDate: IsoDate | null;
  sqlDate: IsoDate | null;
  opportunityDate: IsoDate | null;
  customerDate: IsoDate | null;
  /** Salesforce's Converted flag; `null` when the export has none. */
  converted: boolean | null;
  convertedDate: IsoDate | null;
  convertedOpportunityId: string | null;
}

/** The canonical fields a column of a leads or contacts export can map to. */
export type LeadField = keyof Lead;

/**
 * A canonical marketing touch (metrics.md §1, §5): a campaign member that responded, a
 * campaign-influence row or a row of a generic touchpoint file. It links to an
 * opportunity by `opportunityId`, else to an account by id or normalised name.
 */
export interface Touchpoint {
  date: IsoDate;
  opportunityId: string | null;
  accountId: string | null;
  accountName: string | null;
  /** The lead or contact that was touched. */
  leadId: string | null;
  campaign: string | null;
  /** Salesforce's Campaign Type, or the file's channel column. */
  channel: string | null;
  /** The kind of touch, e.g. a campaign member's status (Attended, Responded). */
  type: string | null;
}

/**
 * The canonical fields a column of a touchpoint export can map to. `responded` and
 * `firstRespondedDate` are campaign-member columns that decide whether a row is a touch;
 * `contactId` fills `leadId` when a member is a contact rather than a lead.
 */
export type TouchpointField = keyof Touchpoint | 'responded' | 'firstRespondedDate' | 'contactId';

/** Whether a meeting was with a prospect or a customer (metrics.md §7). */
export type MeetingKind = 'prospect' | 'customer';

/** A canonical meeting from a meetings log (metrics.md §1). */
export interface Meeting {
  date: IsoDate;
  accountName: string | null;
  accountId: string | null;
  /** As the log says; `null` lets the metrics derive it from won deals (metrics.md §7). */
  kind: MeetingKind | null;
  owner: string | null;
}

/** The canonical fields a column of a meetings log can map to. */
export type MeetingField = keyof Meeting;

/** A canonical account, joined to opportunities by id or normalised name. */
export interface Account {
  id: string | null;
  name: string | null;
  employees: number | null;
  /** The export's own segment column, as written. */
  segmentRaw: string | null;
  region: string | null;
}

/** The canonical fields a column of an accounts export can map to. */
export type AccountField = keyof Account;

/** A canonical row of a target-account list (metrics.md §1, §7). */
export interface TargetAccount {
  accountName: string | null;
  accountId: string | null;
  tier: string | null;
  owner: string | null;
}

/** The canonical fields a column of a target-account list can map to. */
export type TargetAccountField = keyof TargetAccount;

/** A canonical marketing spend row: an amount spent on a channel in a period or on a day. */
export interface Spend {
  /** A fiscal quarter `FY2026-Q3` or a calendar month `2026-03`; `null` when the row has a date. */
  period: string | null;
  date: IsoDate | null;
  channel: string;
  amount: Money;
  currency: string | null;
  campaign: string | null;
}

/** The canonical fields a column of a spend file can map to. */
export type SpendField = keyof Spend;

/** The demand sources a target can be set for; `all` is the whole of the period's target. */
export type TargetDemandSource = Exclude<DemandSource, 'unknown'> | 'all';

/** The segments a target can be set for; `all` spans every segment. */
export type TargetSegment = Exclude<Segment, 'unknown'> | 'all';

/** Whether a target is for pipeline created or revenue won. */
export type TargetKind = 'pipeline' | 'revenue';

/** A canonical target (metrics.md §1): an amount to reach in a fiscal quarter. */
export interface Target {
  /** A fiscal quarter written `FY2026-Q3`. */
  period: string;
  demandSource: TargetDemandSource;
  segment: TargetSegment;
  kind: TargetKind;
  amount: Money;
}

/** The canonical fields a column of a targets file can map to. */
export type TargetField = keyof Target;
