import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { guardConnection, type ConnectionStatus } from '../../../renderer/src/data/connection';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
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

function byId<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}

describe('schema versions', () => {
  it('declares every version once, in ascending order, ending at the current one', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(SCHEMA_VERSIONS[0]?.stores).toEqual(V1_STORES);
  });
});

describe('opening a workspace written by schema version 1', () => {
  it('keeps every import, opportunity, setting and deck exactly as written', async () => {
    const name = dbName();
    await writeV1Workspace(name);

    const current = track(new QuarterdeckDb(name));
    await current.open();

    expect(current.verno).toBe(4);
    expect(await current.imports.toArray()).toEqual([written.batch]);
    expect(byId(await current.opportunities.toArray())).toEqual(byId(written.opportunities));
    expect(await current.opportunities.count()).toBe(result.records.length);
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
    const stored = await current.opportunities.where('batchId').equals('batch-v1').toArray();
    const settings = (await current.settings.get('workspace'))?.value;
    if (!batch || !settings) throw new Error('The upgraded workspace lost its batch or settings');
    const after = computeReport({
      opportunities: stored.map(({ batchId: _batchId, ...record }) => record),
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
      lookbackDays: 180,
      employeeBands: { smbBelow: 100, enterpriseFrom: 1000 },
      currency: { reporting: null, rates: {} },
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
      ],
    );
    expect(await current.errorLog.count()).toBe(0);
  });

  it('creates a new workspace at the current version with no upgrade history', async () => {
    const current = track(new QuarterdeckDb(dbName()));
    await current.open();

    expect(current.verno).toBe(4);
    expect(await current.meta.get('upgrades')).toBeUndefined();
    expect(await current.settings.get('workspace')).toBeUndefined();
    expect(DEFAULT_SETTINGS.lookbackDays).toBe(180);
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
    expect(upgrading.verno).toBe(4);
    expect(byId(await upgrading.opportunities.toArray())).toEqual(byId(written.opportunities));
    expect(await upgrading.decks.toArray()).toEqual([deck]);
  });

  it('lets two windows open a version 1 workspace at the same moment, upgrading it once', async () => {
    const name = dbName();
    await writeV1Workspace(name);

    const first = track(new QuarterdeckDb(name));
    const second = track(new QuarterdeckDb(name));
    await within(Promise.all([first.open(), second.open()]), 2000);

    expect(await first.opportunities.count()).toBe(result.records.length);
    expect(await second.opportunities.count()).toBe(result.records.length);
    const upgrades = await second.meta.get('upgrades');
    expect(upgrades?.key === 'upgrades' ? upgrades.value.length : null).toBe(3);
    expect(await second.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: CUSTOM_SETTINGS,
    });
  });
});
