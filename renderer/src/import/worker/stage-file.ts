import { KIND_DEFINITIONS } from '../../../../shared/import/kinds';
import { StreamingImport, isResult } from '../../../../shared/import/streaming';
import type { ForcedWindows1252 } from '../../../../shared/import/streaming';
import type { EngineResult } from '../../../../shared/import/engine';
import type { Opportunity } from '../../../../shared/records';
import Dexie from 'dexie';
import { latestDateOf } from './latest-date';
import { PAGE_SIZE, toPages } from '../../data/record-pages';
import { stagePages } from '../../data/stage-pages';
import type { DoneMessage, OpportunityFacts, ProgressMessage, StartMessage } from './protocol';

// The import of one file that the import worker runs (and the sample worker, once per kind):
// records go straight from the engine into pages of the staging batch, never through the
// window.

/** The least time between two progress messages. */
const PROGRESS_EVERY_MS = 100;

/** Pages per write transaction: fewer commits, each still small enough to clone quickly. */
const PAGES_PER_WRITE = 4;

/**
 * Imports one file into its staging batch, as the import worker does for the main thread:
 * reads the File as a stream, decodes and parses it chunk by chunk with the streaming engine,
 * reports progress at most every 100 ms through `post`, and writes the records itself, in
 * pages, under the batch. Resolves to what the main thread is told when done, or `null` when
 * the file could not be read at all. Runs in a worker (the import and the sample workers) or,
 * where there is no Worker, in the window.
 */
export async function stageFile(
  start: StartMessage,
  post: (message: ProgressMessage) => void,
): Promise<DoneMessage | null> {
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
  if (result === null) return null;

  const { records } = result;
  const opportunities = start.kind === 'opportunities' ? (records as Opportunity[]) : null;
  const facts = opportunities === null ? null : opportunityFacts(opportunities);
  const dataAsOf = latestDateOf(start.kind, records);
  await writePages(start, records, (written) =>
    progress('writing', totalBytes, rowsParsed, written, records.length),
  );
  return {
    type: 'done',
    dataAsOf,
    summary: { kind: start.kind, ...result.summary },
    errors: result.errors,
    preview: result.preview,
    fatal: result.fatal,
    recordCount: records.length,
    opportunityFacts: facts,
    elapsedMs: performance.now() - began,
  };
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
