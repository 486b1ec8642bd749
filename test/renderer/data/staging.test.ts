import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../../shared/units';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { createBackup } from '../../../renderer/src/backup/workspace-backup';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import {
  countRecords,
  readRecords,
  toPages,
  type RecordPage,
} from '../../../renderer/src/data/record-pages';
import { DISCARDED_MESSAGE, stagePages } from '../../../renderer/src/data/stage-pages';
import {
  SESSION_ID,
  beginStaging,
  discardStaging,
  purgeAbandonedStaging,
  stageRecords,
  stagingBatches,
} from '../../../renderer/src/data/staging';
import {
  WorkspaceFullError,
  publishStaged,
  storeImport,
  type StagedImport,
} from '../../../renderer/src/data/store';
import { diskFullAtWrite } from './disk-full';
import { leadsImport, publishImport, targetsImport } from './kind-fixture';
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
  vi.restoreAllMocks();
  for (const database of opened.splice(0)) database.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const sample = sampleImport();
const OPTS = { isSample: false, importedAt: '2026-05-20T09:00:00.000Z' };

/** A workspace holding the sample as its published data; resolves to the sample's batch id. */
async function withSample(database: QuarterdeckDb): Promise<string> {
  return storeImport(sample, { isSample: true, importedAt: '2026-05-14T08:30:00.000Z' }, database);
}

/**
 * Stages the sample's 1,500 records as a new file in three writes of one 500-record page
 * each, as the import worker writes a large file page by page.
 */
async function stageSample(database: QuarterdeckDb, fileName = 'next-month.csv'): Promise<string> {
  const batchId = await beginStaging('opportunities', fileName, database);
  for (let page = 0; page < 3; page++) {
    const chunk = sample.records.slice(page * 500, page * 500 + 500);
    await stagePages(database, toPages(batchId, 'opportunities', chunk, page));
  }
  return batchId;
}

/** What publishing the staged sample as `next-month.csv` hands over besides its pages. */
function staged(batchId: string): StagedImport {
  return {
    id: batchId,
    kind: 'opportunities',
    fileName: 'next-month.csv',
    summary: { ...sample.summary, fileName: 'next-month.csv' },
    errors: [],
    dataAsOf: isoDate('2026-05-14'),
  };
}

/** Every page stored, as [batchId, page, records] in key order. */
async function pagesOf(database: QuarterdeckDb): Promise<[string, number, number][]> {
  const pages = await database.recordPages.orderBy('[batchId+page]').toArray();
  return pages.map((p) => [p.batchId, p.page, p.count]);
}

describe('staging an import', () => {
  it('writes records page by page under a batch no import names, without touching the published data', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const batchId = await stageSample(database);

    expect(await readRecords(database, batchId, 'opportunities')).toEqual(sample.records);
    expect((await pagesOf(database)).filter(([id]) => id === batchId)).toEqual([
      [batchId, 0, 500],
      [batchId, 1, 500],
      [batchId, 2, 500],
    ]);
    expect(await readRecords(database, sampleId, 'opportunities')).toEqual(sample.records);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
    expect(await stagingBatches(database).get(batchId)).toMatchObject({
      kind: 'opportunities',
      fileName: 'next-month.csv',
      session: SESSION_ID,
    });
  });

  it('publishes the batch in one transaction, replacing the previous data as storeImport does', async () => {
    const database = freshDb();
    await withSample(database);
    const batchId = await stageSample(database);

    const id = await publishStaged(staged(batchId), OPTS, database);

    expect(id).toBe(batchId);
    const imports = await database.imports.toArray();
    // The latest date is the one the import worker found, handed over with the summary.
    expect(imports.map((b) => [b.id, b.kind, b.fileName, b.isSample, b.dataAsOf])).toEqual([
      [batchId, 'opportunities', 'next-month.csv', false, '2026-05-14'],
    ]);
    // Nothing was copied: the three staged pages are the published ones, and the sample's went.
    expect(await pagesOf(database)).toEqual([
      [batchId, 0, 500],
      [batchId, 1, 500],
      [batchId, 2, 500],
    ]);
    expect(await readRecords(database, batchId, 'opportunities')).toEqual(sample.records);
    expect(await stagingBatches(database).count()).toBe(0);
  });

  it('leaves the previous data exactly as it was, and the staged pages unseen, when the publish fails part way', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const batchId = await stageSample(database);
    // The publish deletes the sample's pages first, then fails writing the new imports row.
    diskFullAtWrite(1);

    await expect(publishStaged(staged(batchId), OPTS, database)).rejects.toBeInstanceOf(
      WorkspaceFullError,
    );
    vi.restoreAllMocks();

    expect(await readRecords(database, sampleId, 'opportunities')).toEqual(sample.records);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
    expect(await stagingBatches(database).count()).toBe(1);
    expect(await countRecords(database, batchId)).toBe(1500);
    await discardStaging(batchId, database);
    expect(await pagesOf(database)).toEqual([[sampleId, 0, 1500]]);
  });

  it('discards a cancelled batch with its pages and leaves the published data untouched', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const batchId = await stageSample(database);

    await discardStaging(batchId, database);

    expect(await stagingBatches(database).count()).toBe(0);
    expect(await pagesOf(database)).toEqual([[sampleId, 0, 1500]]);
    await expect(publishStaged(staged(batchId), OPTS, database)).rejects.toThrow(DISCARDED_MESSAGE);
    expect(await pagesOf(database)).toEqual([[sampleId, 0, 1500]]);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
  });

  it('keeps the pages of a batch discarded after it was published', async () => {
    const database = freshDb();
    const batchId = await stageSample(database);
    await publishStaged(staged(batchId), OPTS, database);

    await discardStaging(batchId, database);

    expect(await countRecords(database, batchId)).toBe(1500);
  });

  it('refuses to publish a batch that holds no records, keeping the previous data', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const batchId = await beginStaging('opportunities', 'empty.csv', database);

    await expect(publishStaged(staged(batchId), OPTS, database)).rejects.toThrow(
      'This file has no records to import.',
    );
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([sampleId]);
    expect(await countRecords(database, sampleId)).toBe(1500);
  });

  it('refuses pages that arrive after their batch was discarded, writing none of them', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    const leads = leadsImport('late-leads.csv', [
      ['L1', '2026-03-02'],
      ['L2', '2026-04-09'],
    ]);
    const batchId = await beginStaging('leads', 'late-leads.csv', database);
    await discardStaging(batchId, database);
    // Two pages in one write: the first must not be kept when the write is refused.
    const pages: RecordPage[] = [
      ...toPages(batchId, 'leads', leads.records.slice(0, 1), 0),
      ...toPages(batchId, 'leads', leads.records.slice(1), 1),
    ];

    await expect(stagePages(database, pages)).rejects.toThrow(DISCARDED_MESSAGE);
    await expect(
      stageRecords(batchId, 'opportunities', sample.records.slice(0, 5), database),
    ).rejects.toThrow(/discarded before it was confirmed/);
    expect(await pagesOf(database)).toEqual([[sampleId, 0, 1500]]);
  });

  it('writes nothing for a batch that was never begun', async () => {
    const database = freshDb();

    await expect(
      stagePages(database, toPages('never-begun', 'opportunities', sample.records.slice(0, 3))),
    ).rejects.toThrow(DISCARDED_MESSAGE);
    expect(await database.recordPages.count()).toBe(0);
  });

  it('keeps unpublished pages out of a backup', async () => {
    const database = freshDb();
    const sampleId = await withSample(database);
    await stageSample(database);

    const backup = JSON.parse(await (await createBackup(database)).text()) as {
      data: {
        tables: { name: string; rowCount: number }[];
        data: { tableName: string; rows: RecordPage[] }[];
      };
    };

    const pages = backup.data.data.find((t) => t.tableName === 'recordPages')?.rows ?? [];
    expect(pages.map((p) => [p.batchId, p.page, p.count])).toEqual([[sampleId, 0, 1500]]);
    expect(backup.data.tables.find((t) => t.name === 'recordPages')?.rowCount).toBe(1);
  });
});

