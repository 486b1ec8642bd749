import { useCallback, useEffect, useRef, useState } from 'react';
import { detectRecordKind, readHeaders } from '../../../shared/import/detect-kind';
import type { MappingProfile } from '../../../shared/import/mapping-profile';
import type {
  DateOrder,
  ImportError,
  ImportPreview,
  ImportSummary,
  RecordFormat,
  RecordImportSummary,
  RecordKind,
  TextEncoding,
} from '../../../shared/import/types';
import type { CurrencySettings } from '../../../shared/settings';
import type { IsoDate } from '../../../shared/units';
import { db, type OtherRecordKind } from '../data/db';
import { findMappingProfile } from '../data/mapping-profiles';
import { completeSettings } from '../data/schema';
import { beginStaging, discardStaging } from '../data/staging';
import { publishStaged, type StagedImport, type StoreImportOptions } from '../data/store';
import { opportunityResult } from './worker/opportunity-result';
import type { DoneMessage, ProgressMessage } from './worker/protocol';
import { CANCELLED, startWorkerImport, type WorkerImport } from './worker/start-worker-import';

/** A mapping of any kind: canonical field → the column that holds it. */
export type AnyMapping = Record<string, string>;

/** The summary of an import of any kind: opportunities carry two more lists. */
export type ReviewSummary = ImportSummary | RecordImportSummary<OtherRecordKind>;

/** What the importer made of a file, without its records (those are in the staging batch). */
export interface ReviewResult {
  summary: ReviewSummary;
  errors: ImportError[];
  preview: ImportPreview;
  fatal: string | null;
  /** The latest date in the records, for opportunities (metrics.md §2's default as-of). */
  dataAsOf: IsoDate | null;
}

/** One file under review: the file, the user's overrides so far, and what the importer made of it. */
export interface ImportRun {
  fileName: string;
  file: File;
  /** What the file holds: detected from its headers, or the user's choice. */
  kind: RecordKind;
  /** The kind its headers suggested on first read; `null` when they suggested none. */
  detectedKind: RecordKind | null;
  /** The format recognised on first read; a user's mapping later makes the result `custom`. */
  detected: RecordFormat;
  /** The encoding detected on first read, which the encoding choice names as "Automatic". */
  detectedEncoding: TextEncoding;
  mapping?: AnyMapping;
  dateOrder?: DateOrder;
  /** The encoding the user forced; absent while detection decides. */
  encoding?: TextEncoding;
  /** The saved profile whose mapping this run uses, while the user has not changed it. */
  profileName?: string;
  /** What the importer made of the file; its records are in the staging batch, not here. */
  result: ReviewResult;
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
  /** Re-reads the file as another kind of record, with that kind's detected mapping. */
  setKind: (kind: RecordKind) => void;
  remap: (mapping: AnyMapping) => void;
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
  /** `null` until the first read of the file as its current kind. */
  detected: RecordFormat | null;
  detectedEncoding: TextEncoding | null;
  detectedKind: RecordKind | null;
}

/** Bytes enough for the header row of any export (readHeaders looks at no more). */
const HEADER_BYTES = 64 * 1024;

