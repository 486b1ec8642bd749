import Dexie, { type EntityTable } from 'dexie';
import type { ImportError, ImportSummary } from '../../../shared/import/types';
import type { Opportunity } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import type { DeckState } from '../../../shared/deck/deck-model';

/** One confirmed import: the file, what happened to every row, and whether it is the sample. */
export interface ImportBatch {
  id: string;
  fileName: string;
  importedAt: string;
  isSample: boolean;
  summary: ImportSummary;
  errors: ImportError[];
}

/** An opportunity as stored: the canonical record plus the batch it came in. */
export interface StoredOpportunity extends Opportunity {
  batchId: string;
}

/** A settings row: the workspace keeps one, under the key `workspace`. */
export interface SettingsRow {
  key: 'workspace';
  value: Settings;
}

/** The workspace database: the only code that opens IndexedDB. */
export class QuarterdeckDb extends Dexie {
  imports!: EntityTable<ImportBatch, 'id'>;
  opportunities!: Dexie.Table<StoredOpportunity, [string, string]>;
  settings!: EntityTable<SettingsRow, 'key'>;
  decks!: EntityTable<DeckState, 'id'>;

  constructor(name = 'quarterdeck') {
    super(name);
    this.version(1).stores({
      imports: 'id, importedAt',
      opportunities: '[batchId+id], batchId',
      settings: 'key',
      decks: 'id, updatedAt',
    });
  }
}

/** The app's one database connection. */
export const db = new QuarterdeckDb();
