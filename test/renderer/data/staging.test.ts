import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuarterdeckDb, type StoredOpportunity } from '../../../renderer/src/data/db';
import { createBackup } from '../../../renderer/src/backup/workspace-backup';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import {
  beginStaging,
  discardStaging,
  purgeAbandonedStaging,
  stageRecords,
  stagingBatches,
  stagingRecords,
} from '../../../renderer/src/data/staging';
import {
  WorkspaceFullError,
  publishStagedOpportunities,
  storeImport,
} from '../../../renderer/src/data/store';
import { diskFullAtWrite } from './disk-full';
import { sampleImport } from './workspace-fixture';

const opened: QuarterdeckDb[] = [];
const names: string[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const name = `staging-test-${counter}`;
  names.push(name);
  const database = new QuarterdeckDb(name);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) database.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const sample = sampleImport();
const OPTS = { isSample: false, importedAt: '2026-05-20T09:00:00.000Z' };

/** A workspace holding the sample as its published data; resolves to the sample's batch id. */
async function withSample(database: QuarterdeckDb): Promise<string> {
  return storeImport(sample, { isSample: true, importedAt: '2026-05-14T08:30:00.000Z' }, database);
}

/** Stages the sample's records in chunks of 7 as a new file, as the import screen does. */
async function stageSample(database: QuarterdeckDb, fileName = 'next-month.csv'): Promise<string> {
  const batchId = await beginStaging('opportunities', fileName, database);
  for (let at = 0; at < sample.records.length; at += 7) {
    await stageRecords(batchId, at, sample.records.slice(at, at + 7), database);
  }
  return batchId;
}

/** The rows stored under one batch id (published or not). */
async function rowsOf(database: QuarterdeckDb, batchId: string): Promise<StoredOpportunity[]> {
  return database.opportunities.where('batchId').equals(batchId).toArray();
}

describe('staging an import', () => {
  it('writes records in chunks under a batch no import names, without touching the published data', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const published = await database.opportunities.toArray();
    const batchId = await stageSample(database);

    expect(await rowsOf(database, batchId)).toHaveLength(1500);
    expect(await rowsOf(database, sampleId)).toEqual(published);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
    // The latest date is kept as chunks arrive, so publishing need not read the rows.
    expect(await stagingBatches(database).get(batchId)).toMatchObject({
      kind: 'opportunities',
      fileName: 'next-month.csv',
      dataAsOf: '2026-05-14',
    });
  });

  it('publishes the batch in one transaction, replacing the previous data as storeImport does', async () => {
    const database = freshDb();
    await withSample(database);
    const batchId = await stageSample(database);

    const id = await publishStagedOpportunities(
      { batchId, summary: { ...sample.summary, fileName: 'next-month.csv' }, errors: [] },
      OPTS,
      database,
    );

    expect(id).toBe(batchId);
    const imports = await database.imports.toArray();
    expect(imports.map((b) => [b.id, b.fileName, b.isSample, b.dataAsOf])).toEqual([
      [batchId, 'next-month.csv', false, '2026-05-14'],
    ]);
    const rows = await database.opportunities.toArray();
    expect(rows).toHaveLength(1500);
    expect(rows.every((row) => row.batchId === batchId)).toBe(true);
    const byId = new Map(rows.map(({ batchId: _b, ...record }) => [record.id, record]));
    for (const record of sample.records) expect(byId.get(record.id)).toEqual(record);
    expect(await stagingBatches(database).count()).toBe(0);
    expect(await stagingRecords(database).count()).toBe(0);
  });

  it('leaves the previous data exactly as it was, and the staged rows unseen, when the publish fails part way', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const before = await database.opportunities.toArray();
    const batchId = await stageSample(database);
    // The publish deletes the sample's rows first, then fails writing the new imports row.
    diskFullAtWrite(1);

    await expect(
      publishStagedOpportunities({ batchId, summary: sample.summary, errors: [] }, OPTS, database),
    ).rejects.toBeInstanceOf(WorkspaceFullError);
    vi.restoreAllMocks();

    expect(await rowsOf(database, sampleId)).toEqual(before);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
    expect(await stagingBatches(database).count()).toBe(1);
    expect(await rowsOf(database, batchId)).toHaveLength(1500);
    await discardStaging(batchId, database);
    expect(await database.opportunities.toArray()).toEqual(before);
  });

  it('discards a cancelled batch with its rows and leaves the published data untouched', async () => {
    const database = freshDb();
    await withSample(database);
    const before = await database.opportunities.toArray();
    const batchId = await stageSample(database);

    await discardStaging(batchId, database);

    expect(await stagingBatches(database).count()).toBe(0);
    expect(await database.opportunities.toArray()).toEqual(before);
    await expect(
      publishStagedOpportunities({ batchId, summary: sample.summary, errors: [] }, OPTS, database),
    ).rejects.toThrow(/discarded before it was confirmed/);
    expect(await database.opportunities.toArray()).toEqual(before);
    expect(await database.imports.count()).toBe(1);
  });

  it('refuses a chunk that arrives after its batch was discarded, writing nothing', async () => {
    const database = freshDb();
    await withSample(database);
    const before = await database.opportunities.toArray();
    const batchId = await beginStaging('opportunities', 'late.csv', database);
    await discardStaging(batchId, database);

    await expect(stageRecords(batchId, 0, sample.records.slice(0, 5), database)).rejects.toThrow(
      /discarded before it was confirmed/,
    );
    expect(await database.opportunities.toArray()).toEqual(before);
  });

  it('keeps unpublished rows out of a backup', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    await stageSample(database);

    const backup = JSON.parse(await (await createBackup(database)).text()) as {
      data: { data: { tableName: string; rows: { batchId: string }[] }[] };
    };

    const rows = backup.data.data.find((t) => t.tableName === 'opportunities')?.rows ?? [];
    expect(rows).toHaveLength(1500);
    expect(rows.every((row) => row.batchId === sampleId)).toBe(true);
  });
});

