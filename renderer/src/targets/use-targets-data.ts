import { useLiveQuery } from 'dexie-react-hooks';
import type { Target } from '../../../shared/records';
import { db, type ImportBatch } from '../data/db';
import { readRecords } from '../data/record-pages';
import { activeImportOf } from '../data/store';

/** The saved targets the screen edits, where they came from, and whether the workspace holds the sample. */
export interface TargetsData {
  /** The active targets import, or `null` when none was ever saved or imported. */
  batch: ImportBatch | null;
  targets: Target[];
  /** Saving any import replaces sample data, so the screen warns first. */
  hasSample: boolean;
}

/** Reads the active targets live; `undefined` until the first read from IndexedDB has finished. */
export function useTargetsData(): TargetsData | undefined {
  return useLiveQuery(async () => {
    const batch = (await activeImportOf('targets')) ?? null;
    const targets = batch ? await readRecords(db, batch.id, 'targets') : [];
    const hasSample = (await db.imports.filter((b) => b.isSample).count()) > 0;
    return { batch, targets, hasSample };
  });
}
