import Dexie from 'dexie';
import type { RecordKind, RecordOfKind } from '../../../shared/import/types';

// Records are stored in pages of PAGE_SIZE, one IndexedDB row per page, not one row per
// record: every figure is computed from a whole import at once, so no screen ever looks one
// record up, and a page costs IndexedDB one write where a million records would cost a
// million. This module needs only a Dexie handle, so the import and report workers (which
// open the workspace without its schema) use it as the window does.

/** One stored page: up to PAGE_SIZE records of one import, in file order. */
export interface RecordPage {
  batchId: string;
  /** The page's place in its import, from 0. */
  page: number;
  kind: RecordKind;
  records: unknown[];
}

/** Records per stored page: large enough that a million records are 200 writes, small enough to clone quickly. */
export const PAGE_SIZE = 5000;

/** The name of the table of pages, for callers that open the workspace without its schema. */
export const RECORD_PAGES = 'recordPages';

/** The table of pages of any Dexie handle on the workspace. */
export function recordPagesTable(database: Dexie): Dexie.Table<RecordPage, [string, number]> {
  return database.table<RecordPage, [string, number]>(RECORD_PAGES);
}

/** Cuts an import's records into pages numbered from `firstPage`. */
export function toPages(
  batchId: string,
  kind: RecordKind,
  records: readonly unknown[],
  firstPage = 0,
): RecordPage[] {
  const pages: RecordPage[] = [];
  for (let at = 0; at < records.length; at += PAGE_SIZE) {
    pages.push({
      batchId,
      kind,
      page: firstPage + at / PAGE_SIZE,
      records: records.slice(at, at + PAGE_SIZE),
    });
  }
  return pages;
}

/** Every record of one import, in file order (pages are keyed by [batchId+page]). */
export async function readRecords<K extends RecordKind>(
  database: Dexie,
  batchId: string,
  _kind: K,
): Promise<RecordOfKind[K][]> {
  const pages = await recordPagesTable(database)
    .where('[batchId+page]')
    .between([batchId, Dexie.minKey], [batchId, Dexie.maxKey])
    .toArray();
  // The kind is the caller's promise about the batch; pages hold what its import wrote.
  return pages.flatMap((page) => page.records as RecordOfKind[K][]);
}

/** How many records one import holds, from its pages. */
export async function countRecords(database: Dexie, batchId: string): Promise<number> {
  let count = 0;
  await recordPagesTable(database)
    .where('batchId')
    .equals(batchId)
    .each((page) => {
      count += page.records.length;
    });
  return count;
}

/** Deletes every page of one import (inside the caller's transaction, when there is one). */
export async function deleteRecords(database: Dexie, batchId: string): Promise<void> {
  await recordPagesTable(database).where('batchId').equals(batchId).delete();
}
