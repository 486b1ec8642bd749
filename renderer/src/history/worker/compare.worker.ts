/// <reference lib="webworker" />
import Dexie from 'dexie';
import { readRecords } from '../../data/record-pages';
import { compareImports } from '../compare-imports';
import type { CompareRequest, CompareResponse } from './protocol';

// The comparison worker: reads both imports straight from IndexedDB and compares them here,
// so 200,000 opportunities a side are never cloned through, or compared on, the main thread.

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  void run(event.data);
};

async function run(request: CompareRequest): Promise<void> {
  const began = performance.now();
  // No schema declared: Dexie opens the workspace as it is, read-only in practice, and steps
  // aside (closes) if another window upgrades it.
  const database = new Dexie(request.databaseName);
  try {
    await database.open();
    const [previous, current] = await Promise.all([
      readRecords(database, request.previousBatchId, 'opportunities'),
      readRecords(database, request.currentBatchId, 'opportunities'),
    ]);
    const comparison = compareImports(
      previous,
      current,
      request.settings,
      request.previousDataAsOf,
    );
    post({ comparison, elapsedMs: performance.now() - began });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({
      comparison: { ok: false, error: `The imports could not be read: ${message}` },
      elapsedMs: performance.now() - began,
    });
  } finally {
    database.close();
  }
}

function post(message: CompareResponse): void {
  self.postMessage(message);
}
