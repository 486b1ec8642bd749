import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Opportunity } from '../../../shared/records';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { QuarterdeckDb, type StoredOpportunity } from '../../../renderer/src/data/db';
import { readRecords } from '../../../renderer/src/data/record-pages';
import { WORKSPACE_TABLES } from '../../../renderer/src/data/schema';
import {
  activeImportOf,
  resetWorkspace,
  saveSettings,
  storeImport,
} from '../../../renderer/src/data/store';
import {
  BackupRefusedError,
  backupFileName,
  parseBackup,
} from '../../../renderer/src/backup/backup-file';
import { createBackup, restoreBackup } from '../../../renderer/src/backup/workspace-backup';
import { diskFullAtWrite } from './disk-full';
import { leadsImport, publishImport } from './kind-fixture';
import {
  CUSTOM_SETTINGS,
  draftDeck,
  editedDeck,
  sampleImport,
  storedRows,
} from './workspace-fixture';

const opened: QuarterdeckDb[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const database = new QuarterdeckDb(`backup-test-${counter}`);
  opened.push(database);
  return database;
}

const legacyNames: string[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const database of opened.splice(0)) await database.delete();
  for (const name of legacyNames.splice(0)) await Dexie.delete(name);
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
    recordPages: await database.recordPages.orderBy('[batchId+page]').toArray(),
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
    const recordsBefore = await readRecords(database, batch.id, 'opportunities');
    const slidesBefore = draftDeck(editedDeck(), batch, recordsBefore, CUSTOM_SETTINGS);
    const text = await backupText(database);

    await resetWorkspace(database);
    expect(await database.recordPages.count()).toBe(0);
    await restoreBackup(parseBackup(text, 'q.json'), database);

    const after = await snapshot(database);
    expect(after).toEqual(before);
    expect(after.decks).toEqual([editedDeck()]);
    expect(after.settings).toEqual([{ key: 'workspace', value: CUSTOM_SETTINGS }]);
    const [restoredBatch] = after.imports;
    const [restoredDeck] = after.decks;
    const restoredSettings = after.settings[0]?.value;
    if (!restoredBatch || !restoredDeck || !restoredSettings) throw new Error('restore lost a row');
    const recordsAfter = await readRecords(database, restoredBatch.id, 'opportunities');
    expect(recordsAfter).toEqual(sample.records);
    const slidesAfter = draftDeck(restoredDeck, restoredBatch, recordsAfter, restoredSettings);
    expect(slidesAfter).toEqual(slidesBefore);
    expect(slidesAfter.length).toBe(14);
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
      'recordPages',
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
    // The tables are cleared, write 1 is the import row, and the quota runs out on its page.
    diskFullAtWrite(2);

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
    const text = await legacyBackupText(1, [['batch-v1', sample.records]], {
      fiscalYearStartMonth: 2,
    });
    const target = freshDb();

    await restoreBackup(parseBackup(text, 'v1.json'), target);

    expect(await target.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 2 },
    });
    expect(await readRecords(target, 'batch-v1', 'opportunities')).toHaveLength(1500);
  });

  it('gives an import of a version 1 backup its latest date, as opening that workspace in place does', async () => {
    const text = await legacyBackupText(1, [['batch-v1', sample.records]], {});
    const target = freshDb();

    await restoreBackup(parseBackup(text, 'v1.json'), target);

    // The sample is generated as of 14 May 2026: its latest date is that day.
    expect((await target.imports.get('batch-v1'))?.dataAsOf).toBe('2026-05-14');
  });

  it('restores a backup made before schema version 5 into pages, with the same records per import', async () => {
    const may = sample.records.slice(0, 3).map((r) => ({ ...r, id: `may-${r.id}` }));
    const text = await legacyBackupText(
      4,
      [
        ['batch-april', sample.records],
        ['batch-may', may],
      ],
      CUSTOM_SETTINGS,
    );
    const target = freshDb();

    await restoreBackup(parseBackup(text, 'v4.json'), target);

    // The old table kept each import's opportunities in id order, and so does the file.
    expect(await readRecords(target, 'batch-april', 'opportunities')).toEqual(byId(sample.records));
    expect(await readRecords(target, 'batch-may', 'opportunities')).toEqual(byId(may));
    const pages = await target.recordPages.orderBy('[batchId+page]').toArray();
    expect(pages.map((p) => [p.batchId, p.page, p.kind, p.count])).toEqual([
      ['batch-april', 0, 'opportunities', 1500],
      ['batch-may', 0, 'opportunities', 3],
    ]);
    expect(
      (await target.imports.orderBy('importedAt').toArray()).map((b) => [b.id, b.kind]),
    ).toEqual([
      ['batch-april', 'opportunities'],
      ['batch-may', 'opportunities'],
    ]);
    expect(await target.settings.get('workspace')).toEqual({
      key: 'workspace',
      value: CUSTOM_SETTINGS,
    });
    expect(await target.decks.toArray()).toEqual([editedDeck()]);
  });

  it('restores imports of every kind, each active in its own kind', async () => {
    const source = freshDb();
    const opportunitiesId = await storeImport(
      sample,
      { isSample: false, importedAt: '2026-05-14T09:00:00.000Z' },
      source,
    );
    const leads = leadsImport('leads.csv', [
      ['L1', '2026-03-02'],
      ['L2', '2026-04-09'],
    ]);
    const leadsId = await publishImport(source, leads, '2026-05-15T09:00:00.000Z');
    await saveSettings(CUSTOM_SETTINGS, source);
    const text = await backupText(source);
    const target = freshDb();

    await restoreBackup(parseBackup(text, 'q.json'), target);

    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect((await activeImportOf('opportunities', target))?.id).toBe(opportunitiesId);
    expect((await activeImportOf('leads', target))?.id).toBe(leadsId);
    expect(await readRecords(target, leadsId, 'leads')).toEqual(leads.records);
    expect(await readRecords(target, opportunitiesId, 'opportunities')).toEqual(sample.records);
  });
});

