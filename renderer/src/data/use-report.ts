import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { saveErrorMessage } from '../deck/save-error';
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

/** The deck and how to change it; see {@link useDeck}. */
export interface DeckHandle {
  deck: DeckState | null;
  /** Applies `change` to the newest deck, shows the result at once and writes it to IndexedDB. */
  update: (change: (deck: DeckState) => DeckState) => void;
  /** Why the newest write failed, as a sentence for the deck screen; `null` once a write lands. */
  saveError: string | null;
}

/**
 * The stored MBR deck (created on first use). Edits show at once from an in-memory copy that
 * leads from then on, so a failed write never loses them; each write is awaited and its
 * failure reported in `saveError` until a later write (which carries the whole deck) lands.
 */
export function useDeck(): DeckHandle {
  const stored = useLiveQuery(async () => (await db.decks.get(MBR_DECK_ID)) ?? null);
  const [local, setLocal] = useState<DeckState | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const deck = local ?? stored ?? null;
  // The newest deck for `update`: set at once on every change, so two changes before a render chain.
  const latest = useRef<DeckState | null>(null);
  const writes = useRef(0);
  useEffect(() => {
    latest.current = deck;
  }, [deck]);

  const write = useCallback((next: DeckState) => {
    writes.current += 1;
    const seq = writes.current;
    db.decks.put(next).then(
      () => {
        if (seq === writes.current) setSaveError(null);
      },
      (error: unknown) => {
        // A later write carries the whole deck, so only the newest write's outcome matters.
        if (seq === writes.current) setSaveError(saveErrorMessage(error));
      },
    );
  }, []);

  useEffect(() => {
    if (stored !== null) return;
    // `put` is idempotent, so a double effect (StrictMode) writes the same default deck twice.
    const fresh = createDefaultDeck(MBR_DECK_ID, new Date().toISOString());
    db.decks.put(fresh).catch((error: unknown) => {
      // Without a stored deck, edit one in memory and say it is not being kept.
      setLocal((current) => current ?? fresh);
      setSaveError(saveErrorMessage(error));
    });
  }, [stored]);

  const update = useCallback(
    (change: (deck: DeckState) => DeckState) => {
      const current = latest.current;
      if (!current) return;
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      latest.current = next;
      setLocal(next);
      write(next);
    },
    [write],
  );
  return { deck, update, saveError };
}
