import Dexie, { type EntityTable } from 'dexie';
import type {
  ImportError,
  ImportSummary,
  RecordImportSummary,
  RecordKind,
} from '../../../shared/import/types';
import type { Opportunity } from '../../../shared/records';
import type { IsoDate } from '../../../shared/units';
import type { Settings } from '../../../shared/settings';
import type { DeckState } from '../../../shared/deck/deck-model';
import { guardConnection, setConnectionStatus } from './connection';
import type { RecordPage } from './record-pages';
import { SCHEMA_VERSIONS, type UpgradeRecord } from './schema';

/** What every confirmed import row holds, whatever its kind. */
interface ImportBatchBase {
  id: string;
  fileName: string;
  importedAt: string;
  isSample: boolean;
  errors: ImportError[];
  /** The latest date in the batch's data (metrics.md §2's default as-of), stored so screens need not read every record. */
  dataAsOf?: IsoDate | null;
}

/** A confirmed opportunities import: the deck's data. */
export interface OpportunityImportBatch extends ImportBatchBase {
  kind: 'opportunities';
  summary: ImportSummary;
}

/** Every record kind but opportunities. */
export type OtherRecordKind = Exclude<RecordKind, 'opportunities'>;

/** A confirmed import of leads, touchpoints, meetings, accounts, target accounts, spend or targets. */
export type OtherImportBatch = {
  [K in OtherRecordKind]: ImportBatchBase & { kind: K; summary: RecordImportSummary<K> };
}[OtherRecordKind];

/** One confirmed import: the file, its kind, what happened to every row, and whether it is the sample. */
export type ImportBatch = OpportunityImportBatch | OtherImportBatch;

/** An opportunity with the batch it came in (the shape of the v1–v5 `opportunities` table and of old backups). */
export interface StoredOpportunity extends Opportunity {
  batchId: string;
}

/** A settings row: the workspace keeps one, under the key `workspace`. */
export interface SettingsRow {
  key: 'workspace';
  value: Settings;
}

/** One entry of the local error log (never sent anywhere). */
export interface ErrorLogEntry {
  id: number;
  /** ISO timestamp of when it happened. */
  time: string;
  message: string;
  stack: string | null;
  /** The hash route the user was on, e.g. `#/deck`. */
  route: string;
  /** Where it was caught: a window error, an unhandled promise rejection, or a render error. */
  source: 'error' | 'unhandledrejection' | 'render';
}

/** Whether the browser agreed to keep the workspace out of automatic eviction, and when it was asked. */
export interface PersistenceRecord {
  requestedAt: string;
  granted: boolean;
}

/** A row of the `meta` table: facts about this computer's copy of the workspace. */
export type MetaRow =
  { key: 'upgrades'; value: UpgradeRecord[] } | { key: 'persistence'; value: PersistenceRecord };

/** The workspace database: the only code that opens IndexedDB. */
export class QuarterdeckDb extends Dexie {
  imports!: EntityTable<ImportBatch, 'id'>;
  recordPages!: Dexie.Table<RecordPage, [string, number]>;
  settings!: EntityTable<SettingsRow, 'key'>;
  decks!: EntityTable<DeckState, 'id'>;
  errorLog!: EntityTable<ErrorLogEntry, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'quarterdeck') {
    // Strict durability: a confirmed import, a restore or a reset is on disk before it is
    // reported done. Dexie sets durability per connection, so every write pays it; the
    // writes are few and small apart from an import, where it matters most.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/** The app's one database connection. */
export const db = new QuarterdeckDb();
guardConnection(db, setConnectionStatus);
