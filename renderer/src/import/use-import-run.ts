import { useCallback, useState } from 'react';
import { importOpportunities } from '../../../shared/import';
import type {
  ColumnMapping,
  DateOrder,
  ExportFormat,
  ImportResult,
} from '../../../shared/import/types';

/** One file under review: its bytes, the user's overrides so far, and what the importer made of it. */
export interface ImportRun {
  fileName: string;
  bytes: Uint8Array;
  /** The format recognised on first read; a user's mapping later makes the result `custom`. */
  detected: ExportFormat;
  mapping?: ColumnMapping;
  dateOrder?: DateOrder;
  result: ImportResult;
}

/** Where the import screen is: choosing a file, reading it, or reviewing the result. */
export type ImportStage =
  | { kind: 'choose'; readError: string | null }
  | { kind: 'reading'; fileName: string }
  | { kind: 'review'; run: ImportRun };

/** What the import screen can do with a file: read it, and re-run it with another mapping or date order. */
export interface ImportRunner {
  stage: ImportStage;
  readFile: (file: File) => Promise<void>;
  remap: (mapping: ColumnMapping) => void;
  setDateOrder: (order: DateOrder) => void;
  reset: () => void;
}

/** Runs the importer on a chosen file (on the main thread for now) and re-runs it on every correction. */
export function useImportRun(): ImportRunner {
  const [stage, setStage] = useState<ImportStage>({ kind: 'choose', readError: null });

  const readFile = useCallback(async (file: File) => {
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Let the "reading" state paint before the synchronous import blocks the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const result = importOpportunities(bytes, { fileName: file.name });
      setStage({
        kind: 'review',
        run: { fileName: file.name, bytes, detected: result.summary.format, result },
      });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      setStage({ kind: 'choose', readError: `${file.name} could not be read: ${reason}` });
    }
  }, []);

  const rerun = useCallback(
    (change: Partial<Pick<ImportRun, 'mapping' | 'dateOrder'>>) => {
      if (stage.kind !== 'review') return;
      const next = { ...stage.run, ...change };
      const result = importOpportunities(next.bytes, {
        fileName: next.fileName,
        ...(next.mapping ? { mapping: next.mapping } : {}),
        ...(next.dateOrder ? { dateOrder: next.dateOrder } : {}),
      });
      setStage({ kind: 'review', run: { ...next, result } });
    },
    [stage],
  );

  const remap = useCallback((mapping: ColumnMapping) => rerun({ mapping }), [rerun]);
  const setDateOrder = useCallback((dateOrder: DateOrder) => rerun({ dateOrder }), [rerun]);
  const reset = useCallback(() => setStage({ kind: 'choose', readError: null }), []);

  return { stage, readFile, remap, setDateOrder, reset };
}
