import type { RecordKind } from '../../../shared/import/types';

/** What these helpers need of a stored import. */
interface Kept {
  kind: RecordKind;
  importedAt: string;
  fileName: string;
}

/** How many kinds of record the imports hold between them. */
export function kindCount(batches: readonly Kept[]): number {
  return new Set(batches.map((b) => b.kind)).size;
}

/**
 * The kinds whose imports reached `max` (the store's MAX_KEPT_IMPORTS), each with its oldest import: the one the
 * next import of that kind deletes. In the order the kinds first appear in `batches`.
 */
export function fullKinds<B extends Kept>(
  batches: readonly B[],
  max: number,
): { kind: RecordKind; oldest: B }[] {
  const byKind = new Map<RecordKind, B[]>();
  for (const batch of batches) byKind.set(batch.kind, [...(byKind.get(batch.kind) ?? []), batch]);
  const full: { kind: RecordKind; oldest: B }[] = [];
  for (const [kind, list] of byKind) {
    if (list.length < max) continue;
    const oldest = list.reduce((a, b) => (b.importedAt < a.importedAt ? b : a));
    full.push({ kind, oldest });
  }
  return full;
}
