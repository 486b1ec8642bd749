import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { computeReport } from '../../../shared/metrics';
import type { Report } from '../../../shared/metrics/report-types';
import { reportingCurrency, type DraftContext } from '../../../shared/deck/draft-context';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { MBR_DECK_ID, type DeckState } from '../../../shared/deck/deck-model';
import type { ImportError, ImportSummary } from '../../../shared/import/types';
import type { Opportunity } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import { db } from './db';
import { useWorkspace } from './use-workspace';

/** The report behind the deck: still loading, no data yet, a message saying what is wrong, or ready. */
export type ReportState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: Report; context: DraftContext };

/** Everything a report and its drafting context are built from (the workspace, or the CLI's print payload). */
export interface ReportSource {
  opportunities: readonly Opportunity[];
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
    };
    return { status: 'ready', report, context };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The report over the workspace's active import, recomputed only when the data or settings change. */
export function useReport(): ReportState {
  const { ready, batch, opportunities, settings } = useWorkspace();
  return useMemo(() => {
    if (!ready) return { status: 'loading' };
    if (!batch) return { status: 'empty' };
    return buildReportState({
      opportunities,
      settings,
      rejectedRows: batch.summary.rejected,
      isSample: batch.isSample,
      sourceLabel: batch.fileName,
      errors: batch.errors,
      summary: batch.summary,
    });
  }, [ready, batch, opportunities, settings]);
}

/** The stored MBR deck (created on first use) and a save that updates the screen at once and Dexie behind it. */
export function useDeck(): { deck: DeckState | null; save: (next: DeckState) => void } {
  const stored = useLiveQuery(async () => (await db.decks.get(MBR_DECK_ID)) ?? null);
  // Once the user edits, the editor's copy leads, so typing never waits on IndexedDB.
  const [local, setLocal] = useState<DeckState | null>(null);
  useEffect(() => {
    // `put` is idempotent, so a double effect (StrictMode) writes the same default deck twice.
    if (stored === null)
      void db.decks.put(createDefaultDeck(MBR_DECK_ID, new Date().toISOString()));
  }, [stored]);
  const save = useCallback((next: DeckState) => {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    setLocal(stamped);
    void db.decks.put(stamped);
  }, []);
  return { deck: local ?? stored ?? null, save };
}
