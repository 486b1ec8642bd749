import type { ReportRequest } from '../data/report-worker/protocol';
import type { DrillRequest, DrillResponse } from '../data/report-worker/drill-protocol';
import { db } from '../data/db';
import { readReportRecords } from '../data/report-worker/read-report-records';
import {
  answerDrill,
  contextOf,
  drillContextKey,
  drillFailure,
} from '../data/report-worker/drill-protocol';
import type { ReportContext } from '../../../shared/metrics/report-context';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: DrillResponse) => void>();
/** Without Worker support: the last context, kept in the window. */
let keptHere: { key: string; rc: ReportContext } | null = null;

/** The one drill worker (the report worker's script), kept alive so it keeps its report context. */
function drillWorker(): Worker {
  if (worker !== null) return worker;
  const w = new Worker(new URL('../data/report-worker/report.worker.ts', import.meta.url), {
    type: 'module',
  });
  w.onmessage = (event: MessageEvent<DrillResponse>) => {
    const done = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    done?.(event.data);
  };
  w.onerror = (event) => {
    // A failed worker answers every open question with the failure, and is made afresh next time.
    for (const [id, done] of waiting) {
      done({
        type: 'drill',
        id,
        result: {
          ok: false,
          path: '',
          error: `The drill-down stopped: ${event.message || 'the worker failed.'}`,
        },
        csv: null,
      });
    }
    waiting.clear();
    w.terminate();
    worker = null;
  };
  worker = w;
  return w;
}

/** Asks for the records behind the figure at `path` of the report `report` describes. */
export async function requestDrill(
  report: ReportRequest,
  path: string,
  withCsv: boolean,
): Promise<DrillResponse> {
  const request: DrillRequest = { type: 'drill', id: nextId++, report, path, withCsv };
  if (typeof Worker === 'undefined') {
    try {
      const key = drillContextKey(report);
      if (keptHere === null || keptHere.key !== key) {
        keptHere = { key, rc: contextOf(report, await readReportRecords(db, report)) };
      }
      return answerDrill(request, keptHere.rc);
    } catch (error) {
      return drillFailure(request, error instanceof Error ? error.message : String(error));
    }
  }
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    drillWorker().postMessage(request);
  });
}
