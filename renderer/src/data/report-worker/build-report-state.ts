import { computeReport, type SupportingRecords } from '../../../../shared/metrics';
import type { Report } from '../../../../shared/metrics/report-types';
import { slideLook } from '../../../../shared/brand';
import { reportingCurrency, type DraftContext } from '../../../../shared/deck/draft-context';
import type { ImportError, ImportSummary } from '../../../../shared/import/types';
import type { Opportunity } from '../../../../shared/records';
import type { Settings } from '../../../../shared/settings';

// Pure (no React, no Dexie): the report worker and the main thread both build the state here.

/** The report behind the deck: still loading, no data yet, a message saying what is wrong, or ready. */
export type ReportState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: Report; context: DraftContext };

/** Everything a report and its drafting context are built from (the workspace, or the CLI's print payload). */
export interface ReportSource {
  opportunities: readonly Opportunity[];
  /** The active import of each other kind: accounts joined to the deals first, the rest feeding their figures. */
  supporting?: SupportingRecords;
  settings: Settings;
  rejectedRows: number;
  isSample: boolean;
  sourceLabel: string;
  errors?: readonly ImportError[];
  summary?: Pick<ImportSummary, 'footerRecordCount' | 'footerMatches' | 'rowsRead'> | null;
}

/** Computes the report and drafting context; a report that cannot be computed becomes a readable error. */
export function buildReportState(source: ReportSource): ReportState {
  if (source.opportunities.length === 0) return { status: 'empty' };
  try {
    const report = computeReport({
      opportunities: source.opportunities,
      settings: source.settings,
      rejectedRows: source.rejectedRows,
      ...source.supporting,
    });
    const summary = source.summary ?? null;
    const context: DraftContext = {
      currency: reportingCurrency(source.opportunities),
      isSample: source.isSample,
      sourceLabel: source.sourceLabel,
      opportunityCount: source.opportunities.length,
      rejectedReasons: (source.errors ?? []).slice(0, 3).map((e) => `Line ${e.line}: ${e.reason}`),
      footer:
        summary && summary.footerRecordCount !== null
          ? {
              recordCount: summary.footerRecordCount,
              rowsRead: summary.rowsRead,
              matches: summary.footerMatches === true,
            }
          : null,
      look: slideLook(source.settings),
    };
    return { status: 'ready', report, context };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
