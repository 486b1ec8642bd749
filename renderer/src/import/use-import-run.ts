import { useCallback, useEffect, useRef, useState } from 'react';
import { readHeaders } from '../../../shared/import/detect-kind';
import type { MappingProfile } from '../../../shared/import/mapping-profile';
import type {
  ColumnMapping,
  DateOrder,
  ExportFormat,
  ImportResult,
  TextEncoding,
} from '../../../shared/import/types';
import type { CurrencySettings } from '../../../shared/settings';
import { db } from '../data/db';
import { findMappingProfile } from '../data/mapping-profiles';
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
  /** The encoding detected on first read, which the encoding choice names as "Automatic". */
  detectedEncoding: TextEncoding;
  mapping?: ColumnMapping;
  dateOrder?: DateOrder;
  /** The encoding the user forced; absent while detection decides. */
  encoding?: TextEncoding;
  /** The saved profile whose mapping this run uses, while the user has not changed it. */
  profileName?: string;
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
  /** Re-reads the file in this encoding, or with detection again when `null`. */
  setEncoding: (encoding: TextEncoding | null) => void;
  /** Drops the saved profile applied automatically and goes back to detecting the columns. */
  dropProfile: () => void;
  /** Re-runs the file with a saved profile's mapping and date order. */
  applyProfile: (profile: MappingProfile) => void;
  /** Stops an import in progress or discards the one under review; the published data is untouched. */
  cancel: () => Promise<void>;
  reset: () => void;
  /** Publishes the run under review in one transaction; resolves to the batch id. */
  publish: (opts: StoreImportOptions) => Promise<string>;
}

type Overrides = Partial<Pick<ImportRun, 'mapping' | 'dateOrder' | 'encoding' | 'profileName'>>;

/** What a re-run keeps from the first read: what detection found. */
interface FirstRead {
  detected: ExportFormat;
  detectedEncoding: TextEncoding;
}

/** Bytes enough for the header row of any export (readHeaders looks at no more). */
const HEADER_BYTES = 64 * 1024;

/** A saved opportunities profile made for a file with these headers, as overrides; `{}` when none. */
async function savedProfileFor(file: File): Promise<Overrides> {
  const headers = readHeaders(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
  if (headers.length === 0) return {};
  const profile = await findMappingProfile('opportunities', headers);
  return profile === null ? {} : profileOverrides(profile);
}

/** A profile's mapping and date order as overrides of a run; `{}` for a profile of another kind. */
function profileOverrides(profile: MappingProfile): Overrides {
  if (profile.kind !== 'opportunities') return {};
  return {
    mapping: profile.mapping,
    ...(profile.dateOrder ? { dateOrder: profile.dateOrder } : {}),
    profileName: profile.name,
  };
}

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
    async (file: File, overrides: Overrides, first: FirstRead | null) => {
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
            ...(overrides.encoding ? { encoding: overrides.encoding } : {}),
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
            detected: first?.detected ?? result.summary.format,
            detectedEncoding: first?.detectedEncoding ?? result.summary.encoding,
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

  const readFile = useCallback(
    async (file: File) => {
      // A file whose headers a saved profile was made for is read with that profile's mapping.
      const profile = await savedProfileFor(file).catch((): Overrides => ({}));
      await start(file, profile, null);
    },
    [start],
  );

  const rerun = useCallback(
    (change: Overrides, keep: readonly (keyof Overrides)[]) => {
      if (stage.kind !== 'review') return;
      const { file, detected, detectedEncoding } = stage.run;
      const next: Overrides = {};
      for (const key of keep) {
        const value = stage.run[key];
        if (value !== undefined) Object.assign(next, { [key]: value });
      }
      void start(file, { ...next, ...change }, { detected, detectedEncoding });
    },
    [stage, start],
  );

  // Changing the mapping by hand means the saved profile is no longer what is in use.
  const remap = useCallback(
    (mapping: ColumnMapping) => rerun({ mapping }, ['dateOrder', 'encoding']),
    [rerun],
  );
  const setDateOrder = useCallback(
    (dateOrder: DateOrder) => rerun({ dateOrder }, ['mapping', 'encoding', 'profileName']),
    [rerun],
  );
  const setEncoding = useCallback(
    (encoding: TextEncoding | null) =>
      rerun(encoding === null ? {} : { encoding }, ['mapping', 'dateOrder', 'profileName']),
    [rerun],
  );
  const dropProfile = useCallback(() => rerun({}, ['encoding']), [rerun]);
  const applyProfile = useCallback(
    (profile: MappingProfile) => rerun(profileOverrides(profile), ['encoding']),
    [rerun],
  );

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

  return {
    stage,
    readFile,
    remap,
    setDateOrder,
    setEncoding,
    dropProfile,
    applyProfile,
    cancel,
    reset,
    publish,
  };
}
