import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type PersistenceRecord } from '../data/db';
import { isStoragePersisted } from '../data/persistence';
import { countRows, estimateStorage, type RowCounts } from '../data/storage-usage';

/** What the About screen says about storage: size, quota, persistence and rows per table. */
export interface StorageInfo {
  estimate: { usage: number; quota: number } | null;
  persisted: boolean | null;
  request: PersistenceRecord | null;
  rows: RowCounts | undefined;
}

/** Reads the storage estimate and persistence once, and the row counts live. */
export function useStorageInfo(): StorageInfo {
  const rows = useLiveQuery(() => countRows(db));
  const request = useLiveQuery(async () => {
    const row = await db.meta.get('persistence');
    return row?.key === 'persistence' ? row.value : null;
  });
  const [estimate, setEstimate] = useState<StorageInfo['estimate']>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void estimateStorage().then((e) => live && setEstimate(e));
    void isStoragePersisted().then((p) => live && setPersisted(p));
    return () => {
      live = false;
    };
    // The estimate changes with the rows; re-reading it then keeps the size current.
  }, [rows]);
  return { estimate, persisted, request: request ?? null, rows };
}
