import type { IsoDate } from '../units';

/** Options for the sample workspace: the day it looks from, and a seed for another variant. */
export interface SampleOptions {
  /** The sample's "today": every created date, and every closed deal's close date, is on or before it. */
  anchorDate: IsoDate;
  /** Same seed, same file; defaults to 2026. */
  seed?: number;
}

/** A generated export, named as a file so it flows through the importer like a real one. */
export interface SampleCsv {
  fileName: string;
  csv: string;
}

/** The default seed, so that the sample everyone sees for a given anchor date is the same. */
export const DEFAULT_SAMPLE_SEED = 2026;
