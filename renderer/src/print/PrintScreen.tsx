import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { MBR_DECK_ID } from '../../../shared/deck/deck-model';
import { drillDown } from '../../../shared/drill';
import { buildReportContext, type ReportContext } from '../../../shared/metrics/report-context';
import { printOptionsFromQuery, type PrintOptions } from '../../../shared/print-options';
import { PRINT_PAYLOAD_GLOBAL, type PrintPayload } from '../../../shared/print-payload';
import { buildReportState, useDeck, useReport, type ReportState } from '../data/use-report';
import { useReportRequest } from '../data/use-report-request';
import { requestDrill } from '../drill/drill-client';
import { useLocation } from '../routing';
import { PrintDeck } from './PrintDeck';
import { PrintErrorBoundary } from './PrintErrorBoundary';
import { markPrintError } from './print-markers';
import type { DrillSource } from './use-appendix';
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

/** How the print route was asked to print: the print dialog or not, and the export's options. */
interface PrintRequest {
  autoprint: boolean;
  options: PrintOptions;
}

/** Prints the CLI's payload with its deck (a template's), or the default deck. */
function PayloadPrint({ payload, request }: { payload: PrintPayload; request: PrintRequest }) {
  // The payload carries what the workspace would (rejected rows, footer check), so the CLI's
  // data-notes slide says the same as the app's.
  const state = useMemo(() => buildReportState(payload), [payload]);
  const deck = useMemo(
    () => payload.deck ?? createDefaultDeck(MBR_DECK_ID, '1970-01-01T00:00:00.000Z'),
    [payload],
  );
  // The appendix drills here, in the page: the CLI's page has no workspace and no worker to ask.
  const context = useRef<ReportContext | null>(null);
  const drill = useCallback<DrillSource>(
    (path) => {
      context.current ??= buildReportContext({
        opportunities: payload.opportunities,
        settings: payload.settings,
        rejectedRows: payload.rejectedRows,
        ...payload.supporting,
      });
      return Promise.resolve(drillDown(context.current, path));
    },
    [payload],
  );
  if (state.status !== 'ready') return <PrintMessage state={state} />;
  return (
    <PrintDeck
      deck={deck}
      report={state.report}
      context={state.context}
      autoprint={request.autoprint}
      options={request.options}
      drill={drill}
    />
  );
}

/** Prints the workspace's data with the stored deck; the appendix asks the report worker, as the drill-down does. */
function WorkspacePrint({ request }: { request: PrintRequest }) {
  const state = useReport();
  const { deck } = useDeck();
  const report = useReportRequest();
  const drill = useCallback<DrillSource>(
    (path) =>
      report === null
        ? Promise.reject(new Error('There is no report to drill into.'))
        : requestDrill(report, path, false).then((response) => response.result),
    [report],
  );
  if (state.status !== 'ready') return <PrintMessage state={state} />;
  if (!deck) return <PrintMessage state={{ status: 'loading' }} />;
  return (
    <PrintDeck
      deck={deck}
      report={state.report}
      context={state.context}
      autoprint={request.autoprint}
      options={request.options}
      drill={drill}
    />
  );
}

/**
 * The print route: every visible slide as one 16:9 page (or a handout page with its notes),
 * then the appendix when asked (`#/print?layout=handout&appendix=1&title=…`), from the CLI's
 * payload or the workspace. Whatever stops it printing (no data, a report error, every slide
 * hidden, a chart or slide that throws) ends in `data-print-error` with a sentence, never a
 * blank page.
 */
export function PrintScreen() {
  const { params } = useLocation();
  const autoprint = params.get('autoprint') === '1';
  const query = params.toString();
  // Keyed on the query's text: the location is parsed afresh on every render.
  const request = useMemo(
    () => ({ autoprint, options: printOptionsFromQuery(new URLSearchParams(query)) }),
    [autoprint, query],
  );
  const payload = useMemo(() => injectedPayload(), []);
  useEffect(() => {
    document.documentElement.classList.add('qd-print');
    return () => document.documentElement.classList.remove('qd-print');
  }, []);
  return (
    <PrintErrorBoundary>
      {payload ? (
        <PayloadPrint payload={payload} request={request} />
      ) : (
        <WorkspacePrint request={request} />
      )}
    </PrintErrorBoundary>
  );
}
