import type { RecordKind } from '../../../shared/import/types';
import { KIND_LABELS } from '../import/labels';
import { formatImportedAt } from './history-format';

/** What the sentence needs of a stored import. */
interface Deletable {
  id: string;
  kind: RecordKind;
  fileName: string;
  importedAt: string;
}

/** What deleting an import does, in the words the confirmation uses (imports of other kinds stay as they are). */
export function deleteConsequence(batch: Deletable, batches: readonly Deletable[]): string {
  if (batches.length === 1) {
    return 'It is the only import: the workspace returns to its first run, and the deck written about it goes too.';
  }
  const sameKind = batches
    .filter((b) => b.kind === batch.kind)
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  const kind = KIND_LABELS[batch.kind].toLowerCase();
  if (sameKind[0]?.id !== batch.id) return 'It is a snapshot; the active data does not change.';
  const next = sameKind[1];
  if (next === undefined) {
    return `It is the only import of ${kind}: the deck no longer draws on any.`;
  }
  return `It is the active import of ${kind}: ${next.fileName} (${formatImportedAt(next.importedAt)}) becomes active again.`;
}