/** The file's header row, read from its first bytes only. */
async function headersOf(file: File): Promise<string[]> {
  return readHeaders(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
}

/** A saved profile of `kind` made for a file with these headers, as overrides; `{}` when none. */
async function savedProfileFor(kind: RecordKind, headers: readonly string[]): Promise<Overrides> {
  if (headers.length === 0) return {};
  const profile = await findMappingProfile(kind, headers);
  return profile === null ? {} : profileOverrides(profile);
}

/** A profile's mapping and date order as overrides of a run. */
function profileOverrides(profile: MappingProfile): Overrides {
  return {
    mapping: { ...profile.mapping },
    ...(profile.dateOrder ? { dateOrder: profile.dateOrder } : {}),
    profileName: profile.name,
  };
}

/** The saved currency settings, read when a file is imported so rates added a moment ago count. */
async function savedCurrency(): Promise<CurrencySettings> {
  const row = await db.settings.get('workspace');
  return completeSettings(row?.value ?? {}).currency;
}

/** The review's result from the worker's report: opportunities get importOpportunities' summary. */
function reviewResult(done: DoneMessage): ReviewResult {
  if (done.summary.kind === 'opportunities') {
    const { summary, errors, preview, fatal } = opportunityResult(done);
    return { summary, errors, preview, fatal, dataAsOf: done.dataAsOf };
  }
  return {
    summary: done.summary as RecordImportSummary<OtherRecordKind>,
    errors: done.errors,
    preview: done.preview,
    fatal: done.fatal,
    dataAsOf: done.dataAsOf,
  };
}

/** What publishing a reviewed run stores in its `imports` row. */
function stagedImport(run: ImportRun): StagedImport {
  const { summary, errors, dataAsOf } = run.result;
  // The summary's `kind` (absent from an opportunities summary) is the run's kind.
  return {
    id: run.batchId,
    kind: run.kind,
    fileName: run.fileName,
    summary,
    errors,
    dataAsOf,
  } as StagedImport;
}

/**
 * Imports a chosen file of any kind in a Web Worker (streaming, with progress), which writes
 * its records in pages to a staging batch, and re-runs it on every correction. Nothing reaches the
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
    async (file: File, kind: RecordKind, overrides: Overrides, first: FirstRead) => {
      await discard();
      setStage({ kind: 'importing', fileName: file.name, progress: null });
      try {
        const currency = await savedCurrency();
        const batchId = await beginStaging(kind, file.name);
        staged.current = batchId;
        const job = startWorkerImport(
          {
            databaseName: db.name,
            batchId,
            file,
            kind,
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
          },
        );
        running.current = job;
        const done = await job.done;
        running.current = null;
        const result = reviewResult(done);
        setStage({
          kind: 'review',
          run: {
            fileName: file.name,
            file,
            kind,
            detectedKind: first.detectedKind,
            detected: first.detected ?? result.summary.format,
            detectedEncoding: first.detectedEncoding ?? result.summary.encoding,
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
      const headers = await headersOf(file).catch((): string[] => []);
      const detectedKind = detectRecordKind(headers);
      const kind = detectedKind ?? 'opportunities';
      // A file whose headers a saved profile was made for is read with that profile's mapping.
      const profile = await savedProfileFor(kind, headers).catch((): Overrides => ({}));
      await start(file, kind, profile, {
        detected: null,
        detectedEncoding: null,
        detectedKind,
      });
    },
    [start],
  );

  const rerun = useCallback(
    (change: Overrides, keep: readonly (keyof Overrides)[], kind?: RecordKind) => {
      if (stage.kind !== 'review') return;
      const { file, detected, detectedEncoding, detectedKind } = stage.run;
      const next: Overrides = {};
      for (const key of keep) {
        const value = stage.run[key];
        if (value !== undefined) Object.assign(next, { [key]: value });
      }
      const sameKind = kind === undefined || kind === stage.run.kind;
      void start(
        file,
        kind ?? stage.run.kind,
        { ...next, ...change },
        {
          // Another kind recognises formats of its own: detection runs again for it.
          detected: sameKind ? detected : null,
          detectedEncoding,
          detectedKind,
        },
      );
    },
    [stage, start],
  );

  // Another kind has other fields: its mapping and date order start from detection again.
  const setKind = useCallback((kind: RecordKind) => rerun({}, ['encoding'], kind), [rerun]);

  // Changing the mapping by hand means the saved profile is no longer what is in use.
  const remap = useCallback(
    (mapping: AnyMapping) => rerun({ mapping }, ['dateOrder', 'encoding']),
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
    (profile: MappingProfile) => rerun(profileOverrides(profile), ['encoding'], profile.kind),
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
      const id = await publishStaged(stagedImport(stage.run), opts);
      staged.current = null;
      return id;
    },
    [stage],
  );

  return {
    stage,
    readFile,
    setKind,
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
