import type { RecordKind } from '../../../shared/import/types';

/** What the screens need of a stored import to tell which is active. */
interface Dated {
  id: string;
  kind: RecordKind;
  importedAt: string;
}

/**
 * The active import of each kind: the newest of that kind (the one the deck draws on). Kinds
 * never imported are absent. The list may come in any order.
 */
export function activeImports<B extends Dated>(
  batches: readonly B[],
): Partial<Record<RecordKind, B>> {
  const active: Partial<Record<RecordKind, B>> = {};
  for (const batch of batches) {
    const current = active[batch.kind];
    if (current === undefined || batch.importedAt > current.importedAt) active[batch.kind] = batch;
  }
  return active;
}

/** The ids of the active imports, one per kind imported. */
export function activeImportIds(batches: readonly Dated[]): Set<string> {
  return new Set(Object.values(activeImports(batches)).map((batch) => batch.id));
}
