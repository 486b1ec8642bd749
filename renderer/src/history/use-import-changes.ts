import { useEffect, useState } from 'react';
import type { ImportBatch } from '../data/db';
import { db } from '../data/db';
import type { Settings } from '../../../shared/settings';
import type { ImportComparison } from './compare-imports';
import type { CompareRequest, CompareResponse } from './worker/protocol';

/** What changed since the previous import: nothing to compare, being worked out, or the answer. */
export type ImportChangesState =
  | { status: 'no-previous' }
  | { status: 'sample' }
  | { status: 'loading' }
  | { status: 'done'; comparison: ImportComparison; elapsedMs: number };

/** The inputs that decide a comparison; the worker runs again only when one of them changes. */
function comparisonKey(active: ImportBatch, previous: ImportBatch, settings: Settings): string {
  return JSON.stringify([
    previous.id,
    active.id,
    settings.fiscalYearStartMonth,
    settings.asOf,
    settings.period,
  ]);
}

/**
 * Compares the active import with the one before it in a Web Worker (which reads both from
 * IndexedDB itself), once per pair of imports and settings that decide P and D, never on a
 * mere re-render. Sample data is never compared with real data.
 */
export function useImportChanges(
  active: ImportBatch | null,
  previous: ImportBatch | null,
  settings: Settings,
): ImportChangesState {
  const [answer, setAnswer] = useState<{ key: string; response: CompareResponse } | null>(null);
  const comparable = active !== null && previous !== null && !active.isSample && !previous.isSample;
  const key = comparable ? comparisonKey(active, previous, settings) : null;

  useEffect(() => {
    if (key === null || active === null || previous === null) return;
    const worker = new Worker(new URL('./worker/compare.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<CompareResponse>) => {
      setAnswer({ key, response: event.data });
      worker.terminate();
    };
    worker.onerror = (event) => {
      setAnswer({
        key,
        response: {
          comparison: {
            ok: false,
            error: `The comparison stopped: ${event.message || 'the worker failed.'}`,
          },
          elapsedMs: 0,
        },
      });
      worker.terminate();
    };
    const request: CompareRequest = {
      databaseName: db.name,
      previousBatchId: previous.id,
      currentBatchId: active.id,
      previousDataAsOf: previous.dataAsOf ?? null,
      settings,
    };
    worker.postMessage(request);
    return () => worker.terminate();
    // `key` holds every input that matters; the objects themselves change on every live read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (active === null || previous === null) return { status: 'no-previous' };
  if (!comparable) return { status: 'sample' };
  if (answer === null || answer.key !== key) return { status: 'loading' };
  return { status: 'done', ...answer.response };
}
