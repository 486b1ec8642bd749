import { db as appDb, type PersistenceRecord, type QuarterdeckDb } from './db';

/** The part of `navigator.storage` this module uses (absent in some contexts). */
export type StorageApi = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser, once per workspace, to keep it out of automatic eviction under storage
 * pressure (`navigator.storage.persist()`), and records the answer in `meta`. Later starts
 * return the recorded answer without asking again; `null` when the API is unavailable.
 */
export async function requestPersistentStorage(
  database: QuarterdeckDb = appDb,
  storage: StorageApi | undefined = globalThis.navigator?.storage,
  now: () => Date = () => new Date(),
): Promise<PersistenceRecord | null> {
  const asked = await database.meta.get('persistence');
  if (asked?.key === 'persistence') return asked.value;
  if (!storage || typeof storage.persist !== 'function') return null;
  const granted = await storage.persist();
  const record: PersistenceRecord = { requestedAt: now().toISOString(), granted };
  await database.meta.put({ key: 'persistence', value: record });
  return record;
}

/** Whether the workspace is protected from eviction now, `null` when the browser cannot say. */
export async function isStoragePersisted(
  storage: StorageApi | undefined = globalThis.navigator?.storage,
): Promise<boolean | null> {
  if (!storage || typeof storage.persisted !== 'function') return null;
  return storage.persisted();
}
