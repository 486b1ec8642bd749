import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import {
  beginStaging,
  discardStaging,
  purgeAbandonedStaging,
  stageRecords,
  stagingBatches,
  stagingRecords,
} from '../../../renderer/src/data/staging';
import { publishStagedOpportunities, storeImport } from '../../../renderer/src/data/store';
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

describe('staging an import', () => {
  it('writes records in chunks without touching the published data', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const published = await database.opportunities.toArray();
    const batchId = await stageSample(database);

    expect(await stagingRecords(database).count()).toBe(sample.records.length);
    expect(await database.opportunities.toArray()).toEqual(published);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
    expect(await stagingBatches(database).get(batchId)).toMatchObject({
      kind: 'opportunities',
      fileName: 'next-month.csv',
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
    expect(imports.map((b) => [b.id, b.fileName, b.isSample])).toEqual([
      [batchId, 'next-month.csv', false],
    ]);
    const rows = await database.opportunities.toArray();
    expect(rows).toHaveLength(sample.records.length);
    expect(rows.every((row) => row.batchId === batchId)).toBe(true);
    const byId = new Map(rows.map(({ batchId: _b, ...record }) => [record.id, record]));
    for (const record of sample.records) expect(byId.get(record.id)).toEqual(record);
    expect(await stagingRecords(database).count()).toBe(0);
    expect(await stagingBatches(database).count()).toBe(0);
  });

  it('leaves the previous data exactly as it was when the publish fails part way', async () => {
    const database = freshDb();
    await withSample(database);
    const before = await database.opportunities.toArray();
    const batchId = await stageSample(database);
    // A staged record whose id collides with another in the same batch makes bulkAdd fail late.
    const first = sample.records[0];
    if (first === undefined) throw new Error('the sample has no records');
    await stageRecords(batchId, sample.records.length, [first], database);

    await expect(
      publishStagedOpportunities({ batchId, summary: sample.summary, errors: [] }, OPTS, database),
    ).rejects.toThrow();

    expect(await database.opportunities.toArray()).toEqual(before);
    expect(await database.imports.count()).toBe(1);
    expect(await stagingBatches(database).count()).toBe(1);
  });

  it('discards a cancelled batch and leaves the published data untouched', async () => {
    const database = freshDb();
    await withSample(database);
    const before = await database.opportunities.toArray();
    const batchId = await stageSample(database);

    await discardStaging(batchId, database);

    expect(await stagingRecords(database).count()).toBe(0);
    expect(await stagingBatches(database).count()).toBe(0);
    expect(await database.opportunities.toArray()).toEqual(before);
    await expect(
      publishStagedOpportunities({ batchId, summary: sample.summary, errors: [] }, OPTS, database),
    ).rejects.toThrow(/discarded before it was confirmed/);
    expect(await database.opportunities.toArray()).toEqual(before);
  });
});

describe('purging at start what an unfinished import left', () => {
  it('deletes batches of earlier sessions, names their files, and keeps this session’s', async () => {
    const database = freshDb();
    await withSample(database);
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
    // Rows of a batch already gone (published, then the window closed before the sweep).
    await stageRecords('swept-late', 0, sample.records.slice(0, 3), database);
    const mine = await stageSample(database);

    const files = await purgeAbandonedStaging(database);

    expect(files).toEqual(['Q3 pipeline.csv']);
    expect((await stagingBatches(database).toArray()).map((b) => b.id)).toEqual([mine]);
    expect(await stagingRecords(database).count()).toBe(sample.records.length);
    expect(await database.opportunities.toArray()).toEqual(before);
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

    expect(CURRENT_SCHEMA_VERSION).toBe(3);
    expect(current.verno).toBe(3);
    expect(await current.opportunities.count()).toBe(5);
    expect(await current.imports.get('b1')).toMatchObject({ fileName: 'old.csv' });
    expect(await stagingBatches(current).count()).toBe(0);
    expect(await stagingRecords(current).count()).toBe(0);
    const upgrades = await current.meta.get('upgrades');
    const steps = upgrades?.key === 'upgrades' ? upgrades.value.map((u) => [u.from, u.to]) : null;
    expect(steps).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});
