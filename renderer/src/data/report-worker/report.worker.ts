/// <reference lib="webworker" />
import Dexie from 'dexie';
import { answerReportRequest, type ReportRequest, type ReportResponse } from './protocol';
import { readReportRecords } from './read-report-records';

// The report worker: reads the active imports' opportunities and accounts straight from IndexedDB and
// computes the report here, so 200,000 rows are never cloned to, or computed on, the main thread.

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ReportRequest>) => {
  void run(event.data);
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

function post(message: ReportResponse): void {
  self.postMessage(message);
}