// Schema versions 1 to 4 as released (frozen, as migrations.test.ts keeps them).
const LEGACY_SCHEMA: readonly (readonly [number, Record<string, string>])[] = [
  [
    1,
    {
      imports: 'id, importedAt',
      opportunities: '[batchId+id], batchId',
      settings: 'key',
      decks: 'id, updatedAt',
    },
  ],
  [2, { errorLog: '++id, time', meta: 'key' }],
  [3, { stagingBatches: 'id', stagingRecords: '[batchId+seq]' }],
  [4, { mappingProfiles: 'name' }],
];

/**
 * The backup a build of schema `version` (1 to 4) made of a workspace holding one import per
 * `[batchId, records]` (a day apart, in that order), the settings and the edited deck, one row per opportunity.
 */
async function legacyBackupText(
  version: number,
  batches: readonly (readonly [string, readonly Opportunity[]])[],
  settings: object,
): Promise<string> {
  counter += 1;
  const name = `backup-legacy-${counter}`;
  legacyNames.push(name);
  const old = new Dexie(name);
  for (const [v, stores] of LEGACY_SCHEMA.filter(([v]) => v <= version)) {
    old.version(v).stores(stores);
  }
  for (const [index, [batchId, records]] of batches.entries()) {
    const { batch } = storedRows({ ...sample, records: [...records] }, batchId);
    await old.table('imports').add({ ...batch, importedAt: `2026-05-1${index}T08:30:00.000Z` });
    const rows: StoredOpportunity[] = records.map((record) => ({ ...record, batchId }));
    await old.table('opportunities').bulkAdd(rows);
  }
  await old.table('settings').put({ key: 'workspace', value: settings });
  await old.table('decks').put(editedDeck());
  const workspace = new Set<string>([...WORKSPACE_TABLES, 'opportunities']);
  const skipTables = old.tables.map((t) => t.name).filter((table) => !workspace.has(table));
  const text = await (await exportDB(old, { skipTables })).text();
  old.close();
  return text;
}

