import Dexie from 'dexie';
import type { RecordKind } from '../../../shared/import/types';

/**
 * The newest import row of one kind (the active one), or `undefined` when there is none. It
 * needs only a Dexie handle, so the report worker (which opens the workspace without its
 * schema) and the window ask the same question the same way.
 */
export async function activeImportRow<Row extends { id: string }>(
  database: Dexie,
  kind: RecordKind,
): Promise<Row | undefined> {
  return database
    .table<Row, string>('imports')
    .where('[kind+importedAt]')
    .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
    .last();
}

/** The id of the active import of one kind, or `null` when there is none. */
export async function activeImportId(database: Dexie, kind: RecordKind): Promise<string | null> {
  return (await activeImportRow(database, kind))?.id ?? null;
}
