import { useEffect, useMemo } from 'react';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { MBR_DECK_ID } from '../../../shared/deck/deck-model';
import { PRINT_PAYLOAD_GLOBAL, type PrintPayload } from '../../../shared/print-payload';
import { buildReportState, useDeck, useReport, type ReportState } from '../data/use-report';
import { useLocation } from '../routing';
import { PrintDeck } from './PrintDeck';
import { PrintErrorBoundary } from './PrintErrorBoundary';
import { markPrintError } from './print-markers';
import './print.css';

/** The payload the CLI injects before the page loads, if any. */
function injectedPayload(): PrintPayload | null {
  const value: unknown = Reflect.get(window, PRINT_PAYLOAD_GLOBAL);
  if (typeof value !== 'object' || value === null) return null;
  return Array.isArray(Reflect.get(value, 'opportunities')) ? (value as PrintPayload) : null;
}

/** A report that cannot be drawn: says why on the page and in `data-print-error` for the CLI. */
function PrintMessage({ state }: { state: Exclude<ReportState, { status: 'ready' }> }) {
  const message =
    state.status === 'error'
      ? state.message
      : state.status === 'empty'
        ? 'There is no data to print: import an opportunities export first.'
        : 'Loading…';
  useEffect(() => {
    if (state.status !== 'loading') markPrintError(message);
  }, [state.status, message]);
  return <p className="qd-print-message">{message}</p>;
}

/** Prints the CLI's payload with the default deck. */
function PayloadPrint({ payload, autoprint }: { payload: PrintPayload; autoprint: boolean }) {
  // The payload carries what the workspace would (rejected rows, footer check), so the CLI's
  // data-notes slide says the same as the app's.
  const state = useMemo(() => buildReportState(payload), [payload]);
  const deck = useMemo(() => createDefaultDeck(MBR_DECK_ID, '1970-01-01T00:00:00.000Z'), []);
  if (state.status !== 'ready') return <PrintMessage state={state} />;
  return (
    <PrintDeck deck={deck} report={state.report} context={state.context} autoprint={autoprint} />
  );
}

/** Prints the workspace's data with the stored deck. */
function WorkspacePrint({ autoprint }: { autoprint: boolean }) {
  const state = useReport();
  const { deck } = useDeck();
  if (state.status !== 'ready') return <PrintMessage state={state} />;
  if (!deck) return <PrintMessage state={{ status: 'loading' }} />;
  return (
    <PrintDeck deck={deck} report={state.report} context={state.context} autoprint={autoprint} />
  );
}

/**
 * The print route: every visible slide as one 16:9 page, from the CLI's payload or the
 * workspace. Whatever stops it printing (no data, a report error, every slide hidden, a
 * chart or slide that throws) ends in `data-print-error` with a sentence, never a blank page.
 */
export function PrintScreen() {
  const { params } = useLocation();
  const autoprint = params.get('autoprint') === '1';
  const payload = useMemo(() => injectedPayload(), []);
  useEffect(() => {
    document.documentElement.classList.add('qd-print');
    return () => document.documentElement.classList.remove('qd-print');
  }, []);
  return (
    <PrintErrorBoundary>
      {payload ? (
        <PayloadPrint payload={payload} autoprint={autoprint} />
      ) : (
        <WorkspacePrint autoprint={autoprint} />
      )}
    </PrintErrorBoundary>
  );
}
