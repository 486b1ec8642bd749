import Dexie from 'dexie';
import type { RecordKind, RecordOfKind } from '../../../shared/import/types';

// Records are stored in pages of PAGE_SIZE, one IndexedDB row per page, not one row per
// record: every figure is computed from a whole import at once, so no screen ever looks one
// record up, and a page costs IndexedDB one write where a million records would cost a
// million. A page holds its records by column (one array per field), not as objects: the
// field names are written once per page instead of once per record, which makes a page
// about 2.4 times smaller and twice as fast to clone in and out of IndexedDB. This module
// needs only a Dexie handle, so the import and report workers (which open the workspace
// without its schema) use it as the window does.

/** One stored page: up to PAGE_SIZE records of one import, in file order, by column. */
export interface RecordPage {
  batchId: string;
  /** The page's place in its import, from 0. */
  page: number;
  kind: RecordKind;
  /** How many records the page holds: the length of every column. */
  count: number;
  /** Field name → the field's value in each record, in record order (`undefined` where a record has no such field). */
  columns: Record<string, unknown[]>;
}

/**
 * Lays records out by column: every field any of them has, one array each. Records of one
 * import share one shape, so the columns are read field by field along the first record's
 * fields; a record with any other field sends the page down the general (slower) path.
 */
export function toColumns(records: readonly unknown[]): Record<string, unknown[]> {
  const first: unknown = records[0];
  if (typeof first !== 'object' || first === null) return anyShapeColumns(records);
  const fields = Object.keys(first);
  const columns = fields.map(() => new Array<unknown>(records.length));
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index];
    // Same number of fields, and every one of the first record's present: the same shape.
    if (typeof record !== 'object' || record === null) return anyShapeColumns(records);
    if (Object.keys(record).length !== fields.length) return anyShapeColumns(records);
    for (let at = 0; at < fields.length; at += 1) {
      const field = fields[at];
      const value: unknown = (record as Record<string, unknown>)[field];
      if (value === undefined && !(field in record)) return anyShapeColumns(records);
      columns[at][index] = value;
    }
  }
  return Object.fromEntries(fields.map((field, at) => [field, columns[at]]));
}

/** toColumns for records of differing shapes: a field first seen part-way down has `undefined` above it. */
function anyShapeColumns(records: readonly unknown[]): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  records.forEach((record, index) => {
    if (typeof record !== 'object' || record === null) return;
    for (const [field, value] of Object.entries(record)) {
      let column = columns[field];
      if (column === undefined) {
        column = new Array<unknown>(index).fill(undefined);
        columns[field] = column;
      }
      column[index] = value;
    }
  });
  for (const column of Object.values(columns)) {
    if (column.length < records.length) column.length = records.length;
  }
  return columns;
}

/** The records of a page as objects again, each with the fields it was stored with. */
export function pageRecords(
  page: Pick<RecordPage, 'count' | 'columns'>,
): Record<string, unknown>[] {
  const fields = Object.entries(page.columns);
  const records: Record<string, unknown>[] = new Array<Record<string, unknown>>(page.count);
  for (let index = 0; index < page.count; index += 1) {
    const record: Record<string, unknown> = {};
    for (const [field, column] of fields) {
      const value = column[index];
      if (value !== undefined) record[field] = value;
    }
    records[index] = record;
  }
  return records;
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
    const slice = records.slice(at, at + PAGE_SIZE);
    pages.push({
      batchId,
      kind,
      page: firstPage + at / PAGE_SIZE,
      count: slice.length,
      columns: toColumns(slice),
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
  return pages.flatMap((page) => pageRecords(page) as unknown as RecordOfKind[K][]);
}

/** How many records one import holds, from its pages. */
export async function countRecords(database: Dexie, batchId: string): Promise<number> {
  let count = 0;
  await recordPagesTable(database)
    .where('batchId')
    .equals(batchId)
    .each((page) => {
      count += page.count;
    });
  return count;
}

/** Deletes every page of one import (inside the caller's transaction, when there is one). */
export async function deleteRecords(database: Dexie, batchId: string): Promise<void> {
  await recordPagesTable(database).where('batchId').equals(batchId).delete();
}
