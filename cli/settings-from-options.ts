import { DEFAULT_SETTINGS } from '../shared/settings';
import type { Settings } from '../shared/settings';
import type { FigureOptions } from './args';
import type { LoadedInputs } from './load-inputs';

/**
 * Settings from the flags over the defaults; the sample looks from its own anchor date, and
 * the currencies are those of the `--rates` file the inputs were loaded with.
 */
export function settingsFromOptions(
  options: FigureOptions,
  loaded: Pick<LoadedInputs, 'sampleAnchor'> & Partial<Pick<LoadedInputs, 'currency'>>,
): Settings {
  return {
    ...DEFAULT_SETTINGS,
    fiscalYearStartMonth: options.fiscalYearStartMonth,
    period: options.period,
    asOf: options.asOf ?? loaded.sampleAnchor,
    useCrmProbability: options.useCrmProbability,
    sourcedBy: options.sourcedBy,
    lookbackDays: options.lookbackDays,
    currency: loaded.currency ?? DEFAULT_SETTINGS.currency,
  };
}
