import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ColumnMapping,
  DateOrder,
  ExportFormat,
  ImportResult,
} from '../../../shared/import/types';
import type { CurrencySettings } from '../../../shared/settings';
import { db } from '../data/db';
import { completeSettings } from '../data/schema';
import { beginStaging, discardStaging, stageRecords } from '../data/staging';
import { publishStagedOpportunities, type StoreImportOptions } from '../data/store';
import { opportunityResult } from './worker/opportunity-result';
import type { ProgressMessage } from './worker/protocol';
import { CANCELLED, startWorkerImport, type WorkerImport } from './worker/start-worker-import';

/** One file under review: the file, the user's overrides so far, and what the importer made of it. */
export interface ImportRun {
  fileName: string;
  file: File;
  /** The file's bytes when rows were rejected (for the rejects download); empty otherwise. */
  bytes: Uint8Array;
  /** The format recognised on first read; a user's mapping later makes the result `custom`. */
  detected: ExportFormat;
  mapping?: ColumnMapping;
  dateOrder?: DateOrder;
  /** What the importer made of the file; its records are in the staging batch, not here. */
  result: ImportResult;
  /** The staging batch that holds the records until Confirm publishes them. */
  batchId: string;
}

/** Where the import screen is: choosing a file, importing it (with progress), or reviewing the result. */
export type ImportStage =
  | { kind: 'choose'; readError: string | null }
  | { kind: 'importing'; fileName: string; progress: ProgressMessage | null }
  | { kind: 'review'; run: ImportRun };

/** What the import screen can do: read a file, re-run it with corrections, cancel, publish. */
export interface ImportRunner {
  stage: ImportStage;
  readFile: (file: File) => Promise<void>;
  remap: (mapping: ColumnMapping) => void;
  setDateOrder: (order: DateOrder) => void;
  /** Stops an import in progress or discards the one under review; the published data is untouched. */
  cancel: () => Promise<void>;
  reset: () => void;
  /** Publishes the run under review in one transaction; resolves to the batch id. */
  publish: (opts: StoreImportOptions) => Promise<string>;
}

type Overrides = Partial<Pick<ImportRun, 'mapping' | 'dateOrder'>>;

/** The saved currency settings, read when a file is imported so rates added a moment ago count. */
async function savedCurrency(): Promise<CurrencySettings> {
  const row = await db.settings.get('workspace');
  return completeSettings(row?.value ?? {}).currency;
}

/**
 * Imports a chosen file in a Web Worker (streaming, with progress), writes its records in
 * chunks to a staging batch, and re-runs it on every correction. Nothing reaches the
 * workspace until `publish`; cancelling, leaving the screen or starting over discards the
 * staging batch.
 */
export function useImportRun(): ImportRunner {
  const [stage, setStage] = useState<ImportStage>({ kind: 'choose', readError: null });
  const running = useRef<WorkerImport | null>(null);
  /** The staging batch this screen owns and has not published. */
  const staged = useRef<string | null>(null);

  const discard = useCallback(async () => {
    running.current?.cancel();
    running.current = null;
    const batchId = staged.current;
    staged.current = null;
    if (batchId !== null) await discardStaging(batchId);
  }, []);

  // Leaving the screen stops the worker and drops what it staged.
  useEffect(() => () => void discard().catch(() => undefined), [discard]);

  const start = useCallback(
    async (file: File, overrides: Overrides, detected: ExportFormat | null) => {
      await discard();
      setStage({ kind: 'importing', fileName: file.name, progress: null });
      try {
        const currency = await savedCurrency();
        const batchId = await beginStaging('opportunities', file.name);
        staged.current = batchId;
        const job = startWorkerImport(
          {
            file,
            kind: 'opportunities',
            ...(overrides.mapping ? { mapping: overrides.mapping } : {}),
            ...(overrides.dateOrder ? { dateOrder: overrides.dateOrder } : {}),
            currency,
          },
          {
            onProgress: (progress) =>
              setStage((current) =>
                current.kind === 'importing' ? { ...current, progress } : current,
              ),
            onRecords: (firstSeq, records) => stageRecords(batchId, firstSeq, records),
          },
        );
        running.current = job;
        const done = await job.done;
        running.current = null;
        const result = opportunityResult(done);
        // The rejects download needs the file's rows; read them only when there are rejects.
        const bytes =
          result.errors.length > 0 ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
        setStage({
          kind: 'review',
          run: {
            fileName: file.name,
            file,
            bytes,
            detected: detected ?? result.summary.format,
            ...overrides,
            result,
            batchId,
          },
        });
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        if (reason === CANCELLED) return;
        await discard().catch(() => undefined);
        setStage({ kind: 'choose', readError: `${file.name} could not be read: ${reason}` });
      }
    },
    [discard],
  );

  const readFile = useCallback((file: File) => start(file, {}, null), [start]);

  const rerun = useCallback(
    (change: Overrides) => {
      if (stage.kind !== 'review') return;
      const { file, mapping, dateOrder, detected } = stage.run;
      const next: Overrides = {
        ...(mapping ? { mapping } : {}),
        ...(dateOrder ? { dateOrder } : {}),
        ...change,
      };
      void start(file, next, detected);
    },
    [stage, start],
  );

  const remap = useCallback((mapping: ColumnMapping) => rerun({ mapping }), [rerun]);
  const setDateOrder = useCallback((dateOrder: DateOrder) => rerun({ dateOrder }), [rerun]);

  const cancel = useCallback(async () => {
    await discard();
    setStage({ kind: 'choose', readError: null });
  }, [discard]);

  const reset = useCallback(() => void cancel(), [cancel]);

  const publish = useCallback(
    async (opts: StoreImportOptions) => {
      if (stage.kind !== 'review') throw new Error('There is no import to confirm.');
      const { run } = stage;
      const id = await publishStagedOpportunities(
        { batchId: run.batchId, summary: run.result.summary, errors: run.result.errors },
        opts,
      );
      staged.current = null;
      return id;
    },
    [stage],
  );

  return { stage, readFile, remap, setDateOrder, cancel, reset, publish };
}
