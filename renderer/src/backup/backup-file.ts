import { z } from 'zod';
import type { DeckState } from '../../../shared/deck/deck-model';
import type { ImportBatch, SettingsRow } from '../data/db';
import { pageRecords, toPages, type RecordPage } from '../data/record-pages';
import type { Opportunity } from '../../../shared/records';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_TABLES, type WorkspaceTable } from '../data/schema';
import type { MappingProfile } from '../../../shared/import/mapping-profile';
import {
  deckSchema,
  importBatchSchema,
  mappingProfileSchema,
  recordPageSchema,
  settingsRowSchema,
  storedOpportunitySchema,
} from './row-schemas';

/** What a backup file is called: the app, the day, and an extension that says what it is. */
export const BACKUP_EXTENSION = '.quarterdeck-backup.json';

/** Backups larger than this are refused before they are read (a workspace is a few MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The workspace a valid backup holds, every row checked, ready to be restored. */
export interface ValidBackup {
  /** The schema version of the Quarterdeck that wrote it. */
  schemaVersion: number;
  imports: ImportBatch[];
  /** Every record, in pages; a backup made before schema v5 had one row per opportunity, paged here. */
  recordPages: RecordPage[];
  settings: SettingsRow[];
  decks: DeckState[];
  /** Saved mapping profiles; empty for a backup made before schema v4. */
  mappingProfiles: MappingProfile[];
}

/** A file that cannot be restored; its message says what is wrong and where. */
export class BackupRefusedError extends Error {
  /** Builds the refusal, naming the file. */
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/** The file name for a backup taken on `day` (YYYY-MM-DD). */
export function backupFileName(day: string): string {
  return `quarterdeck-${day}${BACKUP_EXTENSION}`;
}

// The envelope dexie-export-import writes (formatName "dexie", formatVersion 1).
const envelopeSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().min(1),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number() })),
    data: z.array(
      z.object({ tableName: z.string(), inbound: z.literal(true), rows: z.array(z.unknown()) }),
    ),
  }),
});

const ROW_SCHEMAS: { [T in WorkspaceTable]: z.ZodType<ValidBackup[T][number]> } = {
  imports: importBatchSchema,
  recordPages: recordPageSchema,
  settings: settingsRowSchema,
  decks: deckSchema,
  mappingProfiles: mappingProfileSchema,
};

function where(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not have the expected shape';
  return `${issue.message} at ${where(issue.path) || 'the top level'}`;
}

function validRows<T extends WorkspaceTable>(
  table: T,
  rows: readonly unknown[],
  fileName: string,
): ValidBackup[T] {
  const schema = ROW_SCHEMAS[table];
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw invalidRow(table, index, parsed.error, fileName);
    return parsed.data;
  }) as ValidBackup[T];
}

/** The refusal of a row that failed its schema, naming the table, the row and the field. */
function invalidRow(
  table: string,
  index: number,
  error: z.ZodError,
  fileName: string,
): BackupRefusedError {
  const issue = error.issues[0];
  const field = issue ? where(issue.path) : '';
  return new BackupRefusedError(
    `${fileName} cannot be restored: row ${index + 1} of the ${table} table is not valid` +
      `${field ? ` (field ${field})` : ''}: ${issue?.message ?? 'unexpected shape'}. Nothing was changed.`,
  );
}

function checkLinks(backup: ValidBackup, fileName: string): void {
  const kinds = new Map(backup.imports.map((b) => [b.id, b.kind]));
  for (const page of backup.recordPages) {
    const kind = kinds.get(page.batchId);
    if (kind === undefined) {
      throw new BackupRefusedError(
        `${fileName} cannot be restored: page ${page.page + 1} of ${page.kind} records belongs to import ${page.batchId}, which is not in the file. Nothing was changed.`,
      );
    }
    if (kind !== page.kind) {
      throw new BackupRefusedError(
        `${fileName} cannot be restored: page ${page.page + 1} of import ${page.batchId} holds ${page.kind} records, but that import is of ${kind}. Nothing was changed.`,
      );
    }
  }
}

