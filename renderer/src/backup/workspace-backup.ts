import { exportDB, importInto } from 'dexie-export-import';
import { db as appDb, type QuarterdeckDb } from '../data/db';
import { DISK_FULL_MESSAGE, isQuotaError } from '../data/storage-errors';
import { WORKSPACE_TABLES } from '../data/schema';
import type { ValidBackup } from './backup-file';

/** The input importInto takes besides a Blob: an already-parsed export. */
type ParsedExport = Exclude<Parameters<typeof importInto>[1], Blob>;

/** The parts of dexie-export-import's file that the staged-row filter rewrites. */
interface ExportFile {
  data: {
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: unknown[] }[];
  };
}

function batchIdOf(row: unknown): unknown {
  return typeof row === 'object' && row !== null ? Reflect.get(row, 'batchId') : undefined;
}

/**
 * Writes the whole workspace (imports, published records, settings, decks, mappings) to one JSON
 * Blob in dexie-export-import's format. The error log and this computer's meta facts stay behind.
 */
export async function createBackup(database: QuarterdeckDb = appDb): Promise<Blob> {
  const skipTables = database.tables
    .map((t) => t.name)
    .filter((name) => !(WORKSPACE_TABLES as readonly string[]).includes(name));
  const published = new Set<unknown>(await database.imports.toCollection().primaryKeys());
  const exported = await exportDB(database, {
    skipTables,
    // Rows are plain JSON already; the round trip guarantees the file holds no special types.
    transform: (_table, value: unknown) => ({
      value: JSON.parse(JSON.stringify(value)) as unknown,
    }),
  });
  // Pages an import is still staging sit in `recordPages` under a batch no `imports` row
  // names yet; they are not the user's data until published, so the backup leaves them out.
  // This is done on the finished file: exportDB's own `filter` option can leave a trailing
  // comma (invalid JSON) when the last row of a chunk is filtered out.
  const file = JSON.parse(await exported.text()) as ExportFile;
  for (const table of file.data.data) {
    if (table.tableName !== 'recordPages') continue;
    table.rows = table.rows.filter((row) => published.has(batchIdOf(row)));
    const meta = file.data.tables.find((t) => t.name === 'recordPages');
    if (meta) meta.rowCount = table.rows.length;
  }
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}

/** Restores fail like imports do: a full disk says so; anything else keeps its own message. */
function restoreFailure(error: unknown): Error {
  if (isQuotaError(error)) {
    return new Error(
      DISK_FULL_MESSAGE.replace('the import was not stored', 'the backup was not restored'),
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(
    `The backup could not be restored (${detail}). Your previous data is unchanged.`,
  );
}

/** The validated rows as an export that is already fully read, so no file I/O runs in the transaction. */
function parsedExport(backup: ValidBackup, database: QuarterdeckDb): ParsedExport {
  const data = WORKSPACE_TABLES.map((name) => ({
    tableName: name,
    inbound: true,
    rows: [...backup[name]] as unknown[],
  }));
  const result = {
    formatName: 'dexie' as const,
    formatVersion: 1 as const,
    data: {
      databaseName: database.name,
      databaseVersion: database.verno,
      tables: WORKSPACE_TABLES.map((name) => {
        const { primKey, indexes } = database.table(name).schema;
        return {
          name,
          schema: [primKey, ...indexes].map((index) => index.src).join(','),
          rowCount: backup[name].length,
        };
      }),
      data,
    },
  };
  return {
    result,
    done: () => true,
    eof: () => true,
    pullAsync: () => Promise.resolve(result),
    pullSync: () => result,
  };
}

/**
 * Replaces the workspace with a validated backup in one go: the workspace tables are cleared
 * and refilled inside one strict transaction, so a failed restore (full disk, a duplicate key)
 * rolls back and leaves the previous workspace exactly as it was.
 */
export async function restoreBackup(
  backup: ValidBackup,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  try {
    await database.open();
    // importInto opens its own transaction over every table; it nests in this one.
    await database.transaction('rw', database.tables, async () => {
      for (const name of WORKSPACE_TABLES) await database.table(name).clear();
      await importInto(database, parsedExport(backup, database), {
        acceptNameDiff: true,
        acceptVersionDiff: true,
        acceptMissingTables: true,
      });
    });
  } catch (error) {
    throw restoreFailure(error);
  }
}
