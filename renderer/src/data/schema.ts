import type { Transaction } from 'dexie';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import type { Opportunity } from '../../../shared/records';
import type { IsoDate } from '../../../shared/units';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import { toPages, type RecordPage } from './record-pages';

/**
 * One version of the workspace schema: the tables it adds or changes (Dexie keeps the
 * earlier ones) and the upgrade that rewrites records written by the version before it.
 */
export interface SchemaVersion {
  version: number;
  /** What this version changed, as the About screen and the tests say it. */
  note: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** A step the workspace went through on this computer, kept in the `meta` table. */
export interface UpgradeRecord {
  from: number;
  to: number;
  at: string;
}

/**
 * Completes a stored settings value with the defaults of any field an older version did not
 * write, keeping every field it did write: the metrics read every field, so none may be missing.
 */
export function completeSettings(value: Partial<Settings>): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    employeeBands: { ...DEFAULT_SETTINGS.employeeBands, ...value.employeeBands },
    demandSourceTable: { ...value.demandSourceTable },
    // Copied so no stored value ever shares the defaults' rates object.
    currency: {
      reporting: value.currency?.reporting ?? null,
      rates: { ...value.currency?.rates },
    },
  };
}

/** Appends a step to the upgrade history in `meta`, inside the upgrade's own transaction. */
async function recordUpgrade(tx: Transaction, from: number, to: number): Promise<void> {
  const meta = tx.table<{ key: string; value: UpgradeRecord[] }, string>('meta');
  const row = await meta.get('upgrades');
  const history = row?.value ?? [];
  await meta.put({
    key: 'upgrades',
    value: [...history, { from, to, at: new Date().toISOString() }],
  });
}

/** v1 → v2: settings rows are completed with defaults, and the step is recorded in `meta`. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<{ key: string; value: Partial<Settings> }, string>('settings')
    .toCollection()
    .modify((row) => {
      row.value = completeSettings(row.value);
    });
  await recordUpgrade(tx, 1, 2);
}

/** v2 → v3: the staging tables start empty; the step is recorded in `meta`. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  await recordUpgrade(tx, 2, 3);
}

/** v3 → v4: the saved mapping profiles start empty; the step is recorded in `meta`. */
async function upgradeToV4(tx: Transaction): Promise<void> {
  await recordUpgrade(tx, 3, 4);
}

/**
 * v4 → v5: every opportunity moves from its own row into pages (see record-pages.ts) under its batch
 * (ordered by id, as the old table kept them), every import is marked as opportunities (the
 * only kind earlier versions stored), and an import without its latest date gets it. The old table is dropped by v6, after this has read it.
 */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const imports = tx.table<{ id: string; kind?: string; dataAsOf?: IsoDate | null }, string>(
    'imports',
  );
  await imports.toCollection().modify((row) => {
    row.kind = 'opportunities';
  });
  const old = tx.table<Opportunity & { batchId: string }, [string, string]>('opportunities');
  const pages = tx.table<RecordPage, [string, number]>('recordPages');
  const batchIds = await old.orderBy('batchId').uniqueKeys();
  for (const batchId of batchIds) {
    if (typeof batchId !== 'string') continue;
    const rows = await old.where('batchId').equals(batchId).toArray();
    const records = rows.map(({ batchId: _batch, ...record }) => record);
    await pages.bulkAdd(toPages(batchId, 'opportunities', records));
    // Batches stored before v3 have no latest date; the top bar reads it without the records.
    const batch = await imports.get(batchId);
    if (batch !== undefined && batch.dataAsOf === undefined) {
      await imports.update(batchId, { dataAsOf: latestDataDate(records) });
    }
  }
  await recordUpgrade(tx, 4, 5);
}

/** v5 → v6: the per-row opportunities table and the unused staging rows table are gone. */
async function upgradeToV6(tx: Transaction): Promise<void> {
  await recordUpgrade(tx, 5, 6);
}

/**
 * Every schema the workspace has had, oldest first. Never edit a released entry: add a new
 * version with its upgrade, and a fixture of the old shapes to test/renderer/data/migrations.test.ts.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'Imports, opportunities, settings and decks.',
    stores: {
      imports: 'id, importedAt',
      opportunities: '[batchId+id], batchId',
      settings: 'key',
      decks: 'id, updatedAt',
    },
  },
  {
    version: 2,
    note: 'A local error log and a meta table; settings completed with defaults.',
    stores: {
      errorLog: '++id, time',
      meta: 'key',
    },
    upgrade: upgradeToV2,
  },
  {
    version: 3,
    note: 'Staging tables: an import is written in chunks there and published in one transaction.',
    stores: {
      stagingBatches: 'id',
      stagingRecords: '[batchId+seq]',
    },
    upgrade: upgradeToV3,
  },
  {
    version: 4,
    note: 'Saved mapping profiles, keyed by name, reused when the same headers come back.',
    stores: {
      mappingProfiles: 'name',
    },
    upgrade: upgradeToV4,
  },
  {
    version: 5,
    note: 'Every record kind, stored in pages of 5,000 records per import; imports say their kind.',
    stores: {
      imports: 'id, importedAt, [kind+importedAt]',
      recordPages: '[batchId+page], batchId',
    },
    upgrade: upgradeToV5,
  },
  {
    version: 6,
    note: 'The per-row opportunities table and the old staging rows table are removed.',
    stores: {
      opportunities: null,
      stagingRecords: null,
    },
    upgrade: upgradeToV6,
  },
];

/** The schema version this build writes. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS.reduce(
  (latest, v) => Math.max(latest, v.version),
  0,
);

/**
 * The tables that make up the user's workspace (backed up, restored and reset together).
 * The staging tables are not among them: they never hold published data.
 */
export const WORKSPACE_TABLES = [
  'imports',
  'recordPages',
  'settings',
  'decks',
  'mappingProfiles',
] as const;

/** The name of one workspace table. */
export type WorkspaceTable = (typeof WORKSPACE_TABLES)[number];