/**
 * Gives an opportunities import of a backup made before schema v3 its latest date, as schema
 * v5's upgrade does for a workspace opened in place, so the top bar shows the same as-of date
 * whichever way the old data arrives.
 */
function fillLatestDates(backup: ValidBackup): void {
  for (const batch of backup.imports) {
    if (batch.dataAsOf !== undefined || batch.kind !== 'opportunities') continue;
    const records = backup.recordPages
      .filter((page) => page.batchId === batch.id)
      .flatMap((page) => pageRecords(page) as unknown as Opportunity[]);
    batch.dataAsOf = latestDataDate(records);
  }
}

/**
 * The pages of a backup made before schema v5, which stored one row per opportunity: each
 * import's opportunities, validated row by row, paged as v5's upgrade pages a workspace.
 */
function pagesOfOpportunityRows(rows: readonly unknown[], fileName: string): RecordPage[] {
  const byBatch = new Map<string, unknown[]>();
  for (const [index, row] of rows.entries()) {
    const parsed = storedOpportunitySchema.safeParse(row);
    if (!parsed.success) throw invalidRow('opportunities', index, parsed.error, fileName);
    const { batchId, ...record } = parsed.data;
    const list = byBatch.get(batchId) ?? [];
    list.push(record);
    byBatch.set(batchId, list);
  }
  return [...byBatch].flatMap(([batchId, records]) => toPages(batchId, 'opportunities', records));
}

/**
 * Reads a backup's text and checks it completely (format, version, tables, every record, and
 * that every page's import is present and of its kind) before anything is written. A malformed,
 * foreign or newer file throws a BackupRefusedError saying what is wrong and where.
 */
export function parseBackup(text: string, fileName: string): ValidBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupRefusedError(
      `${fileName} is not a Quarterdeck backup: it is not valid JSON (${detail}). Nothing was changed.`,
    );
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new BackupRefusedError(
      `${fileName} is not a Quarterdeck backup: ${firstIssue(envelope.error)}. Nothing was changed.`,
    );
  }
  const { databaseVersion, data } = envelope.data.data;
  if (databaseVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupRefusedError(
      `${fileName} was made by a newer version of Quarterdeck (workspace version ${databaseVersion}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Quarterdeck, then restore it. Nothing was changed.`,
    );
  }
  // Before schema v5 records were kept one opportunity per row, in `opportunities`.
  const legacy = databaseVersion < 5;
  const known = new Set<string>(
    legacy
      ? [...WORKSPACE_TABLES.filter((t) => t !== 'recordPages'), 'opportunities']
      : WORKSPACE_TABLES,
  );
  const foreign = data.find((table) => !known.has(table.tableName));
  if (foreign) {
    throw new BackupRefusedError(
      `${fileName} is not a Quarterdeck backup: it holds a table "${foreign.tableName}" that a Quarterdeck workspace does not have. Nothing was changed.`,
    );
  }
  const rowsOf = (table: WorkspaceTable | 'opportunities'): unknown[] => {
    const found = data.filter((t) => t.tableName === table);
    // Backups made before schema v4 have no saved mapping profiles: there were none to save.
    if (found.length === 0 && table === 'mappingProfiles' && databaseVersion < 4) return [];
    if (found.length !== 1) {
      throw new BackupRefusedError(
        `${fileName} is not a Quarterdeck backup: it should hold the ${table} table exactly once, and holds it ${found.length} times. Nothing was changed.`,
      );
    }
    return found[0]?.rows ?? [];
  };
  const backup: ValidBackup = {
    schemaVersion: databaseVersion,
    imports: validRows('imports', rowsOf('imports'), fileName),
    recordPages: legacy
      ? pagesOfOpportunityRows(rowsOf('opportunities'), fileName)
      : validRows('recordPages', rowsOf('recordPages'), fileName),
    settings: validRows('settings', rowsOf('settings'), fileName),
    decks: validRows('decks', rowsOf('decks'), fileName),
    mappingProfiles: validRows('mappingProfiles', rowsOf('mappingProfiles'), fileName),
  };
  checkLinks(backup, fileName);
  if (legacy) fillLatestDates(backup);
  return backup;
}
