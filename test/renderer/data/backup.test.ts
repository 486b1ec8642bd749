import 'fake-indexeddb/auto';
import './browser-globals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { resetWorkspace, saveSettings, storeImport } from '../../../renderer/src/data/store';
import {
  BackupRefusedError,
  backupFileName,
  parseBackup,
} from '../../../renderer/src/backup/backup-file';
import { createBackup, restoreBackup } from '../../../renderer/src/backup/workspace-backup';
import { diskFullAtWrite } from './disk-full';
import { CUSTOM_SETTINGS, draftDeck, editedDeck, sampleImport } from './workspace-fixture';

const opened: QuarterdeckDb[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const database = new QuarterdeckDb(`backup-test-${counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const database of opened.splice(0)) await database.delete();
});

const sample = sampleImport();

/** A workspace a user has worked on: the sample, their settings, an edited deck. */
async function buildWorkspace(database: QuarterdeckDb): Promise<void> {
  await storeImport(sample, { isSample: true, importedAt: '2026-05-14T08:30:00.000Z' }, database);
  await saveSettings(CUSTOM_SETTINGS, database);
  await database.decks.put(editedDeck());
}

/** Everything the workspace tables hold, in a stable order. */
async function snapshot(database: QuarterdeckDb) {
  return {
    imports: await database.imports.toArray(),
    opportunities: await database.opportunities.orderBy('[batchId+id]').toArray(),
    settings: await database.settings.toArray(),
    decks: await database.decks.toArray(),
  };
}

async function backupText(database: QuarterdeckDb): Promise<string> {
  return (await createBackup(database)).text();
}

describe('backup and restore', () => {
  it('names the file after the day, with an extension that says what it is', () => {
    expect(backupFileName('2026-05-14')).toBe('quarterdeck-2026-05-14.quarterdeck-backup.json');
  });

  it('brings back every record, and every figure of every deck slide, after a reset', async () => {
    const database = freshDb();
    await buildWorkspace(database);
    const before = await snapshot(database);
    const [batch] = before.imports;
    if (!batch) throw new Error('no batch stored');
    const slidesBefore = draftDeck(editedDeck(), batch, before.opportunities, CUSTOM_SETTINGS);
    const text = await backupText(database);

    await resetWorkspace(database);
    expect(await database.opportunities.count()).toBe(0);
    await restoreBackup(parseBackup(text, 'q.json'), database);

    const after = await snapshot(database);
    expect(after).toEqual(before);
    expect(after.decks).toEqual([editedDeck()]);
    expect(after.settings).toEqual([{ key: 'workspace', value: CUSTOM_SETTINGS }]);
    const [restoredBatch] = after.imports;
    const [restoredDeck] = after.decks;
    const restoredSettings = after.settings[0]?.value;
    if (!restoredBatch || !restoredDeck || !restoredSettings) throw new Error('restore lost a row');
    const slidesAfter = draftDeck(
      restoredDeck,
      restoredBatch,
      after.opportunities,
      restoredSettings,
    );
    expect(slidesAfter).toEqual(slidesBefore);
    expect(slidesAfter.length).toBe(7);
    expect(restoredDeck.slides.map((s) => s.id).slice(0, 3)).toEqual([
      'title',
      'landings-by-source',
      'landings-summary',
    ]);
    expect(restoredDeck.slides.find((s) => s.id === 'pivot')?.hidden).toBe(true);
  });

  it('restores over a different workspace, replacing it entirely', async () => {
    const source = freshDb();
    await buildWorkspace(source);
    const text = await backupText(source);
    const target = freshDb();
    await saveSettings({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 }, target);

    await restoreBackup(parseBackup(text, 'q.json'), target);

    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('leaves out the error log and this computer’s meta facts', async () => {
    const database = freshDb();
    await buildWorkspace(database);
    await database.errorLog.add({
      time: '2026-05-14T09:00:00.000Z',
      message: 'secret stack',
      stack: null,
      route: '#/deck',
      source: 'error',
    });
    const file = JSON.parse(await backupText(database)) as {
      data: { data: { tableName: string }[] };
    };

    expect(file.data.data.map((t) => t.tableName).sort()).toEqual([
      'decks',
      'imports',
      'mappingProfiles',
      'opportunities',
      'settings',
    ]);
  });

  it('keeps the previous workspace when the disk fills up during a restore', async () => {
    const source = freshDb();
    await buildWorkspace(source);
    const backup = parseBackup(await backupText(source), 'q.json');
    const target = freshDb();
    await storeImport(sample, { isSample: false, importedAt: '2026-05-15T10:00:00.000Z' }, target);
    const before = await snapshot(target);
    diskFullAtWrite(40);

    await expect(restoreBackup(backup, target)).rejects.toThrow(
      'Your disk is full: the backup was not restored; your previous data is unchanged.',
    );
    vi.restoreAllMocks();
    expect(await snapshot(target)).toEqual(before);
  });

  it('keeps the previous workspace when the backup holds the same key twice', async () => {
    const source = freshDb();
    await buildWorkspace(source);
    const file = JSON.parse(await backupText(source)) as {
      data: { data: { tableName: string; rows: unknown[] }[] };
    };
    const decks = file.data.data.find((t) => t.tableName === 'decks');
    decks?.rows.push(editedDeck());
    const target = freshDb();
    await buildWorkspace(target);
    await saveSettings({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 11 }, target);
    const before = await snapshot(target);

    await expect(
      restoreBackup(parseBackup(JSON.stringify(file), 'twice.json'), target),
    ).rejects.toThrow('Your previous data is unchanged');
    expect(await snapshot(target)).toEqual(before);
  });

  it('restores a backup made by schema version 1, completing its settings', async () => {
    const source = freshDb();
    await buildWorkspace(source);
    const file = JSON.parse(await backupText(source)) as {
      data: { databaseVersion: number; data: { tableName: string; rows: unknown[] }[] };
    };
    file.data.databaseVersion = 1;
    const settings = file.data.data.find((t) => t.tableName === 'settings');
    if (settings) settings.rows = [{ key: 'workspace', value: { fiscalYearStartMonth: 2 } }];
    const target = freshDb();

    await restoreBackup(parseBackup(JSON.stringify(file), 'v1.json'), target);

    expect(await target.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 2 },
    });
    expect(await target.opportunities.count()).toBe(sample.records.length);
  });
});

describe('a file that is not a good backup', () => {
  async function validFile(): Promise<{
    formatName: string;
    data: {
      databaseVersion: number;
      data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
    };
  }> {
    const source = freshDb();
    await buildWorkspace(source);
    return JSON.parse(await backupText(source)) as Awaited<ReturnType<typeof validFile>>;
  }

  function refusal(text: string): string {
    try {
      parseBackup(text, 'bad.json');
    } catch (error) {
      if (error instanceof BackupRefusedError) return error.message;
      throw error;
    }
    throw new Error('the file was accepted');
  }

  it('refuses text that is not JSON', () => {
    expect(refusal('{"formatName": "dexie",')).toMatch(
      /^bad\.json is not a Quarterdeck backup: it is not valid JSON \(.+\)\. Nothing was changed\.$/,
    );
  });

  it('refuses JSON that is not a Dexie export', () => {
    expect(refusal('{"name": "quarterly plan"}')).toBe(
      'bad.json is not a Quarterdeck backup: Invalid input: expected "dexie" at formatName. Nothing was changed.',
    );
  });

  it('refuses another app’s Dexie export by its tables', async () => {
    const file = await validFile();
    file.data.data.push({ tableName: 'friends', inbound: true, rows: [] });

    expect(refusal(JSON.stringify(file))).toBe(
      'bad.json is not a Quarterdeck backup: it holds a table "friends" that a Quarterdeck workspace does not have. Nothing was changed.',
    );
  });

  it('refuses a file without one of the workspace tables', async () => {
    const file = await validFile();
    file.data.data = file.data.data.filter((t) => t.tableName !== 'decks');

    expect(refusal(JSON.stringify(file))).toBe(
      'bad.json is not a Quarterdeck backup: it should hold the decks table exactly once, and holds it 0 times. Nothing was changed.',
    );
  });

  it('refuses a backup from a newer Quarterdeck', async () => {
    const file = await validFile();
    file.data.databaseVersion = 5;

    expect(refusal(JSON.stringify(file))).toMatch(
      /^bad\.json was made by a newer version of Quarterdeck \(workspace version 5; this one reads up to 4\)/,
    );
  });

  it('names the table, row and field of a record with the wrong type', async () => {
    const file = await validFile();
    const opportunities = file.data.data.find((t) => t.tableName === 'opportunities');
    const third = opportunities?.rows[2];
    if (third) third.amount = '12,400';

    expect(refusal(JSON.stringify(file))).toBe(
      'bad.json cannot be restored: row 3 of the opportunities table is not valid (field amount): expected an amount. Nothing was changed.',
    );
  });

  it('refuses an opportunity whose import is not in the file', async () => {
    const file = await validFile();
    const opportunities = file.data.data.find((t) => t.tableName === 'opportunities');
    const first = opportunities?.rows[0];
    if (first) first.batchId = 'elsewhere';

    expect(refusal(JSON.stringify(file))).toMatch(
      /^bad\.json cannot be restored: opportunity \S+ belongs to import elsewhere, which is not in the file\. Nothing was changed\.$/,
    );
  });

  it('drops special-type markers so a hostile file cannot have objects revived', async () => {
    const file = await validFile();
    const decks = file.data.data.find((t) => t.tableName === 'decks');
    const deck = decks?.rows[0];
    if (deck) deck.$types = { name: 'blob' };

    const backup = parseBackup(JSON.stringify(file), 'typed.json');

    expect(backup.decks[0]).toEqual(editedDeck());
    expect(Object.keys(backup.decks[0] ?? {})).not.toContain('$types');
  });

  it('changes nothing in the workspace when a file is refused', async () => {
    const database = freshDb();
    await buildWorkspace(database);
    const before = await snapshot(database);

    expect(() => parseBackup('not json', 'bad.json')).toThrow(BackupRefusedError);

    expect(await snapshot(database)).toEqual(before);
  });
});
