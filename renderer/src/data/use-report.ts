import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { MBR_DECK_ID, type DeckState } from '../../../shared/deck/deck-model';
import { useCurrentDeckId } from './current-deck';
import { slideLook, type SlideLook } from '../../../shared/brand';
import { withEveryKind } from '../../../shared/deck/with-every-kind';
import { db } from './db';
import { saveErrorMessage } from '../deck/save-error';
import { useActiveBatch } from './use-workspace';
import { useReportRequest } from './use-report-request';
import type { ReportState } from './report-worker/build-report-state';
import { readReportRecords } from './report-worker/read-report-records';
import {
  answerReportRequest,
  type ReportRequest,
  type ReportResponse,
} from './report-worker/protocol';

export {
  buildReportState,
  type ReportSource,
  type ReportState,
} from './report-worker/build-report-state';

/**
 * The inputs that decide the report; it is computed again only when one of them changes. The
 * slides' look (brand colour, logo, theme) is left out: no figure depends on it, so it is laid
 * over the answer on this thread (`withLook`) and dragging the colour picker recomputes nothing.
 */
function reportKey(request: ReportRequest): string {
  const { brandColor, brandLogo, slideTheme, ...figures } = request.settings;
  void brandColor;
  void brandLogo;
  void slideTheme;
  return JSON.stringify([request.batchId, request.supportingBatches, figures]);
}

/** The answer with the slides' look taken from the current settings rather than the ones it was computed with. */
function withLook(state: ReportResponse, look: SlideLook): ReportResponse {
  return state.status === 'ready' ? { ...state, context: { ...state.context, look } } : state;
}

/** Reads the batch's rows and computes the report on this thread: for browsers without Worker. */
async function computeHere(request: ReportRequest): Promise<ReportResponse> {
  return answerReportRequest(request, await readReportRecords(db, request));
}

/** Computes the report in a Web Worker (which reads the rows itself); resolves once, or never when stopped. */
function computeInWorker(
  request: ReportRequest,
  done: (response: ReportResponse) => void,
): () => void {
  const worker = new Worker(new URL('./report-worker/report.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<ReportResponse>) => {
    done(event.data);
    worker.terminate();
  };
  worker.onerror = (event) => {
    done({
      status: 'error',
      message: `The report stopped: ${event.message || 'the worker failed.'}`,
    });
    worker.terminate();
  };
  worker.postMessage(request);
  return () => worker.terminate();
}

/**
 * The report over the workspace's active import, computed in a Web Worker that reads the rows
 * from IndexedDB itself, so 200,000 opportunities never block the window. It is computed again
 * only when the active import of any kind or the settings change; until the new report arrives the previous
 * one stays on screen, as a live query's would.
 */
export function useReport(): ReportState {
  const { ready, batch } = useActiveBatch();
  const request = useReportRequest();
  const key = request === null ? null : reportKey(request);
  const [answer, setAnswer] = useState<{ key: string; state: ReportResponse } | null>(null);

  useEffect(() => {
    if (request === null || key === null) return;
    let live = true;
    const accept = (state: ReportResponse) => {
      if (live) setAnswer({ key, state });
    };
    if (typeof Worker === 'undefined') {
      computeHere(request).then(accept, (error: unknown) =>
        accept({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
      );
      return () => {
        live = false;
      };
    }
    const stop = computeInWorker(request, accept);
    return () => {
      live = false;
      stop();
    };
    // `key` holds every input that matters; the objects themselves change on every live read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const look = useMemo(
    () => (request === null ? null : slideLook(request.settings)),
    // The look's three settings decide it; the settings object itself changes on every live read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [request?.settings.brandColor, request?.settings.brandLogo, request?.settings.slideTheme],
  );
  const state = useMemo(
    () => (answer === null || look === null ? null : withLook(answer.state, look)),
    [answer, look],
  );

  if (!ready) return { status: 'loading' };
  if (!batch) return { status: 'empty' };
  if (state === null) return { status: 'loading' };
  return state;
}

/** The deck and how to change it; see {@link useDeck}. */
export interface DeckHandle {
  deck: DeckState | null;
  /** Applies `change` to the newest deck, shows the result at once and writes it to IndexedDB. */
  update: (change: (deck: DeckState) => DeckState) => void;
  /** Why the newest write failed, as a sentence for the deck screen; `null` once a write lands. */
  saveError: string | null;
}

/** Every stored deck, newest edit first; `undefined` while the first read runs. */
export function useDecks(): DeckState[] | undefined {
  return useLiveQuery(() => db.decks.orderBy('updatedAt').reverse().toArray());
}

/**
 * The deck the user chose (`useCurrentDeckId`; the newest one when that is gone or none was
 * chosen; a Monthly Business Review is created when the workspace has none), with any slide kind
 * added to its template since it was stored put in at its place (`withEveryKind`; written back
 * with the next edit). Edits show at once from an in-memory copy that leads from then on, so a
 * failed write never loses them; each write is awaited and its failure reported in `saveError`
 * until a later write (which carries the whole deck) lands.
 */
export function useDeck(): DeckHandle {
  const chosen = useCurrentDeckId();
  const decks = useDecks();
  const stored =
    decks === undefined ? undefined : (decks.find((d) => d.id === chosen) ?? decks[0] ?? null);
  const complete = useMemo(() => (stored ? withEveryKind(stored) : null), [stored]);
  const [local, setLocal] = useState<DeckState | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The in-memory copy leads only for its own deck: opening another deck shows that one.
  const deck = local !== null && local.id === complete?.id ? local : (complete ?? local);
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
