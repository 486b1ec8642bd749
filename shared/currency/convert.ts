import type { CurrencySettings } from '../settings';

/**
 * Whole cents converted at `rate` (units of the reporting currency per 1 unit of the
 * amount's), rounded half away from zero so a refund converts to the negation of its sale.
 */
export function convertCents(cents: number, rate: number): number {
  // 15 significant digits drop the binary noise of the product (1000 × 1.005 is 1004.999…).
  const exact = Number((Math.abs(cents) * rate).toPrecision(15));
  const rounded = Math.round(exact);
  return cents < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The rate that converts `currency` into the reporting currency: 1 for itself, `null` when unknown. */
export function rateFor(currency: string, settings: CurrencySettings): number | null {
  const code = currency.trim().toUpperCase();
  if (settings.reporting !== null && code === settings.reporting.toUpperCase()) return 1;
  const rate = settings.rates[code];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** The currencies among `currencies` without a rate into the reporting currency (all of them without one). */
export function missingRates(currencies: readonly string[], settings: CurrencySettings): string[] {
  if (settings.reporting === null) return [...currencies];
  return currencies.filter((currency) => rateFor(currency, settings) === null);
}
