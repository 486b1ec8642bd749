/// <reference lib="webworker" />
import { KIND_DEFINITIONS } from '../../../../shared/import/kinds';
import { StreamingImport, isResult } from '../../../../shared/import/streaming';
import type { ForcedWindows1252 } from '../../../../shared/import/streaming';
import type { EngineResult } from '../../../../shared/import/engine';
import type { Opportunity } from '../../../../shared/records';
import type { FromWorker, OpportunityFacts, StartMessage, ToWorker } from './protocol';

// The import worker: reads the File as a stream, decodes and parses it chunk by chunk with
// the streaming engine, reports progress at most every 100 ms, and hands the records over in
// chunks, one at a time, waiting for the main thread to store each (so neither side holds a
// second copy of a million records). Cancel is the main thread terminating this worker.

declare const self: DedicatedWorkerGlobalScope;

/** The least time between two progress messages. */
const PROGRESS_EVERY_MS = 100;

let acked: (() => void) | null = null;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'ack') {
    const resolve = acked;
    acked = null;
    resolve?.();
    return;
  }
  void run(message);
};

function post(message: FromWorker): void {
  self.postMessage(message);
}

/** Resolves when the main thread acknowledges the last chunk. */
function waitForAck(): Promise<void> {
  return new Promise((resolve) => {
    acked = resolve;
  });
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
    phase: 'reading' | 'settling' | 'handing-over',
    bytesRead: number,
    rowsParsed: number,
    recordsSent = 0,
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
      recordsSent,
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
  const facts = start.kind === 'opportunities' ? opportunityFacts(records as Opportunity[]) : null;
  for (let at = 0; at < records.length; at += start.chunkSize) {
    const ack = waitForAck();
    post({ type: 'records', firstSeq: at, records: records.slice(at, at + start.chunkSize) });
    await ack;
    progress(
      'handing-over',
      totalBytes,
      rowsParsed,
      Math.min(records.length, at + start.chunkSize),
      records.length,
    );
  }
  post({
    type: 'done',
    summary: { kind: start.kind, ...result.summary },
    errors: result.errors,
    preview: result.preview,
    fatal: result.fatal,
    recordCount: records.length,
    opportunityFacts: facts,
    elapsedMs: performance.now() - began,
  });
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
