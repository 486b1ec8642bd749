import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { countRecords, readRecords } from '../../../renderer/src/data/record-pages';
import {
  DISK_FULL_MESSAGE,
  IN_APP_TARGETS_FILE,
  WorkspaceFullError,
  activeImportOf,
  clearWorkspace,
  deleteImport,
  loadSampleWorkspace,
  resetWorkspace,
  saveSettings,
  saveTargets,
  updateSettings,
  storeImport,
} from '../../../renderer/src/data/store';
import { diskFullAtWrite } from '../data/disk-full';
import { leadsImport, publishImport, targetsImport } from '../data/kind-fixture';
import type { ImportResult } from '../../../shared/import/types';
import type { Opportunity, Target } from '../../../shared/records';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate, money } from '../../../shared/units';
import { mappingProfilesTable } from '../../../renderer/src/data/mapping-profiles';

const opened: QuarterdeckDb[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const database = new QuarterdeckDb(`store-test-${counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const database of opened.splice(0)) await database.delete();
});

function opportunity(id: string, amount: number | null): Opportunity {
  return {
    id,
    name: `Deal ${id}`,
    accountId: null,
    accountName: 'Stark Inc',
    amount: amount === null ? null : money(amount),
    currency: 'USD',
    createdDate: isoDate('2026-01-15'),
    closeDate: isoDate('2026-03-31'),
    stage: 'Prospecting',
    status: 'open',
    forecastCategory: null,
    probability: 10,
    leadSource: 'Webinar',
    type: null,
    segmentRaw: null,
    employees: null,
    region: null,
    owner: null,
    leadId: null,
    primaryCampaign: null,
  };
}

/** Every record stored, in every page of every import. */
async function recordCount(database: QuarterdeckDb): Promise<number> {
  const pages = await database.recordPages.toArray();
  return pages.reduce((sum, page) => sum + page.count, 0);
}

/** The ids of every opportunity stored, sorted. */
async function storedIds(database: QuarterdeckDb): Promise<string[]> {
  const pages = await database.recordPages.toArray();
  return pages
    .flatMap((page) => page.columns.id ?? [])
    .map(String)
    .sort();
}

/** [id, amount] of every opportunity of one import, in file order. */
async function amountsOf(database: QuarterdeckDb, batchId: string): Promise<[string, unknown][]> {
  const records = await readRecords(database, batchId, 'opportunities');
  return records.map((o) => [o.id, o.amount]);
}

function result(
  fileName: string,
  records: Opportunity[],
  fatal: string | null = null,
): ImportResult {
  return {
    records,
    errors: [{ line: 9, column: 'Amount', reason: 'Amount "abc" is not a number.' }],
    fatal,
    preview: { headers: ['Opportunity ID'], rows: [] },
    summary: {
      fileName,
      format: 'salesforce-opportunities',
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Opportunity ID'],
      mapping: { id: 'Opportunity ID' },
      dateOrder: 'mdy',
      rowsRead: records.length + 1,
      imported: records.length,
      rejected: 1,
      duplicateIds: [],
      amountRead: 0,
      amountStored: 0,
      footerRecordCount: null,
      footerMatches: null,
      openWithoutAmount: [],
      undatedIds: [],
    },
  };
}

describe('storeImport', () => {
  it('stores a batch that holds every imported record', async () => {
    const database = freshDb();
    const records = [opportunity('A1', 1000), opportunity('A2', null), opportunity('A3', 250.5)];
    const id = await storeImport(
      result('pipeline.csv', records),
      { isSample: false, importedAt: '2026-04-01T09:00:00.000Z' },
      database,
    );

    const batch = await database.imports.get(id);
    expect(batch?.kind).toBe('opportunities');
    expect(batch?.fileName).toBe('pipeline.csv');
    expect(batch?.isSample).toBe(false);
    expect(batch?.importedAt).toBe('2026-04-01T09:00:00.000Z');
    expect(batch?.errors).toEqual([
      { line: 9, column: 'Amount', reason: 'Amount "abc" is not a number.' },
    ]);
    expect(await amountsOf(database, id)).toEqual([
      ['A1', 1000],
      ['A2', null],
      ['A3', 250.5],
    ]);
    const pages = await database.recordPages.toArray();
    expect(pages.map((p) => [p.batchId, p.page, p.kind, p.count])).toEqual([
      [id, 0, 'opportunities', 3],
    ]);
  });

  it('keeps the earlier import as a snapshot and makes the new one active', async () => {
    const database = freshDb();
    const mayId = await storeImport(
      result('may.csv', [opportunity('A1', 100), opportunity('A2', 200)]),
      { isSample: false, importedAt: '2026-05-01T09:00:00.000Z' },
      database,
    );
    const juneId = await storeImport(
      result('june.csv', [opportunity('A1', 150), opportunity('A3', 300)]),
      { isSample: false, importedAt: '2026-06-01T09:00:00.000Z' },
      database,
    );

    const newestFirst = await database.imports.orderBy('importedAt').reverse().toArray();
    expect(newestFirst.map((b) => b.fileName)).toEqual(['june.csv', 'may.csv']);
    expect((await activeImportOf('opportunities', database))?.id).toBe(juneId);
    expect(await amountsOf(database, mayId)).toEqual([
      ['A1', 100],
      ['A2', 200],
    ]);
    expect(await amountsOf(database, juneId)).toEqual([
      ['A1', 150],
      ['A3', 300],
    ]);
  });

  it('deletes the sample when real data arrives: the sample is never a snapshot', async () => {
    const database = freshDb();
    const sampleId = await storeImport(
      result('sample.csv', [opportunity('S1', 5)]),
      { isSample: true, importedAt: '2026-04-01T09:00:00.000Z' },
      database,
    );
    const id = await storeImport(
      result('real.csv', [opportunity('R1', 7), opportunity('R2', 9)]),
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );

    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([id]);
    expect(await countRecords(database, sampleId)).toBe(0);
    expect(await storedIds(database)).toEqual(['R1', 'R2']);
  });

  it('keeps the 12 newest imports and deletes the oldest with its pages', async () => {
    const database = freshDb();
    const ids: string[] = [];
    for (let month = 1; month <= 13; month++) {
      const mm = String(month).padStart(2, '0');
      const importedAt = month <= 12 ? `2025-${mm}-01T09:00:00.000Z` : '2026-01-01T09:00:00.000Z';
      ids.push(
        await storeImport(
          result(`export-${mm}.csv`, [opportunity('A1', month), opportunity('A2', 1)]),
          { isSample: false, importedAt },
          database,
        ),
      );
    }

    expect(await database.imports.count()).toBe(12);
    expect(await database.imports.get(ids[0] ?? '')).toBeUndefined();
    expect(await countRecords(database, ids[0] ?? '')).toBe(0);
    expect(await database.recordPages.count()).toBe(12);
    expect(await recordCount(database)).toBe(24);
    const oldest = await database.imports.orderBy('importedAt').first();
    expect(oldest?.fileName).toBe('export-02.csv');
    const newest = await database.imports.orderBy('importedAt').last();
    expect(newest?.fileName).toBe('export-13.csv');
  });

  it('leaves the previous data untouched when a write fails half-way', async () => {
    const database = freshDb();
    const firstId = await storeImport(
      result('first.csv', [opportunity('F1', 100), opportunity('F2', 200)]),
      { isSample: false, importedAt: '2026-04-01T09:00:00.000Z' },
      database,
    );
    // A value IndexedDB cannot store (a function) fails the page's write, after the batch row
    // was added and the earlier import's place settled.
    const unstorable = { ...opportunity('B2', 2), name: () => 'B2' };
    const broken = result('broken.csv', [
      opportunity('B1', 1),
      unstorable as unknown as Opportunity,
    ]);

    await expect(
      storeImport(broken, { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' }, database),
    ).rejects.toThrow();

    expect((await database.imports.toArray()).map((b) => [b.id, b.fileName])).toEqual([
      [firstId, 'first.csv'],
    ]);
    expect(await storedIds(database)).toEqual(['F1', 'F2']);
  });

  it('rolls back and says the disk is full when a write hits the quota half-way', async () => {
    const database = freshDb();
    await saveSettings({ ...DEFAULT_SETTINGS, period: 'FY2026-Q1' }, database);
    const firstId = await storeImport(
      result('first.csv', [opportunity('F1', 100), opportunity('F2', 200)]),
      { isSample: false, importedAt: '2026-04-01T09:00:00.000Z' },
      database,
    );
    await saveSettings({ ...DEFAULT_SETTINGS, period: 'FY2026-Q1' }, database);
    const big = result(
      'big.csv',
      Array.from({ length: 50 }, (_, i) => opportunity(`N${i}`, i)),
    );
    // Write 1 is the batch; the quota runs out on its one page of 50 opportunities.
    diskFullAtWrite(2);

    const failure = storeImport(
      big,
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );

    await expect(failure).rejects.toBeInstanceOf(WorkspaceFullError);
    await expect(failure).rejects.toThrow(
      'Your disk is full: the import was not stored; your previous data is unchanged. Free some space and try again.',
    );
    expect(DISK_FULL_MESSAGE).toMatch(/^Your disk is full/);
    expect((await database.imports.toArray()).map((b) => [b.id, b.fileName])).toEqual([
      [firstId, 'first.csv'],
    ]);
    expect(await storedIds(database)).toEqual(['F1', 'F2']);
    expect((await database.settings.get('workspace'))?.value.period).toBe('FY2026-Q1');
  });

  it('refuses a fatal result and stores nothing', async () => {
    const database = freshDb();
    const fatal = result('empty.csv', [], 'The file is empty.');

    await expect(
      storeImport(fatal, { isSample: false, importedAt: '2026-04-01T09:00:00.000Z' }, database),
    ).rejects.toThrow('This file cannot be imported: The file is empty.');

    expect(await database.imports.count()).toBe(0);
    expect(await database.recordPages.count()).toBe(0);
  });

  it('refuses a result with no records', async () => {
    const database = freshDb();

    await expect(
      storeImport(
        result('none.csv', []),
        { isSample: false, importedAt: '2026-04-01T09:00:00.000Z' },
        database,
      ),
    ).rejects.toThrow('no opportunities');
    expect(await database.imports.count()).toBe(0);
  });

  it('forgets a pinned as-of date and period when new data arrives, keeping the fiscal year', async () => {
    const database = freshDb();
    await saveSettings(
      {
        ...DEFAULT_SETTINGS,
        fiscalYearStartMonth: 2,
        asOf: isoDate('2025-12-31'),
        period: 'FY2026-Q4',
        demandSourceTable: { 'purchased list': 'sales' },
      },
      database,
    );

    await storeImport(
      result('real.csv', [opportunity('R1', 7)]),
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );

    const row = await database.settings.get('workspace');
    expect(row?.value.asOf).toBeNull();
    expect(row?.value.period).toBeNull();
    expect(row?.value.fiscalYearStartMonth).toBe(2);
    expect(row?.value.demandSourceTable).toEqual({ 'purchased list': 'sales' });
  });
});

describe('saveSettings', () => {
  it('keeps one settings row under the key workspace', async () => {
    const database = freshDb();
    await saveSettings({ ...DEFAULT_SETTINGS, useCrmProbability: true }, database);
    await saveSettings({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 }, database);

    const rows = await database.settings.toArray();
    expect(
      rows.map((r) => [r.key, r.value.fiscalYearStartMonth, r.value.useCrmProbability]),
    ).toEqual([['workspace', 7, false]]);
  });
});

describe('clearWorkspace', () => {
  it('removes the decks written about the data too', async () => {
    const database = freshDb();
    await storeImport(
      result('real.csv', [opportunity('R1', 7)]),
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );
    await database.decks.put(createDefaultDeck('mbr', '2026-04-02T09:01:00.000Z'));

    await clearWorkspace(database);

    expect(await database.decks.count()).toBe(0);
  });

  it('removes every import and opportunity but keeps the organisation settings', async () => {
    const database = freshDb();
    await saveSettings(
      { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4, period: 'FY2027-Q1' },
      database,
    );
    await storeImport(
      result('real.csv', [opportunity('R1', 7)]),
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );
    await saveSettings(
      { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4, period: 'FY2027-Q1' },
      database,
    );

    await clearWorkspace(database);

    expect(await database.imports.count()).toBe(0);
    expect(await database.recordPages.count()).toBe(0);
    const row = await database.settings.get('workspace');
    expect(row?.value.fiscalYearStartMonth).toBe(4);
    expect(row?.value.period).toBeNull();
  });
});

describe('resetWorkspace', () => {
  it('deletes every import, opportunity, setting, deck and saved mapping, and keeps the error log', async () => {
    const database = freshDb();
    await saveSettings({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4 }, database);
    await storeImport(
      result('real.csv', [opportunity('R1', 7)]),
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );
    await database.decks.put(createDefaultDeck('mbr', '2026-04-02T09:01:00.000Z'));
    await database.errorLog.add({
      time: '2026-04-02T09:02:00.000Z',
      message: 'boom',
      stack: null,
      route: '#/deck',
      source: 'error',
    });

    await mappingProfilesTable(database).put({
      quarterdeckMapping: 1,
      name: 'Odd CRM',
      kind: 'opportunities',
      headers: ['Deal #'],
      mapping: { id: 'Deal #' },
    });

    await resetWorkspace(database);

    expect(await mappingProfilesTable(database).count()).toBe(0);
    expect(await database.imports.count()).toBe(0);
    expect(await database.recordPages.count()).toBe(0);
    expect(await database.settings.count()).toBe(0);
    expect(await database.decks.count()).toBe(0);
    expect(await database.errorLog.count()).toBe(1);
  });
});

describe('loadSampleWorkspace', () => {
  it('stores the generated sample as a batch flagged as sample', async () => {
    const database = freshDb();
    const id = await loadSampleWorkspace(isoDate('2026-05-14'), database);

    const batch = await database.imports.get(id);
    expect(batch?.isSample).toBe(true);
    const count = await countRecords(database, id);
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(batch?.summary.imported);
  });
});

describe('updateSettings', () => {
  it('keeps both of two quick changes made before either was read back', async () => {
    const database = freshDb();
    await Promise.all([
      updateSettings((current) => ({ ...current, useCrmProbability: true }), database),
      updateSettings(
        (current) => ({
          ...current,
          demandSourceTable: { ...current.demandSourceTable, 'purchased list': 'sales' },
        }),
        database,
      ),
      updateSettings(
        (current) => ({
          ...current,
          demandSourceTable: { ...current.demandSourceTable, webinar: 'tele' },
        }),
        database,
      ),
    ]);
    const row = await database.settings.get('workspace');
    expect(row?.value.useCrmProbability).toBe(true);
    expect(row?.value.demandSourceTable).toEqual({ 'purchased list': 'sales', webinar: 'tele' });
  });

  it('starts from the defaults when nothing is stored yet', async () => {
    const database = freshDb();
    const next = await updateSettings((current) => ({ ...current, lookbackDays: 90 }), database);
    expect(next).toEqual({ ...DEFAULT_SETTINGS, lookbackDays: 90 });
  });
});

describe('a new import and the deck', () => {
  it('returns hand-written headlines and notes to the drafts but keeps order and hidden slides', async () => {
    const database = freshDb();
    await storeImport(
      result('may.csv', [opportunity('A', 100)]),
      { isSample: false, importedAt: 'T1' },
      database,
    );
    const deck = createDefaultDeck('mbr', 'T1');
    const [first, second, ...rest] = deck.slides;
    if (!first || !second) throw new Error('the default deck has slides');
    await database.decks.put({
      ...deck,
      slides: [
        { ...second, headline: 'We beat the plan', notes: 'Say it twice' },
        { ...first, hidden: true },
        ...rest,
      ],
    });

    await storeImport(
      result('june.csv', [opportunity('B', 200)]),
      { isSample: false, importedAt: 'T2' },
      database,
    );

    const stored = await database.decks.get('mbr');
    expect(stored?.slides.map((s) => [s.kind, s.hidden, s.headline, s.notes]).slice(0, 2)).toEqual([
      [second.kind, false, null, null],
      [first.kind, true, null, null],
    ]);
  });
});

describe('the batch remembers its data date', () => {
  it('stores the latest created or closed date so the top bar reads no records', async () => {
    const database = freshDb();
    const early = opportunity('A', 100);
    const won = {
      ...opportunity('B', 200),
      status: 'won' as const,
      closeDate: isoDate('2026-04-02'),
    };
    await storeImport(
      result('may.csv', [early, won]),
      { isSample: false, importedAt: 'T1' },
      database,
    );
    const [batch] = await database.imports.toArray();
    // Created 2026-01-15 for both; B was won on 2026-04-02; A's close date is only a plan.
    expect(batch?.dataAsOf).toBe('2026-04-02');
  });
});

describe('deleteImport', () => {
  async function threeImports(database: QuarterdeckDb): Promise<[string, string, string]> {
    const a = await storeImport(
      result('april.csv', [opportunity('A', 100)]),
      { isSample: false, importedAt: '2026-04-01T09:00:00.000Z' },
      database,
    );
    const b = await storeImport(
      result('may.csv', [opportunity('A', 110), opportunity('B', 50)]),
      { isSample: false, importedAt: '2026-05-01T09:00:00.000Z' },
      database,
    );
    const c = await storeImport(
      result('june.csv', [opportunity('A', 120), opportunity('C', 70)]),
      { isSample: false, importedAt: '2026-06-01T09:00:00.000Z' },
      database,
    );
    return [a, b, c];
  }

  it('makes the previous import active when the active one is deleted, and forgets the pinned period', async () => {
    const database = freshDb();
    const [, may, june] = await threeImports(database);
    await saveSettings({ ...DEFAULT_SETTINGS, period: 'FY2026-Q2' }, database);

    const active = await deleteImport(june, database);

    expect(active).toBe(may);
    expect((await database.imports.orderBy('importedAt').last())?.fileName).toBe('may.csv');
    expect(await countRecords(database, june)).toBe(0);
    expect(await recordCount(database)).toBe(3);
    expect((await database.settings.get('workspace'))?.value.period).toBeNull();
  });

  it('deletes a snapshot without touching the active data or the pinned period', async () => {
    const database = freshDb();
    const [april, , june] = await threeImports(database);
    await saveSettings({ ...DEFAULT_SETTINGS, period: 'FY2026-Q2' }, database);

    const active = await deleteImport(april, database);

    expect(active).toBe(june);
    expect((await database.imports.toArray()).map((b) => b.fileName).sort()).toEqual([
      'june.csv',
      'may.csv',
    ]);
    expect(await recordCount(database)).toBe(4);
    expect((await database.settings.get('workspace'))?.value.period).toBe('FY2026-Q2');
  });

  it('returns to the empty first-run state when the only import is deleted', async () => {
    const database = freshDb();
    await saveSettings(
      { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4, period: 'FY2027-Q1' },
      database,
    );
    const id = await storeImport(
      result('real.csv', [opportunity('R1', 7)]),
      { isSample: false, importedAt: '2026-04-02T09:00:00.000Z' },
      database,
    );
    await saveSettings(
      { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4, period: 'FY2027-Q1' },
      database,
    );
    await database.decks.put(createDefaultDeck('mbr', '2026-04-02T09:01:00.000Z'));

    const active = await deleteImport(id, database);

    expect(active).toBeNull();
    expect(await database.imports.count()).toBe(0);
    expect(await database.recordPages.count()).toBe(0);
    expect(await database.decks.count()).toBe(0);
    const row = await database.settings.get('workspace');
    expect(row?.value.fiscalYearStartMonth).toBe(4);
    expect(row?.value.period).toBeNull();
  });

  it('says so and changes nothing when the import is already gone', async () => {
    const database = freshDb();
    await threeImports(database);

    await expect(deleteImport('no-such-batch', database)).rejects.toThrow(
      'This import was already deleted.',
    );
    expect(await database.imports.count()).toBe(3);
    expect(await recordCount(database)).toBe(5);
  });
});

describe('imports of other kinds', () => {
  const LEADS = [
    ['L1', '2026-03-02'],
    ['L2', '2026-04-09'],
  ] as const;

  /** A real opportunities import, confirmed on `importedAt`. */
  async function pipeline(database: QuarterdeckDb, importedAt: string): Promise<string> {
    return storeImport(
      result('pipeline.csv', [opportunity('A', 100), opportunity('B', 50)]),
      { isSample: false, importedAt },
      database,
    );
  }

  it('keeps the opportunities import active and intact when leads arrive', async () => {
    const database = freshDb();
    const opportunitiesId = await pipeline(database, '2026-04-01T09:00:00.000Z');

    const leads = leadsImport('leads.csv', LEADS);
    const leadsId = await publishImport(database, leads, '2026-04-02T09:00:00.000Z');

    expect((await activeImportOf('opportunities', database))?.id).toBe(opportunitiesId);
    expect((await activeImportOf('leads', database))?.id).toBe(leadsId);
    expect(await database.imports.count()).toBe(2);
    expect(await amountsOf(database, opportunitiesId)).toEqual([
      ['A', 100],
      ['B', 50],
    ]);
    expect((await readRecords(database, leadsId, 'leads')).map((l) => l.id)).toEqual(['L1', 'L2']);
  });

  it('keeps the 12 newest imports of a kind, whatever the other kinds hold', async () => {
    const database = freshDb();
    // The oldest import of all: a global limit would drop it first.
    const opportunitiesId = await pipeline(database, '2024-12-01T09:00:00.000Z');
    const ids: string[] = [];
    for (let month = 1; month <= 13; month++) {
      const mm = String(month).padStart(2, '0');
      const importedAt = month <= 12 ? `2025-${mm}-01T09:00:00.000Z` : '2026-01-01T09:00:00.000Z';
      ids.push(await publishImport(database, leadsImport(`leads-${mm}.csv`, LEADS), importedAt));
    }

    const leadsImports = (await database.imports.orderBy('importedAt').toArray()).filter(
      (b) => b.kind === 'leads',
    );
    expect(leadsImports.map((b) => b.fileName)).toEqual(
      ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'].map(
        (mm) => `leads-${mm}.csv`,
      ),
    );
    expect(await database.imports.get(ids[0] ?? '')).toBeUndefined();
    expect(await countRecords(database, ids[0] ?? '')).toBe(0);
    expect((await activeImportOf('leads', database))?.id).toBe(ids[12]);
    expect((await activeImportOf('opportunities', database))?.id).toBe(opportunitiesId);
    expect(await countRecords(database, opportunitiesId)).toBe(2);
    // 12 leads imports of 2 leads, and the 2 opportunities.
    expect(await recordCount(database)).toBe(26);
  });

  it('makes the previous leads import active when the active one is deleted, the opportunities staying', async () => {
    const database = freshDb();
    const april = await publishImport(database, leadsImport('april.csv', LEADS), 'T1');
    const may = await publishImport(database, leadsImport('may.csv', [['L3', '2026-05-04']]), 'T2');
    // The newest import of all is of another kind.
    const opportunitiesId = await pipeline(database, 'T3');

    const active = await deleteImport(may, database);

    expect(active).toBe(april);
    expect((await activeImportOf('leads', database))?.id).toBe(april);
    expect((await activeImportOf('opportunities', database))?.id).toBe(opportunitiesId);
    expect(await countRecords(database, may)).toBe(0);
    expect(await countRecords(database, april)).toBe(2);
    expect(await countRecords(database, opportunitiesId)).toBe(2);
  });

  it('keeps the opportunities and the deck when the only leads import is deleted', async () => {
    const database = freshDb();
    const opportunitiesId = await pipeline(database, 'T1');
    const leadsId = await publishImport(database, leadsImport('leads.csv', LEADS), 'T2');
    await database.decks.put(createDefaultDeck('mbr', 'T3'));

    const active = await deleteImport(leadsId, database);

    expect(active).toBeNull();
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([opportunitiesId]);
    expect(await database.decks.count()).toBe(1);
  });

  it('deletes the sample when real leads arrive: the sample never mixes with real data', async () => {
    const database = freshDb();
    const sampleId = await loadSampleWorkspace(isoDate('2026-05-14'), database);

    const leadsId = await publishImport(database, leadsImport('leads.csv', LEADS), 'T9');

    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([leadsId]);
    expect(await countRecords(database, sampleId)).toBe(0);
    expect(await activeImportOf('opportunities', database)).toBeUndefined();
  });
});

describe('saveTargets', () => {
  function target(period: string, amount: number): Target {
    return {
      period,
      demandSource: 'marketing',
      segment: 'all',
      kind: 'pipeline',
      amount: money(amount),
    };
  }

  it('stores targets typed in the app as an import, then edits them in place', async () => {
    const database = freshDb();
    const first = await saveTargets([target('FY2026-Q3', 100000)], database);

    const second = await saveTargets(
      [target('FY2026-Q3', 120000), target('FY2026-Q4', 80000)],
      database,
    );

    expect(second).toBe(first);
    const imports = await database.imports.toArray();
    expect(imports.map((b) => [b.id, b.kind, b.fileName, b.isSample])).toEqual([
      [first, 'targets', IN_APP_TARGETS_FILE, false],
    ]);
    expect(imports[0]?.summary).toMatchObject({ rowsRead: 2, imported: 2, amountStored: 200000 });
    expect(await readRecords(database, first, 'targets')).toEqual([
      target('FY2026-Q3', 120000),
      target('FY2026-Q4', 80000),
    ]);
    expect(await database.recordPages.count()).toBe(1);
  });

  it('saves over a targets file as a new import, keeping the file as a snapshot', async () => {
    const database = freshDb();
    const file = targetsImport('targets.csv', [['FY2026-Q3', 90000]]);
    const fileId = await publishImport(database, file, '2026-05-15T09:00:00.000Z');

    const typed = await saveTargets([target('FY2026-Q3', 95000)], database);
    const edited = await saveTargets([target('FY2026-Q3', 97000)], database);

    expect(typed).not.toBe(fileId);
    expect(edited).toBe(typed);
    expect((await activeImportOf('targets', database))?.id).toBe(typed);
    expect((await database.imports.orderBy('importedAt').toArray()).map((b) => b.fileName)).toEqual(
      ['targets.csv', IN_APP_TARGETS_FILE],
    );
    expect(await readRecords(database, fileId, 'targets')).toEqual([target('FY2026-Q3', 90000)]);
    expect(await readRecords(database, typed, 'targets')).toEqual([target('FY2026-Q3', 97000)]);
  });
});
