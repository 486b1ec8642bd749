import type {
  Account,
  Lead,
  Meeting,
  Opportunity,
  Spend,
  Target,
  TargetAccount,
  Touchpoint,
} from '../records';
import type { RecordKind } from '../import/types';
import type { Settings } from '../settings';

/**
 * The records beside the opportunities, one list per kind. A kind absent or empty was not
 * imported: the figures that rest on it are left out (`null`) rather than reported as 0.
 */
export interface SupportingRecords {
  /** An accounts list whose segment, employees and region fill the opportunities' blanks (`joinAccounts`). */
  accounts?: readonly Account[];
  leads?: readonly Lead[];
  touchpoints?: readonly Touchpoint[];
  meetings?: readonly Meeting[];
  targetAccounts?: readonly TargetAccount[];
  spend?: readonly Spend[];
  targets?: readonly Target[];
}

/** The report input's name for each record kind beside the opportunities. */
export const SUPPORTING_KEYS = {
  accounts: 'accounts',
  leads: 'leads',
  touchpoints: 'touchpoints',
  meetings: 'meetings',
  'target-accounts': 'targetAccounts',
  spend: 'spend',
  targets: 'targets',
} as const satisfies Record<Exclude<RecordKind, 'opportunities'>, keyof SupportingRecords>;

/** Everything the report is computed from; `asOf` comes from settings or the data, never the clock. */
export interface ReportInput extends SupportingRecords {
  opportunities: readonly Opportunity[];
  settings: Settings;
  /** Rows the import rejected, reported under integrity. */
  rejectedRows: number;
}

/** Thrown when the settings or data leave no period to report on; the message says what to fix. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}
