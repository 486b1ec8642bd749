import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { MappingProfile } from '../../../shared/import/mapping-profile';
import { parseBackup } from '../../../renderer/src/backup/backup-file';
import { createBackup, restoreBackup } from '../../../renderer/src/backup/workspace-backup';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import {
  deleteMappingProfile,
  findMappingProfile,
  listMappingProfiles,
  mappingProfilesTable,
  saveMappingProfile,
} from '../../../renderer/src/data/mapping-profiles';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';

const opened: QuarterdeckDb[] = [];
const names: string[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const name = `mapping-profiles-test-${counter}`;
  names.push(name);
  const database = new QuarterdeckDb(name);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) database.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const DEALS: MappingProfile = {
  quarterdeckMapping: 1,
  name: 'Deals board',
  kind: 'opportunities',
  headers: ['Deal Ref', 'Client', 'Deal Value'],
  mapping: { id: 'Deal Ref', accountName: 'Client', amount: 'Deal Value' },
  dateOrder: 'dmy',
};
const ARCHIVE: MappingProfile = { ...DEALS, name: 'Archive', mapping: { id: 'Deal Ref' } };
const LEADS: MappingProfile = {
  quarterdeckMapping: 1,
  name: 'Leads sheet',
  kind: 'leads',
  headers: ['Deal Ref', 'Client', 'Deal Value'],
  mapping: { id: 'Deal Ref' },
};

describe('saved mapping profiles', () => {
  it('saves a profile under its name and lists the profiles of a kind by name', async () => {
    const database = freshDb();
    await saveMappingProfile(DEALS, database);
    await saveMappingProfile(ARCHIVE, database);
    await saveMappingProfile(LEADS, database);

    expect((await listMappingProfiles('opportunities', database)).map((p) => p.name)).toEqual([
      'Archive',
      'Deals board',
    ]);
    expect(await listMappingProfiles(undefined, database)).toHaveLength(3);
  });

  it('replaces a profile saved again under the same name, trimming the name', async () => {
    const database = freshDb();
    await saveMappingProfile(DEALS, database);
    await saveMappingProfile({ ...DEALS, name: '  Deals board ', dateOrder: 'mdy' }, database);

    const all = await listMappingProfiles(undefined, database);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ name: 'Deals board', dateOrder: 'mdy' });
  });

  it('refuses a blank name', async () => {
    await expect(saveMappingProfile({ ...DEALS, name: '  ' }, freshDb())).rejects.toThrow(
      'A saved mapping needs a name.',
    );
  });

  it('finds the profile of the kind whose headers match, in any order and case', async () => {
    const database = freshDb();
    await saveMappingProfile(LEADS, database);
    await saveMappingProfile(DEALS, database);

    const found = await findMappingProfile(
      'opportunities',
      ['deal value', 'CLIENT', ' Deal Ref'],
      database,
    );
    expect(found?.name).toBe('Deals board');
    expect(await findMappingProfile('opportunities', ['Deal Ref', 'Client'], database)).toBeNull();
    expect(await findMappingProfile('meetings', DEALS.headers, database)).toBeNull();
  });

  it('deletes a profile by name', async () => {
    const database = freshDb();
    await saveMappingProfile(DEALS, database);
    await saveMappingProfile(ARCHIVE, database);
    await deleteMappingProfile('Deals board', database);

    expect((await listMappingProfiles(undefined, database)).map((p) => p.name)).toEqual([
      'Archive',
    ]);
  });

  it('are backed up and restored with the workspace', async () => {
    const database = freshDb();
    await saveMappingProfile(DEALS, database);
    const text = await (await createBackup(database)).text();
    await deleteMappingProfile('Deals board', database);

    const backup = parseBackup(text, 'q.json');
    expect(backup.mappingProfiles).toEqual([DEALS]);
    await restoreBackup(backup, database);
    expect(await listMappingProfiles(undefined, database)).toEqual([DEALS]);
  });

  it('restores a version 3 backup, which has no profiles table, with no profiles', async () => {
    const database = freshDb();
    await saveMappingProfile(DEALS, database);
    const file = JSON.parse(await (await createBackup(database)).text()) as {
      data: { databaseVersion: number; data: { tableName: string }[] };
    };
    file.data.databaseVersion = 3;
    // Version 3 kept records one per row in `opportunities` (empty here, as `recordPages` is).
    file.data.data = file.data.data
      .filter((t) => t.tableName !== 'mappingProfiles')
      .map((t) => (t.tableName === 'recordPages' ? { ...t, tableName: 'opportunities' } : t));

    expect(parseBackup(JSON.stringify(file), 'old.json').mappingProfiles).toEqual([]);
  });

  it('refuses a backup whose profile is not valid, with the profile parser’s reason', async () => {
    const database = freshDb();
    await mappingProfilesTable(database).put({ ...DEALS, mapping: { id: 'Nowhere' } });
    const text = await (await createBackup(database)).text();

    expect(() => parseBackup(text, 'bad.json')).toThrow(
      'bad.json cannot be restored: row 1 of the mappingProfiles table is not valid: "mapping.id" names the column "Nowhere", which is not one of "headers". Nothing was changed.',
    );
  });
});

describe('schema version 4', () => {
  it('upgrades a version 3 workspace intact to the current version, with an empty profiles table', async () => {
    counter += 1;
    const name = `mapping-profiles-test-${counter}`;
    names.push(name);
    // The stores exactly as version 3 declared them (frozen here, as migrations.test.ts does).
    const v3 = new Dexie(name);
    v3.version(1).stores({
      imports: 'id, importedAt',
      opportunities: '[batchId+id], batchId',
      settings: 'key',
      decks: 'id, updatedAt',
    });
    v3.version(2).stores({ errorLog: '++id, time', meta: 'key' });
    v3.version(3).stores({ stagingBatches: 'id', stagingRecords: '[batchId+seq]' });
    await v3.table('imports').add({ id: 'b1', fileName: 'old.csv', importedAt: 'x' });
    await v3.table('meta').put({
      key: 'upgrades',
      value: [
        { from: 1, to: 2, at: 'then' },
        { from: 2, to: 3, at: 'later' },
      ],
    });
    v3.close();

    const current = new QuarterdeckDb(name);
    opened.push(current);
    await current.open();

    expect(CURRENT_SCHEMA_VERSION).toBe(6);
    expect(current.verno).toBe(6);
    expect(await current.imports.get('b1')).toMatchObject({
      fileName: 'old.csv',
      kind: 'opportunities',
    });
    expect(await mappingProfilesTable(current).count()).toBe(0);
    const upgrades = await current.meta.get('upgrades');
    const steps = upgrades?.key === 'upgrades' ? upgrades.value.map((u) => [u.from, u.to]) : null;
    expect(steps).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ]);
    await saveMappingProfile(DEALS, current);
    expect(await listMappingProfiles('opportunities', current)).toEqual([DEALS]);
  });
});
