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
    if ((await batches.get(first.batchId)) === undefined) throw new Error(DISCARDED_MESSAGE);
    await table.bulkAdd([...pages]);
  });
}
