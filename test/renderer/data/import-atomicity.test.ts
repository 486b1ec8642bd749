import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importOpportunities } from '../../../shared/import';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { readRecords, toPages } from '../../../renderer/src/data/record-pages';
import { stagePages } from '../../../renderer/src/data/stage-pages';
import { beginStaging, discardStaging } from '../../../renderer/src/data/staging';
import { activeImportOf, publishStaged, storeImport } from '../../../renderer/src/data/store';
import { diskFullAtWrite } from './disk-full';
import { sampleImport } from './workspace-fixture';

// Whatever a file holds and wherever a write fails, an import either lands whole or leaves
// the workspace exactly as it was: the property the staging batch and the one publishing
// transaction exist for.

const names: string[] = [];
let counter = 0;

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Everything a user could see: every import row and every stored page, in key order. */
async function snapshot(database: QuarterdeckDb): Promise<unknown> {
  return {
    imports: await database.imports.orderBy('id').toArray(),
    pages: await database.recordPages.orderBy('[batchId+page]').toArray(),
    staging: await database.table('stagingBatches').count(),
  };
}

const cell = fc.oneof(
  fc.constantFrom('', '006A', '006B', '$1,200.00', '1.234,56 €', '3/1/2026', '31/02/2026', 'x'),
  fc.string({ maxLength: 8 }),
);
const messyRow = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
// Mostly good deals, so most files stage several pages before a write can fail.
const goodRow = fc
  .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 90_000 }))
  .map(([id, amount]) => `006${id},${amount},3/1/2026,Prospecting`);
const row = fc.oneof({ arbitrary: goodRow, weight: 4 }, { arbitrary: messyRow, weight: 1 });
const file = fc
  .array(row, { maxLength: 25 })
  .map((rows) => ['Opportunity ID,Amount,Close Date,Stage', ...rows].join('\n'));

describe('an import lands whole or not at all', () => {
  it('for any file, with the disk filling up at any write or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 0, max: 6 }), async (csv, failAt) => {
        counter += 1;
        const name = `atomicity-${counter}`;
        names.push(name);
        const database = new QuarterdeckDb(name);
        await storeImport(
          sampleImport(),
          { isSample: false, importedAt: '2026-05-14T08:30:00.000Z' },
          database,
        );
        const before = await snapshot(database);

        const result = importOpportunities(new TextEncoder().encode(csv), {
          fileName: 'random.csv',
        });
        if (failAt > 0) diskFullAtWrite(failAt);
        let batchId: string | null = null;
        let landed = false;
        try {
          batchId = await beginStaging('opportunities', 'random.csv', database);
          // Two records a page, written in separate transactions as the worker writes them.
          for (let at = 0; at < result.records.length; at += 2) {
            const chunk = result.records.slice(at, at + 2);
            await stagePages(database, toPages(batchId, 'opportunities', chunk, at / 2));
          }
          if (result.fatal !== null) throw new Error(result.fatal);
          await publishStaged(
            {
              id: batchId,
              kind: 'opportunities',
              fileName: 'random.csv',
              summary: result.summary,
              errors: result.errors,
              dataAsOf: null,
            },
            { isSample: false, importedAt: '2026-06-14T08:30:00.000Z' },
            database,
          );
          landed = true;
        } catch {
          vi.restoreAllMocks();
          // What the import screen does on any failure: drop the staging batch.
          if (batchId !== null) await discardStaging(batchId, database);
        }
        vi.restoreAllMocks();

        if (landed && batchId !== null) {
          expect((await activeImportOf('opportunities', database))?.id).toBe(batchId);
          expect(await readRecords(database, batchId, 'opportunities')).toEqual(result.records);
        } else {
          expect(await snapshot(database)).toEqual(before);
        }
        database.close();
      }),
      { numRuns: 60 },
    );
    // Sixty imports into IndexedDB: seconds on a loaded machine, so not the default 5 s limit.
  }, 60_000);
});
