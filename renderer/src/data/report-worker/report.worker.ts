/// <reference lib="webworker" />
import Dexie from 'dexie';
import type { ReportContext } from '../../../../shared/metrics/report-context';
import { answerReportRequest, type ReportRequest, type ReportResponse } from './protocol';
import {
  answerDrill,
  contextOf,
  drillContextKey,
  drillFailure,
  type DrillRequest,
  type DrillResponse,
} from './drill-protocol';
import { readReportRecords } from './read-report-records';

// The report worker: reads the active imports' opportunities and accounts straight from IndexedDB and
// computes the report here, so 200,000 rows are never cloned to, or computed on, the main thread.
// A drill request is answered from the report context of the last report it drilled into, kept
// here, so a second click on the same deck reads nothing again.

declare const self: DedicatedWorkerGlobalScope;

let kept: { key: string; rc: ReportContext } | null = null;

self.onmessage = (event: MessageEvent<ReportRequest | DrillRequest>) => {
  const message = event.data;
  if (isDrillRequest(message)) void drill(message);
  else void run(message);
};

async function run(request: ReportRequest): Promise<void> {
  // No schema declared: Dexie opens the workspace as it is, and steps aside (closes) if
  // another window upgrades it.
  const database = new Dexie(request.databaseName);
  try {
    await database.open();
    post(answerReportRequest(request, await readReportRecords(database, request)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ status: 'error', message: `The data could not be read: ${message}` });
  } finally {
    database.close();
  }
}

async function drill(request: DrillRequest): Promise<void> {
  const key = drillContextKey(request.report);
  try {
    if (kept === null || kept.key !== key) {
      const database = new Dexie(request.report.databaseName);
      try {
        await database.open();
        kept = {
          key,
          rc: contextOf(request.report, await readReportRecords(database, request.report)),
        };
      } finally {
        database.close();
      }
    }
    post(answerDrill(request, kept.rc));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post(drillFailure(request, `The records could not be read: ${message}`));
  }
}

function isDrillRequest(message: ReportRequest | DrillRequest): message is DrillRequest {
  return (message as Partial<DrillRequest>).type === 'drill';
}

function post(message: ReportResponse | DrillResponse): void {
  self.postMessage(message);
}
