import type Dexie from 'dexie';
import { recordPagesTable, type RecordPage } from './record-pages';

/** The message of a write to a staging batch that Cancel (or a reset) discarded meanwhile. */
export const DISCARDED_MESSAGE =
  'This import was discarded before it was confirmed; import the file again.';

/**
 * Writes pages of an import into `recordPages` under its staging batch, in one transaction,
 * from the window or from the import worker (which opens the workspace without its schema).
 * No screen sees them until publishing adds an `imports` row naming the batch, so Confirm
 * copies nothing. A batch discarded meanwhile gets no pages, so a late write cannot leave
 * orphans.
 */
export async function stagePages(database: Dexie, pages: readonly RecordPage[]): Promise<void> {
  const first = pages[0];
  if (first === undefined) return;
  const batches = database.table<{ id: string }, string>('stagingBatches');
  const table = recordPagesTable(database);
  await database.transaction('rw', [batches, table], async () => {
    // The pages are put at once, not after the check: IndexedDB clones them when they are put,
    // so a caller with several writes in flight has the next one cloned while this one
    // commits. A discarded batch still gets nothing: the throw rolls the whole write back.
    const [batch] = await Promise.all([batches.get(first.batchId), table.bulkAdd([...pages])]);
    if (batch === undefined) throw new Error(DISCARDED_MESSAGE);
  });
}
