import { convertCents, missingRates, mixedCurrencyMessage, rateFor } from '../currency';
import type { CurrencySettings } from '../settings';
import type { KindDefinition } from './kind-definition';
import type { CurrencyConversion } from './types';

/** An imported row: its record and its amount in whole cents. */
interface Accepted<R> {
  record: R;
  cents: number | null;
}

/** The rows after settling currencies, with what was converted, or the stop explaining why not. */
export type SettledCurrencies<R> =
  | { ok: true; accepted: Accepted<R>[]; converted: CurrencyConversion[] | null }
  | { ok: false; fatal: string };

/**
 * Settles the currencies of a file's imported rows (metrics.md §11). One currency (or none)
 * leaves every row as it is. Several are converted into the reporting currency when the
 * settings name it and hold a rate for each, every amount rounded to cents and every record
 * then carrying the reporting currency (a row naming no currency is taken to be in it);
 * otherwise the file stops with a message naming the missing rates.
 */
export function settleCurrencies<R, F extends string>(
  definition: KindDefinition<R, F>,
  accepted: Accepted<R>[],
  settings: CurrencySettings | undefined,
): SettledCurrencies<R> {
  const { currencyOf, withAmount } = definition;
  if (currencyOf === undefined) return { ok: true, accepted, converted: null };
  const codes = accepted.map(({ record }) => currencyOf(record)?.toUpperCase() ?? null);
  const currencies = [...new Set(codes)].filter((code): code is string => code !== null);
  if (currencies.length <= 1) return { ok: true, accepted, converted: null };

  const reporting = settings?.reporting?.toUpperCase() ?? null;
  if (
    settings === undefined ||
    reporting === null ||
    withAmount === undefined ||
    missingRates(currencies, settings).length > 0
  ) {
    return { ok: false, fatal: mixedCurrencyMessage(currencies, settings) };
  }

  const totals = new Map<
    string,
    { rate: number; rows: number; cents: number; converted: number }
  >();
  const converted = accepted.map((entry, i) => {
    const from = codes[i] ?? reporting;
    const rate = rateFor(from, settings) ?? 1;
    const cents = entry.cents === null ? null : convertCents(entry.cents, rate);
    if (from !== reporting) {
      const total = totals.get(from) ?? { rate, rows: 0, cents: 0, converted: 0 };
      total.rows++;
      total.cents += entry.cents ?? 0;
      total.converted += cents ?? 0;
      totals.set(from, total);
    }
    return { record: withAmount(entry.record, cents, reporting), cents };
  });
  return {
    ok: true,
    accepted: converted,
    converted: [...totals].map(([from, total]) => ({
      from,
      to: reporting,
      rate: total.rate,
      rows: total.rows,
      amount: total.cents / 100,
      converted: total.converted / 100,
    })),
  };
}