describe('purging at start what an unfinished import left', () => {
  it('deletes batches of earlier sessions with their rows, names their files, and keeps this session’s', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const before = await database.opportunities.toArray();
    // A crash in an earlier session: its batch row carries that session's id.
    await stagingBatches(database).add({
      id: 'crashed',
      kind: 'opportunities',
      fileName: 'Q3 pipeline.csv',
      startedAt: '2026-05-19T17:00:00.000Z',
      session: 'an-earlier-session',
    });
    await stageRecords('crashed', 0, sample.records.slice(0, 20), database);
    // Rows no batch names at all, and rows an older build left in the legacy staging table.
    await database.opportunities.bulkAdd(
      sample.records.slice(0, 3).map((record) => ({ ...record, batchId: 'orphaned' })),
    );
    await stagingRecords(database).bulkAdd(
      sample.records.slice(0, 3).map((record, seq) => ({ batchId: 'old-build', seq, record })),
    );
    const mine = await stageSample(database);

    const files = await purgeAbandonedStaging(database);

    expect(files).toEqual(['Q3 pipeline.csv']);
    expect((await stagingBatches(database).toArray()).map((b) => b.id)).toEqual([mine]);
    expect(await rowsOf(database, 'crashed')).toEqual([]);
    expect(await rowsOf(database, 'orphaned')).toEqual([]);
    expect(await stagingRecords(database).count()).toBe(0);
    expect(await rowsOf(database, sampleId)).toEqual(before);
    expect(await rowsOf(database, mine)).toHaveLength(1500);
    expect(await purgeAbandonedStaging(database)).toEqual([]);
  });
});

describe('schema version 3', () => {
  it('upgrades a version 2 workspace intact, adds the staging tables and records the step', async () => {
    counter += 1;
    const name = `staging-test-${counter}`;
    names.push(name);
    // The stores exactly as version 2 declared them (frozen here, as migrations.test.ts does).
    const v2 = new Dexie(name);
    v2.version(1).stores({
      imports: 'id, importedAt',
      opportunities: '[batchId+id], batchId',
      settings: 'key',
      decks: 'id, updatedAt',
    });
    v2.version(2).stores({ errorLog: '++id, time', meta: 'key' });
    await v2.table('imports').add({ id: 'b1', fileName: 'old.csv', importedAt: 'x' });
    await v2
      .table('opportunities')
      .bulkAdd(sample.records.slice(0, 5).map((r) => ({ ...r, batchId: 'b1' })));
    await v2.table('meta').put({ key: 'upgrades', value: [{ from: 1, to: 2, at: 'then' }] });
    v2.close();

    const current = new QuarterdeckDb(name);
    opened.push(current);
    await current.open();

    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(current.verno).toBe(4);
    expect(await current.opportunities.count()).toBe(5);
    expect(await current.imports.get('b1')).toMatchObject({ fileName: 'old.csv' });
    expect(await stagingBatches(current).count()).toBe(0);
    expect(await stagingRecords(current).count()).toBe(0);
    const upgrades = await current.meta.get('upgrades');
    const steps = upgrades?.key === 'upgrades' ? upgrades.value.map((u) => [u.from, u.to]) : null;
    expect(steps).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });
});
