import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics';
import type { Opportunity } from '../../../shared/records';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { guardConnection, type ConnectionStatus } from '../../../renderer/src/data/connection';
import { QuarterdeckDb, type StoredOpportunity } from '../../../renderer/src/data/db';
import { readRecords } from '../../../renderer/src/data/record-pages';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { CUSTOM_SETTINGS, editedDeck, sampleImport, storedRows } from './workspace-fixture';

// The stores exactly as the first release declared them. Frozen here, never imported from
// the app: the test must keep describing what old installs hold even when schema.ts moves on.
const V1_STORES = {
  imports: 'id, importedAt',
  opportunities: '[batchId+id], batchId',
  settings: 'key',
  decks: 'id, updatedAt',
};

// Versions 1 to 4 as released (frozen the same way): every record a row of `opportunities`.
const V4_SCHEMA: readonly (readonly [number, Record<string, string>])[] = [
  [1, V1_STORES],
  [2, { errorLog: '++id, time', meta: 'key' }],
  [3, { stagingBatches: 'id', stagingRecords: '[batchId+seq]' }],
  [4, { mappingProfiles: 'name' }],
];

const names: string[] = [];
const open: Dexie[] = [];
let counter = 0;

function dbName(): string {
  counter += 1;
  const name = `migration-test-${counter}`;
  names.push(name);
  return name;
}

function track<T extends Dexie>(database: T): T {
  open.push(database);
  return database;
}

afterEach(async () => {
  for (const database of open.splice(0)) database.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const result = sampleImport();
const written = storedRows(result, 'batch-v1');
const deck = editedDeck();

/** Writes a workspace as version 1 wrote it, then closes that connection like a quit app. */
async function writeV1Workspace(
  name: string,
  settingsValue: object = CUSTOM_SETTINGS,
): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.table('imports').add(written.batch);
  await v1.table('opportunities').bulkAdd(written.opportunities);
  await v1.table('settings').put({ key: 'workspace', value: settingsValue });
  await v1.table('decks').put(deck);
  v1.close();
}

/** Records in the order IndexedDB keeps string keys: by UTF-16 code unit, as the old table's [batchId+id] key did. */
function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The import row v1 wrote, as v5 leaves it: marked opportunities, its latest date filled in. */
const UPGRADED_BATCH = { ...written.batch, kind: 'opportunities', dataAsOf: '2026-05-14' };

describe('schema versions', () => {
  it('declares every version once, in ascending order, ending at the current one', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(CURRENT_SCHEMA_VERSION).toBe(6);
    expect(SCHEMA_VERSIONS[0]?.stores).toEqual(V1_STORES);
  });
});

describe('opening a workspace written by schema version 1', () => {
  it('keeps every import, opportunity, setting and deck exactly as written', async () => {
    const name = dbName();
    await writeV1Workspace(name);

    const current = track(new QuarterdeckDb(name));
    await current.open();

    expect(current.verno).toBe(6);
    expect(await current.imports.toArray()).toEqual([UPGRADED_BATCH]);
    const records = await readRecords(current, 'batch-v1', 'opportunities');
    expect(records).toEqual(byId(result.records));
    expect(records).toHaveLength(1500);
    expect(await current.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: CUSTOM_SETTINGS,
    });
    expect(await current.decks.toArray()).toEqual([deck]);
  });

  it('computes every figure of the report exactly as before the upgrade', async () => {
    const name = dbName();
    await writeV1Workspace(name);
    const before = computeReport({
      opportunities: result.records,
      settings: CUSTOM_SETTINGS,
      rejectedRows: result.summary.rejected,
    });

    const current = track(new QuarterdeckDb(name));
    const batch = await current.imports.orderBy('importedAt').last();
    const stored = await readRecords(current, 'batch-v1', 'opportunities');
    const settings = (await current.settings.get('workspace'))?.value;
    if (!batch || !settings) throw new Error('The upgraded workspace lost its batch or settings');
    const after = computeReport({
      opportunities: stored,
      settings,
      rejectedRows: batch.summary.rejected,
    });

    expect(after).toEqual(before);
  });

  it('fills the settings fields version 1 did not write with their defaults, keeping the rest', async () => {
    const name = dbName();
    await writeV1Workspace(name, { fiscalYearStartMonth: 4, asOf: '2026-03-31', period: null });

    const current = track(new QuarterdeckDb(name));
    const row = await current.settings.get('workspace');

    expect(row?.value).toEqual({
      fiscalYearStartMonth: 4,
      asOf: '2026-03-31',
      period: null,
      demandSourceTable: {},
      useCrmProbability: false,
      sourcedBy: 'leadSource',
      lookbackDays: 180,
      employeeBands: { smbBelow: 100, enterpriseFrom: 1000 },
      currency: { reporting: null, rates: {} },
      brandColor: '#4f46e5',
      brandLogo: null,
      slideTheme: 'light',
    });
  });

  it('records every upgrade step from 1 and starts with an empty error log', async () => {
    const name = dbName();
    await writeV1Workspace(name);

    const current = track(new QuarterdeckDb(name));
    const upgrades = await current.meta.get('upgrades');

    expect(upgrades?.key === 'upgrades' ? upgrades.value.map((u) => [u.from, u.to]) : null).toEqual(
      [
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [5, 6],
      ],
    );
    expect(await current.errorLog.count()).toBe(0);
  });

  it('creates a new workspace at the current version with no upgrade history', async () => {
    const current = track(new QuarterdeckDb(dbName()));
    await current.open();

    expect(current.verno).toBe(6);
    expect(await current.meta.get('upgrades')).toBeUndefined();
    expect(await current.settings.get('workspace')).toBeUndefined();
    expect(DEFAULT_SETTINGS.lookbackDays).toBe(180);
  });
});

