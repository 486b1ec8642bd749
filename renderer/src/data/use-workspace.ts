import { useLiveQuery } from 'dexie-react-hooks';
import type { Opportunity } from '../../../shared/records';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import type { IsoDate } from '../../../shared/units';
import { db, type ImportBatch, type OpportunityImportBatch } from './db';
import { readRecords } from './record-pages';
import { activeImports } from './active-imports';
import { RECORD_KINDS } from '../../../shared/import/kinds';
import type { SupportingBatches } from './report-worker/protocol';
import { activeImportOf } from './store';

/** The data every screen works from: the newest confirmed opportunities import and the settings. */
export interface Workspace {
  /** False until the first read from IndexedDB has finished. */
  ready: boolean;
  batch: OpportunityImportBatch | null;
  opportunities: Opportunity[];
  settings: Settings;
}

/** The active opportunities import (the deck's data), or `null` when there is none. */
async function activeOpportunities(): Promise<OpportunityImportBatch | null> {
  const batch = await activeImportOf('opportunities');
  return batch?.kind === 'opportunities' ? batch : null;
}

/** Reads the workspace live: any write to Dexie re-renders the screens that use it. */
export function useWorkspace(): Workspace {
  const data = useLiveQuery(async () => {
    const batch = await activeOpportunities();
    const row = await db.settings.get('workspace');
    const opportunities = batch ? await readRecords(db, batch.id, 'opportunities') : [];
    return { batch, opportunities, settings: { ...DEFAULT_SETTINGS, ...row?.value } };
  });
  if (!data) return { ready: false, batch: null, opportunities: [], settings: DEFAULT_SETTINGS };
  return { ready: true, ...data };
}

/** The active opportunities import and the settings: what the top bar and most screens need. */
export interface ActiveBatch {
  ready: boolean;
  batch: OpportunityImportBatch | null;
  /** The active import's id of each other kind, for the report; a kind never imported is absent. */
  supportingBatches: SupportingBatches;
  /**
   * The latest date in the active imports (deals' created and closed dates; touch, lead and
   * meeting dates): the default as-of of metrics.md §2, as the report works it out.
   */
  dataAsOf: IsoDate | null;
  settings: Settings;
}

/** Reads the active batch and settings live, without reading every opportunity (those can be 200,000 rows). */
export function useActiveBatch(): ActiveBatch {
  const data = useLiveQuery(async () => {
    // One read of the imports (a dozen rows per kind at most) gives every kind's active one.
    const active = activeImports(await db.imports.toArray());
    const batch = active.opportunities?.kind === 'opportunities' ? active.opportunities : null;
    const supportingBatches: SupportingBatches = {};
    let dataAsOf: IsoDate | null = batch?.dataAsOf ?? null;
    for (const kind of RECORD_KINDS) {
      const current = active[kind];
      if (current === undefined) continue;
      if (kind !== 'opportunities') supportingBatches[kind] = current.id;
      const latest = current.dataAsOf ?? null;
      if (latest !== null && (dataAsOf === null || latest > dataAsOf)) dataAsOf = latest;
    }
    const row = await db.settings.get('workspace');
    return {
      batch,
      supportingBatches,
      dataAsOf,
      settings: { ...DEFAULT_SETTINGS, ...row?.value },
    };
  });
  if (!data) {
    return {
      ready: false,
      batch: null,
      supportingBatches: {},
      dataAsOf: null,
      settings: DEFAULT_SETTINGS,
    };
  }
  return { ready: true, ...data };
}

/** Every stored import of every kind, newest first; `null` until the first read has finished. */
export function useImportHistory(): ImportBatch[] | null {
  return useLiveQuery(async () => db.imports.orderBy('importedAt').reverse().toArray()) ?? null;
}
