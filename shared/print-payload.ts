import type { DeckState } from './deck/deck-model';
import type { ImportError, ImportSummary } from './import/types';
import type { SupportingRecords } from './metrics/report-input';
import type { Opportunity } from './records';
import type { Settings } from './settings';

/** What the print route needs when it is not reading the workspace: the CLI injects this. */
export interface PrintPayload {
  opportunities: Opportunity[];
  /** The records of every other kind the CLI read (accounts already joined into the deals), for influence, leads, meetings, targets… */
  supporting?: SupportingRecords;
  settings: Settings;
  rejectedRows: number;
  /** Shown on every slide when the data is the generated sample. */
  isSample: boolean;
  /** The file(s) the figures come from, for the title and data-notes slides. */
  sourceLabel: string;
  /** The opportunity rows the import rejected, for the data-notes slide's reasons. */
  errors?: readonly ImportError[];
  /** The Salesforce footer check, for the data-notes slide; `null` when no file had a footer. */
  summary?: Pick<ImportSummary, 'footerRecordCount' | 'footerMatches' | 'rowsRead'> | null;
  /** The deck to print (`pdf --template`); absent: the default Monthly Business Review. */
  deck?: DeckState;
}

/** The global the CLI sets (through an init script) before the print route loads. */
export const PRINT_PAYLOAD_GLOBAL = '__QUARTERDECK_PRINT__';