// A v4 workspace with two imports: March's export is the sample four times over (6,000
// opportunities, so two pages), May's is the sample, stored by a v1 or v2 build without a latest date.
const MARCH_RECORDS: Opportunity[] = [0, 1, 2, 3].flatMap((copy) =>
  result.records.map((record) => ({ ...record, id: `${record.id}-${copy}` })),
);
const MARCH = {
  ...storedRows({ ...result, records: MARCH_RECORDS }, 'batch-march').batch,
  fileName: 'march.csv',
  importedAt: '2026-03-31T09:00:00.000Z',
  isSample: false,
  // Not the records' latest date (2026-05-14) on purpose: a stored date is kept, never recomputed.
  dataAsOf: '2026-04-30',
};
const MAY = { ...written.batch, id: 'batch-may', fileName: 'may.csv', isSample: false };
const PROFILE = {
  quarterdeckMapping: 1,
  name: 'Odd CRM',
  kind: 'opportunities',
  headers: ['Deal #'],
  mapping: { id: 'Deal #' },
};

/** Writes that v4 workspace, a staging row an old build left included, then closes it. */
async function writeV4Workspace(name: string): Promise<void> {
  const v4 = new Dexie(name);
  for (const [version, stores] of V4_SCHEMA) v4.version(version).stores(stores);
  await v4.table('imports').bulkAdd([MARCH, MAY]);
  const rows = (batchId: string, records: readonly Opportunity[]): StoredOpportunity[] =>
    records.map((record) => ({ ...record, batchId }));
  await v4.table('opportunities').bulkAdd(rows('batch-march', MARCH_RECORDS));
  await v4.table('opportunities').bulkAdd(rows('batch-may', result.records));
  await v4.table('stagingRecords').add({ batchId: 'old-build', seq: 0, record: result.records[0] });
  await v4.table('settings').put({ key: 'workspace', value: CUSTOM_SETTINGS });
  await v4.table('decks').put(deck);
  await v4.table('mappingProfiles').put(PROFILE);
  v4.close();
}

describe('opening a workspace written by schema version 4', () => {
  it('moves every opportunity into pages of its import, in id order, and drops the per-row tables', async () => {
    const name = dbName();
    await writeV4Workspace(name);

    const current = track(new QuarterdeckDb(name));
    await current.open();

    expect(current.verno).toBe(6);
    expect(await readRecords(current, 'batch-march', 'opportunities')).toEqual(byId(MARCH_RECORDS));
    expect(await readRecords(current, 'batch-may', 'opportunities')).toEqual(byId(result.records));
    const pages = await current.recordPages.orderBy('[batchId+page]').toArray();
    expect(pages.map((p) => [p.batchId, p.page, p.kind, p.count])).toEqual([
      ['batch-march', 0, 'opportunities', 5000],
      ['batch-march', 1, 'opportunities', 1000],
      ['batch-may', 0, 'opportunities', 1500],
    ]);
    const stores = current.backendDB().objectStoreNames;
    expect(stores.contains('opportunities')).toBe(false);
    expect(stores.contains('stagingRecords')).toBe(false);
    expect(stores.contains('recordPages')).toBe(true);
    expect(current.tables.map((t) => t.name)).not.toContain('opportunities');
  });

  it('marks every import as opportunities and fills only a missing latest date', async () => {
    const name = dbName();
    await writeV4Workspace(name);

    const current = track(new QuarterdeckDb(name));
    const imports = await current.imports.orderBy('importedAt').toArray();

    expect(imports).toEqual([
      { ...MARCH, kind: 'opportunities', dataAsOf: '2026-04-30' },
      { ...MAY, kind: 'opportunities', dataAsOf: '2026-05-14' },
    ]);
    expect(await current.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: CUSTOM_SETTINGS,
    });
    expect(await current.decks.toArray()).toEqual([deck]);
    expect(await current.table('mappingProfiles').toArray()).toEqual([PROFILE]);
    const upgrades = await current.meta.get('upgrades');
    expect(upgrades?.key === 'upgrades' ? upgrades.value.map((u) => [u.from, u.to]) : null).toEqual(
      [
        [4, 5],
        [5, 6],
      ],
    );
  });

  it('computes every figure of the report of each import exactly as before the upgrade', async () => {
    const name = dbName();
    await writeV4Workspace(name);
    const report = (opportunities: readonly Opportunity[]) =>
      computeReport({
        opportunities,
        settings: CUSTOM_SETTINGS,
        rejectedRows: result.summary.rejected,
      });
    // Before: the rows as a v4 build read them (by its batchId index, so in id order). Sums of
    // amounts depend on the order in the last digit, so the order is part of "the same figures".
    const v4 = new Dexie(name);
    for (const [version, stores] of V4_SCHEMA) v4.version(version).stores(stores);
    const rowsOf = async (batchId: string): Promise<Opportunity[]> =>
      (
        await v4
          .table<StoredOpportunity>('opportunities')
          .where('batchId')
          .equals(batchId)
          .toArray()
      ).map(({ batchId: _batchId, ...record }) => record);
    const marchBefore = report(await rowsOf('batch-march'));
    const mayBefore = report(await rowsOf('batch-may'));
    v4.close();

    const current = track(new QuarterdeckDb(name));
    const marchAfter = report(await readRecords(current, 'batch-march', 'opportunities'));
    const mayAfter = report(await readRecords(current, 'batch-may', 'opportunities'));

    expect(marchAfter).toEqual(marchBefore);
    expect(mayAfter).toEqual(mayBefore);
    // Four copies of every deal: four times May's deals created, so the two reports differ.
    expect(marchAfter.create.createdCount).toBe(4 * mayAfter.create.createdCount);
    expect(mayAfter.create.createdCount).toBeGreaterThan(0);
  });
});

