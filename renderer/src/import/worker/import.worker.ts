/// <reference lib="webworker" />
import { KIND_DEFINITIONS } from '../../../../shared/import/kinds';
import { StreamingImport, isResult } from '../../../../shared/import/streaming';
import type { ForcedWindows1252 } from '../../../../shared/import/streaming';
import type { EngineResult } from '../../../../shared/import/engine';
import type { Opportunity } from '../../../../shared/records';
import Dexie from 'dexie';
import { latestDateOf } from './latest-date';
import { PAGE_SIZE, toPages } from '../../data/record-pages';
import { stagePages } from '../../data/stage-pages';
import { isQuotaError } from '../../data/storage-errors';
import type { FromWorker, OpportunityFacts, StartMessage, ToWorker } from './protocol';

// The import worker: reads the File as a stream, decodes and parses it chunk by chunk with
// the streaming engine, reports progress at most every 100 ms, and writes the records itself,
// in pages, into the staging batch the main thread opened. No record ever crosses to the main
// thread, so a million of them cost the window nothing. Cancel is the main thread terminating
// this worker (an unfinished write then rolls back) and discarding the batch.

declare const self: DedicatedWorkerGlobalScope;

/** The least time between two progress messages. */
const PROGRESS_EVERY_MS = 100;

/** Pages per write transaction: fewer commits, each still small enough to clone quickly. */
const PAGES_PER_WRITE = 4;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  void run(event.data).catch((error: unknown) => {
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      quota: isQuotaError(error),
    });
  });
};

function post(message: FromWorker): void {
  self.postMessage(message);
}

async function run(start: StartMessage): Promise<void> {
  const began = performance.now();
  const definition = KIND_DEFINITIONS[start.kind];
  const options = {
    fileName: start.fileName,
    ...(start.mapping ? { mapping: start.mapping } : {}),
    ...(start.dateOrder ? { dateOrder: start.dateOrder } : {}),
    ...(start.stageRules ? { stageRules: start.stageRules } : {}),
    ...(start.currency ? { currency: start.currency } : {}),
    ...(start.encoding ? { encoding: start.encoding } : {}),
  };
  const totalBytes = start.file.size;
  let lastProgress = 0;
  const progress = (
    phase: 'reading' | 'settling' | 'writing',
    bytesRead: number,
    rowsParsed: number,
    recordsWritten = 0,
    recordsTotal = 0,
    force = false,
  ): void => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    post({
      type: 'progress',
      phase,
      bytesRead,
      totalBytes,
      rowsParsed,
      recordsWritten,
      recordsTotal,
      elapsedMs: now - began,
    });
  };

  let forced: ForcedWindows1252 | undefined;
  let result: EngineResult<unknown, string> | null = null;
  let rowsParsed = 0;
  while (result === null) {
    const engine = new StreamingImport<unknown, string>(
      // KIND_DEFINITIONS is a union over kinds; the worker treats every kind alike.
      definition as never,
      options,
      forced === undefined ? {} : { forced },
    );
    const reader = start.file.stream().getReader();
    let bytesRead = 0;
    let restart: ForcedWindows1252 | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.length;
      const status = engine.push(value);
      if (status.kind === 'restart') {
        restart = status.forced;
        await reader.cancel();
        break;
      }
      progress('reading', bytesRead, engine.rowsParsed);
    }
    if (restart === undefined) {
      rowsParsed = engine.rowsParsed;
      progress('settling', bytesRead, rowsParsed, 0, 0, true);
      const answer = engine.finish();
      if (isResult(answer)) result = answer;
      else if (answer.kind === 'restart') restart = answer.forced;
    }
    // A file that is not UTF-8 is read again as Windows-1252, as the one-shot engine does.
    if (result === null) {
      if (restart === undefined || forced !== undefined) break;
      forced = restart;
    }
  }
  if (result === null) return;

  const { records } = result;
  const opportunities = start.kind === 'opportunities' ? (records as Opportunity[]) : null;
  const facts = opportunities === null ? null : opportunityFacts(opportunities);
  const dataAsOf = latestDateOf(start.kind, records);
  await writePages(start, records, (written) =>
    progress('writing', totalBytes, rowsParsed, written, records.length),
  );
  post({
    type: 'done',
    dataAsOf,
    summary: { kind: start.kind, ...result.summary },
    errors: result.errors,
    preview: result.preview,
    fatal: result.fatal,
    recordCount: records.length,
    opportunityFacts: facts,
    elapsedMs: performance.now() - began,
  });
}

/** Writes the records into the staging batch, PAGES_PER_WRITE pages per transaction. */
async function writePages(
  start: StartMessage,
  records: readonly unknown[],
  written: (count: number) => void,
): Promise<void> {
  if (records.length === 0) return;
  // No schema declared: Dexie opens the workspace as the window created it, and steps aside
  // (closes) if another window upgrades it.
  const database = new Dexie(start.databaseName);
  try {
    await database.open();
    // Two writes in flight: while one commits, the next is laid out by column and cloned.
    const perWrite = PAGES_PER_WRITE * PAGE_SIZE;
    let done = 0;
    let inFlight: Promise<void> | null = null;
    for (let at = 0; at < records.length; at += perWrite) {
      const chunk = records.slice(at, at + perWrite);
      const pages = toPages(start.batchId, start.kind, chunk, at / PAGE_SIZE);
      const write = stagePages(database, pages).then(() => {
        done += chunk.length;
        written(done);
      });
      // Handled at once so a failure is never reported as unhandled; awaiting it rethrows it.
      write.catch(() => undefined);
      if (inFlight !== null) await inFlight;
      inFlight = write;
    }
    if (inFlight !== null) await inFlight;
  } finally {
    database.close();
  }
}

/** The ids importOpportunities lists in its summary: open deals without an amount, and undated deals. */
function opportunityFacts(records: readonly Opportunity[]): OpportunityFacts {
  return {
    openWithoutAmount: records
      .filter((record) => record.status === 'open' && record.amount === null)
      .map((record) => record.id),
    undatedIds: records.filter((record) => record.closeDate === null).map((record) => record.id),
  };
}
