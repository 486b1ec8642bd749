import type { Settings } from '../../../../shared/settings';
import type { IsoDate } from '../../../../shared/units';
import type { ImportComparison } from '../compare-imports';

/** What the main thread asks the comparison worker: compare these two stored imports. */
export interface CompareRequest {
  /** The IndexedDB database the imports are stored in. */
  databaseName: string;
  previousBatchId: string;
  currentBatchId: string;
  previousDataAsOf: IsoDate | null;
  settings: Settings;
}

/** The worker's answer: the comparison, and how long reading and comparing took. */
export interface CompareResponse {
  comparison: ImportComparison;
  elapsedMs: number;
}