/** Resolves with what `promise` gave, or rejects if it takes longer than `ms` (a blocked open). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms),
    ),
  ]);
}

function until(check: () => boolean, ms = 2000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check()) resolve();
      else if (Date.now() - started > ms) reject(new Error('condition never became true'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

describe('two windows during an upgrade', () => {
  it('closes this window when a newer version opens the workspace elsewhere, and asks it to reload', async () => {
    const name = dbName();
    const statuses: ConnectionStatus[] = [];
    const thisWindow = track(new QuarterdeckDb(name));
    guardConnection(thisWindow, (s) => statuses.push(s));
    await thisWindow.decks.put(deck);

    // A newer build in another window: every version we know, plus one more.
    const newer = track(new Dexie(name));
    for (const schema of SCHEMA_VERSIONS) newer.version(schema.version).stores(schema.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ decks: 'id, updatedAt, name' });
    await within(newer.open(), 1000);

    expect(statuses).toEqual(['open', 'updated-elsewhere']);
    expect(thisWindow.isOpen()).toBe(false);
    expect(await newer.table('decks').toArray()).toEqual([deck]);
    // The closed window refuses further writes instead of writing with an outdated schema.
    await expect(thisWindow.decks.put({ ...deck, name: 'Stale' })).rejects.toThrow();
    expect(await newer.table('decks').toArray()).toEqual([deck]);
  });

  it('reports a window that holds on to version 1 as blocking, then upgrades intact once it closes', async () => {
    const name = dbName();
    await writeV1Workspace(name);
    // An old window whose code ignores version changes and keeps its connection open.
    const oldWindow = track(new Dexie(name));
    oldWindow.version(1).stores(V1_STORES);
    oldWindow.on('versionchange', () => false);
    await oldWindow.open();

    const statuses: ConnectionStatus[] = [];
    const upgrading = track(new QuarterdeckDb(name));
    guardConnection(upgrading, (s) => statuses.push(s));
    const opening = upgrading.open();
    await until(() => statuses.includes('blocked'));
    expect(await oldWindow.table('opportunities').count()).toBe(result.records.length);
    oldWindow.close();
    await within(opening, 2000);

    expect(statuses).toEqual(['blocked', 'open']);
    expect(upgrading.verno).toBe(6);
    expect(await readRecords(upgrading, 'batch-v1', 'opportunities')).toEqual(byId(result.records));
    expect(await upgrading.decks.toArray()).toEqual([deck]);
  });

  it('lets two windows open a version 1 workspace at the same moment, upgrading it once', async () => {
    const name = dbName();
    await writeV1Workspace(name);

    const first = track(new QuarterdeckDb(name));
    const second = track(new QuarterdeckDb(name));
    await within(Promise.all([first.open(), second.open()]), 2000);

    expect(await readRecords(first, 'batch-v1', 'opportunities')).toHaveLength(1500);
    expect(await readRecords(second, 'batch-v1', 'opportunities')).toHaveLength(1500);
    // The 1,500 records are one page, written once.
    expect(await second.recordPages.count()).toBe(1);
    const upgrades = await second.meta.get('upgrades');
    expect(upgrades?.key === 'upgrades' ? upgrades.value.length : null).toBe(5);
    expect(await second.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: CUSTOM_SETTINGS,
    });
  });
});
