import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { activeImports } from '../../../renderer/src/data/active-imports';
import { countRecords, readRecords } from '../../../renderer/src/data/record-pages';
import { DISCARDED_MESSAGE } from '../../../renderer/src/data/stage-pages';
import { stagingBatches } from '../../../renderer/src/data/staging';
import { loadSampleWorkspace, saveSettings, storeImport } from '../../../renderer/src/data/store';
import { importOpportunities, importRecords } from '../../../shared/import';
import { generateSampleWorkspace, SAMPLE_KINDS } from '../../../shared/sample';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate } from '../../../shared/units';
import { leadsImport, publishImport } from './kind-fixture';
import { sampleImport } from './workspace-fixture';

const opened: QuarterdeckDb[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const database = new QuarterdeckDb(`sample-workspace-test-${counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const TODAY = isoDate('2026-05-14');

describe('loadSampleWorkspace, staged then published', () => {
  it('stores one batch of every kind, flagged as sample, all as of the same moment', async () => {
    const database = freshDb();
    await loadSampleWorkspace(TODAY, database);
    const batches = await database.imports.toArray();
    expect(new Set(batches.map((b) => b.kind))).toEqual(new Set(SAMPLE_KINDS));
    for (const batch of batches) {
      expect(batch.isSample, batch.kind).toBe(true);
      expect(batch.errors, batch.kind).toEqual([]);
      expect(batch.importedAt, batch.kind).toBe(batches[0]?.importedAt);
    }
  });

  it('stores the records and summaries the one-shot importers make of the generated files', async () => {
    const database = freshDb();
    await loadSampleWorkspace(TODAY, database);
    const active = activeImports(await database.imports.toArray());
    const files = generateSampleWorkspace({ anchorDate: TODAY });
    for (const kind of SAMPLE_KINDS) {
      const batch = active[kind];
      const bytes = new TextEncoder().encode(files[kind].csv);
      const expected =
        kind === 'opportunities'
          ? importOpportunities(bytes, { fileName: files[kind].fileName })
          : importRecords(kind, bytes, { fileName: files[kind].fileName });
      expect(batch?.fileName, kind).toBe(files[kind].fileName);
      expect(batch?.summary, kind).toEqual(expected.summary);
      expect(await readRecords(database, batch?.id ?? '', kind), kind).toEqual(expected.records);
    }
  });

  it("dates the dated kinds no later than the opportunities' latest date", async () => {
    const database = freshDb();
    await loadSampleWorkspace(TODAY, database);
    const active = activeImports(await database.imports.toArray());
    const latest = active.opportunities?.dataAsOf;
    expect(latest).toBe('2026-05-14');
    for (const kind of ['leads', 'touchpoints', 'meetings'] as const) {
      expect((active[kind]?.dataAsOf ?? '9999') <= (latest ?? ''), kind).toBe(true);
    }
  });

  it('leaves no staging batch behind, and reports progress from 0 up to 1', async () => {
    const database = freshDb();
    const heard: number[] = [];
    await loadSampleWorkspace(TODAY, database, (fraction) => heard.push(fraction));
    expect(await stagingBatches(database).count()).toBe(0);
    expect(heard[0]).toBe(0);
    expect(heard.at(-1)).toBe(1);
    expect(heard.every((fraction, at) => at === 0 || fraction >= (heard[at - 1] ?? 0))).toBe(true);
  });

  it('leaves the workspace as it was when its staging is discarded part-way', async () => {
    const database = freshDb();
    const realId = await storeImport(
      sampleImport(),
      { isSample: false, importedAt: '2026-05-01T08:00:00.000Z' },
      database,
    );
    const pagesBefore = await database.recordPages.count();
    let discarded = false;
    const load = loadSampleWorkspace(TODAY, database, (fraction) => {
      // Once the files are generated, before any kind is written: as a reset would.
      if (fraction > 0 && !discarded) {
        discarded = true;
        void stagingBatches(database).clear();
      }
    });
    await expect(load).rejects.toThrow(DISCARDED_MESSAGE);
    expect((await database.imports.toArray()).map((b) => b.id)).toEqual([realId]);
    expect(await database.recordPages.count()).toBe(pagesBefore);
    expect(await stagingBatches(database).count()).toBe(0);
  });
});

describe('loadSampleWorkspace', () => {
  it('stores every kind as its active import, each with all its records', async () => {
    const database = freshDb();
    const id = await loadSampleWorkspace(TODAY, database);
    const batches = await database.imports.toArray();
    expect(batches).toHaveLength(8);
    const active = activeImports(batches);
    expect(active.opportunities?.id).toBe(id);
    for (const kind of SAMPLE_KINDS) {
      const batch = active[kind];
      expect(batch?.isSample, kind).toBe(true);
      expect(await countRecords(database, batch?.id ?? ''), kind).toBe(batch?.summary.imported);
    }
    expect(await countRecords(database, active.touchpoints?.id ?? '')).toBe(17985);
    expect(await countRecords(database, active.leads?.id ?? '')).toBe(7973);
  });

  it('replaces an earlier sample rather than keeping two', async () => {
    const database = freshDb();
    await loadSampleWorkspace(TODAY, database);
    await loadSampleWorkspace(isoDate('2026-05-15'), database);
    const batches = await database.imports.toArray();
    expect(batches).toHaveLength(8);
    expect(batches.every((b) => b.fileName.endsWith('2026-05-15.csv'))).toBe(true);
  });

  it('forgets a pinned as-of date, as a new import of opportunities does', async () => {
    const database = freshDb();
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: isoDate('2026-01-31') }, database);
    await loadSampleWorkspace(TODAY, database);
    expect((await database.settings.get('workspace'))?.value.asOf).toBeNull();
  });

  it('is dropped whole, every kind, by a real import of opportunities', async () => {
    const database = freshDb();
    await loadSampleWorkspace(TODAY, database);
    await storeImport(
      sampleImport(),
      { isSample: false, importedAt: new Date(Date.now() + 1000).toISOString() },
      database,
    );
    const batches = await database.imports.toArray();
    expect(batches.map((b) => [b.kind, b.isSample])).toEqual([['opportunities', false]]);
    const pages = await database.recordPages.toArray();
    expect(new Set(pages.map((p) => p.batchId))).toEqual(new Set([batches[0]?.id]));
  });

  it('is dropped whole by a real import of another kind', async () => {
    const database = freshDb();
    await loadSampleWorkspace(TODAY, database);
    await publishImport(
      database,
      leadsImport('leads.csv', [['00Q000000000001', '2026-05-01']]),
      new Date(Date.now() + 1000).toISOString(),
    );
    const batches = await database.imports.toArray();
    expect(batches.map((b) => [b.kind, b.isSample])).toEqual([['leads', false]]);
  });

  it('generates and stores the whole workspace quickly', async () => {
    const database = freshDb();
    const started = performance.now();
    await loadSampleWorkspace(TODAY, database);
    const took = performance.now() - started;
    // About 0.5 s on an idle machine (the first start waits on it); generous for a busy one.
    expect(took).toBeLessThan(10_000);
  });
});
