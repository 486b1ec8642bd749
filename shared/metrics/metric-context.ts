import type { FiscalQuarter } from '../calendar';
import type { Settings } from '../settings';
import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';
import type { WinRates } from './win-rates';

/**
 * What every section of the report is computed from, worked out once by computeReport: the
 * settings, the period P and its running quarter number, the as-of date D, and the
 * opportunities classified by demand source and segment (those created after D dropped).
 */
export interface MetricContext {
  settings: Settings;
  period: FiscalQuarter;
  /** Running quarter number of P (see `quarterIndexOf`). */
  index: number;
  asOf: IsoDate;
  opps: readonly PreparedOpportunity[];
  /** The §6 win rates of the whole pipeline and of each demand source. */
  rates: WinRates;
}