/** Records in the order IndexedDB keeps string keys (UTF-16 code units). */
function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('a file that is not a good backup', () => {
  async function validFile(options: { withLeads?: boolean } = {}): Promise<{
    formatName: string;
    data: {
      databaseVersion: number;
      data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
    };
  }> {
    const source = freshDb();
    await buildWorkspace(source);
    if (options.withLeads === true) {
      // Real opportunities (a real leads import would drop the sample's), then leads.
      await storeImport(
        sample,
        { isSample: false, importedAt: '2026-05-14T09:00:00.000Z' },
        source,
      );
      const leads = leadsImport('leads.csv', [
        ['L1', '2026-03-02'],
        ['L2', '2026-04-09'],
      ]);
      await publishImport(source, leads, '2026-05-15T09:00:00.000Z');
    }
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
    file.data.databaseVersion = 7;

    expect(refusal(JSON.stringify(file))).toMatch(
      /^bad\.json was made by a newer version of Quarterdeck \(workspace version 7; this one reads up to 6\)/,
    );
  });

  it('names the table, row and field of a record with the wrong type', async () => {
    const file = await validFile();
    const page = file.data.data.find((t) => t.tableName === 'recordPages')?.rows[0];
    // Pages hold records by column: the third record's amount is the amount column's third value.
    const amounts = (page?.columns as Record<string, unknown[]> | undefined)?.amount;
    if (amounts) amounts[2] = '12,400';

    expect(refusal(JSON.stringify(file))).toBe(
      'bad.json cannot be restored: row 1 of the recordPages table is not valid (field records[2].amount): expected an amount. Nothing was changed.',
    );
  });

  it('refuses a page whose column holds more values than the page has records', async () => {
    const file = await validFile();
    const page = file.data.data.find((t) => t.tableName === 'recordPages')?.rows[0];
    const ids = (page?.columns as Record<string, unknown[]> | undefined)?.id;
    ids?.push('006-extra');

    expect(refusal(JSON.stringify(file))).toBe(
      'bad.json cannot be restored: row 1 of the recordPages table is not valid (field columns.id): holds 1501 values for 1500 records. Nothing was changed.',
    );
  });

  it('checks every record of a page by the schema of its kind', async () => {
    const file = await validFile({ withLeads: true });
    const pages = file.data.data.find((t) => t.tableName === 'recordPages')?.rows ?? [];
    const leadsAt = pages.findIndex((p) => p.kind === 'leads');
    const created = (pages[leadsAt]?.columns as Record<string, unknown[]> | undefined)?.createdDate;
    // A date an opportunity could lack, but a lead must have.
    if (created) created[1] = null;

    expect(leadsAt).toBeGreaterThanOrEqual(0);
    expect(refusal(JSON.stringify(file))).toMatch(
      new RegExp(
        `^bad\\.json cannot be restored: row ${leadsAt + 1} of the recordPages table is not valid \\(field records\\[1\\]\\.createdDate\\): .+\\. Nothing was changed\\.$`,
      ),
    );
  });

  it('refuses a page whose import is not in the file', async () => {
    const file = await validFile();
    const first = file.data.data.find((t) => t.tableName === 'recordPages')?.rows[0];
    if (first) first.batchId = 'elsewhere';

    expect(refusal(JSON.stringify(file))).toBe(
      'bad.json cannot be restored: page 1 of opportunities records belongs to import elsewhere, which is not in the file. Nothing was changed.',
    );
  });

  it('refuses a page that points at an import of another kind', async () => {
    const file = await validFile({ withLeads: true });
    const imports = file.data.data.find((t) => t.tableName === 'imports')?.rows ?? [];
    const opportunitiesId = imports.find((b) => b.kind === 'opportunities')?.id;
    const leadsPage = file.data.data
      .find((t) => t.tableName === 'recordPages')
      ?.rows.find((p) => p.kind === 'leads');
    if (leadsPage) leadsPage.batchId = opportunitiesId;

    expect(typeof opportunitiesId).toBe('string');
    expect(refusal(JSON.stringify(file))).toBe(
      `bad.json cannot be restored: page 1 of import ${String(opportunitiesId)} holds leads records, but that import is of opportunities. Nothing was changed.`,
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
