import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import {
  isStoragePersisted,
  requestPersistentStorage,
} from '../../../renderer/src/data/persistence';
import { estimateStorage, formatBytes, countRows } from '../../../renderer/src/data/storage-usage';
import { beginStaging, stageRecords } from '../../../renderer/src/data/staging';
import { leadsImport, publishImport } from './kind-fixture';
import { isQuotaError } from '../../../renderer/src/data/storage-errors';

const opened: QuarterdeckDb[] = [];

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

function storage(granted: boolean) {
  const calls = { persist: 0 };
  return {
    calls,
    api: {
      persist: () => {
        calls.persist += 1;
        return Promise.resolve(granted);
      },
      persisted: () => Promise.resolve(granted),
    },
  };
}

describe('persistent storage', () => {
  it('asks once and remembers the answer in meta', async () => {
    const database = new QuarterdeckDb('persist-test-1');
    opened.push(database);
    const { api, calls } = storage(true);
    const clock = () => new Date('2026-05-14T09:00:00.000Z');

    const first = await requestPersistentStorage(database, api, clock);
    const second = await requestPersistentStorage(database, api, clock);

    expect(first).toEqual({ requestedAt: '2026-05-14T09:00:00.000Z', granted: true });
    expect(second).toEqual(first);
    expect(calls.persist).toBe(1);
    expect(await isStoragePersisted(api)).toBe(true);
  });

  it('records a refusal, and says nothing where the API is missing', async () => {
    const database = new QuarterdeckDb('persist-test-2');
    opened.push(database);

    expect(await requestPersistentStorage(database, undefined)).toBeNull();
    expect(await isStoragePersisted(undefined)).toBeNull();
    expect((await requestPersistentStorage(database, storage(false).api))?.granted).toBe(false);
  });
});

describe('storage usage', () => {
  it('counts imports, the records of every kind, and the rows of the other tables', async () => {
    const database = new QuarterdeckDb('usage-test-1');
    opened.push(database);
    await database.decks.put({
      id: 'mbr',
      name: 'MBR',
      template: 'mbr',
      slides: [],
      updatedAt: 'x',
    });

    const leads = leadsImport('leads.csv', [
      ['L1', '2026-03-02'],
      ['L2', '2026-04-09'],
    ]);
    await publishImport(database, leads, '2026-05-15T09:00:00.000Z');
    // Pages of an import still being written are not counted.
    const staging = await beginStaging('leads', 'later.csv', database);
    await stageRecords(staging, 'leads', leads.records, database);

    expect(await countRows(database)).toEqual({
      imports: 1,
      opportunities: 0,
      leads: 2,
      touchpoints: 0,
      meetings: 0,
      accounts: 0,
      'target-accounts': 0,
      spend: 0,
      targets: 0,
      settings: 0,
      decks: 1,
      errorLog: 0,
      meta: 0,
      mappingProfiles: 0,
    });
  });

  it('reads the estimate, or null when the browser gives none', async () => {
    expect(
      await estimateStorage({ estimate: () => Promise.resolve({ usage: 2048, quota: 4096 }) }),
    ).toEqual({
      usage: 2048,
      quota: 4096,
    });
    expect(await estimateStorage({ estimate: () => Promise.resolve({}) })).toBeNull();
    expect(await estimateStorage(undefined)).toBeNull();
  });

  it('formats bytes the way people read them', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12 * 1024)).toBe('12 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
});

describe('isQuotaError', () => {
  it('finds a quota error however deeply Dexie wrapped it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failuresByPos: { 3: quota } })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