describe('purging at start what an unfinished import left', () => {
  it('deletes abandoned pages of any kind, names the crashed files, and keeps published and live pages', async () => {
    const database = freshDb();
    // Real data, not the sample: a real leads import would drop the sample.
    const sampleId = await storeImport(sample, OPTS, database);
    const leads = leadsImport('leads.csv', [
      ['L1', '2026-03-02'],
      ['L2', '2026-04-09'],
    ]);
    const publishedLeads = await publishImport(database, leads, '2026-05-15T09:00:00.000Z');
    // A crash in an earlier session: its batch row carries that session's id.
    await stagingBatches(database).add({
      id: 'crashed',
      kind: 'leads',
      fileName: 'Q3 leads.csv',
      startedAt: '2026-05-19T17:00:00.000Z',
      session: 'an-earlier-session',
    });
    await stageRecords('crashed', 'leads', leads.records, database);
    // Pages no batch names at all (their staging row went, their pages did not).
    await database.recordPages.bulkAdd(
      toPages('orphaned', 'targets', targetsImport('t.csv', [['FY2026-Q3', 100000]]).records),
    );
    const mine = await stageSample(database);

    const files = await purgeAbandonedStaging(database);

    expect(files).toEqual(['Q3 leads.csv']);
    expect((await stagingBatches(database).toArray()).map((b) => b.id)).toEqual([mine]);
    expect(await countRecords(database, 'crashed')).toBe(0);
    expect(await countRecords(database, 'orphaned')).toBe(0);
    expect(await readRecords(database, sampleId, 'opportunities')).toEqual(sample.records);
    expect(await readRecords(database, publishedLeads, 'leads')).toEqual(leads.records);
    expect(await countRecords(database, mine)).toBe(1500);
    expect(await purgeAbandonedStaging(database)).toEqual([]);
    expect(await database.recordPages.count()).toBe(5);
  });
});

describe('schema version 3', () => {
  it('upgrades a version 2 workspace intact to the current version, recording every step', async () => {
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

    expect(CURRENT_SCHEMA_VERSION).toBe(6);
    expect(current.verno).toBe(6);
    expect(await countRecords(current, 'b1')).toBe(5);
    expect(await current.imports.get('b1')).toMatchObject({
      fileName: 'old.csv',
      kind: 'opportunities',
    });
    expect(await stagingBatches(current).count()).toBe(0);
    // v3's staging rows table was replaced by pages staged in `recordPages`, and v6 dropped it.
    expect(current.backendDB().objectStoreNames.contains('stagingRecords')).toBe(false);
    const upgrades = await current.meta.get('upgrades');
    const steps = upgrades?.key === 'upgrades' ? upgrades.value.map((u) => [u.from, u.to]) : null;
    expect(steps).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ]);
  });
});
