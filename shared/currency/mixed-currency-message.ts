import type { CurrencySettings } from '../settings';
import { missingRates } from './convert';

/** How every mixed-currency stop begins, so the import screen can offer the rates table. */
export const MIXED_CURRENCY_PREFIX = 'This file mixes currencies';

/** Whether an import's fatal message is the mixed-currency stop. */
export function isMixedCurrencyStop(message: string | null): boolean {
  return message !== null && message.startsWith(MIXED_CURRENCY_PREFIX);
}

/**
 * The stop for a file whose amounts carry several currencies that cannot all be converted:
 * it names what to add where. Without `settings` (a caller that has none) it says only
 * that one reporting currency is needed.
 */
export function mixedCurrencyMessage(
  currencies: readonly string[],
  settings: CurrencySettings | undefined,
): string {
  const found = `${MIXED_CURRENCY_PREFIX} (${currencies.join(', ')}).`;
  if (settings === undefined) {
    return `${found} Quarterdeck needs one reporting currency; convert the amounts or filter the report to one currency.`;
  }
  if (settings.reporting === null) {
    return `${found} Choose a reporting currency and add a rate for each other currency in Settings → Currencies, or filter the report to one currency.`;
  }
  const missing = missingRates(currencies, settings);
  const rates = missing.length === 1 ? 'a rate' : 'rates';
  return `${found} Add ${rates} for ${missing.join(', ')} in Settings → Currencies (reporting currency ${settings.reporting}), or filter the report to one currency.`;
}

/**
 * The mixed-currency stop as the command line words it: the rates come from `--rates FILE`
 * (docs/cli.md) rather than the settings screen. Other messages pass through unchanged.
 */
export function mixedCurrencyMessageForCli(message: string, ratesFile: string | null): string {
  if (!isMixedCurrencyStop(message)) return message;
  const where = ratesFile === null ? 'a --rates FILE (see docs/cli.md)' : `--rates ${ratesFile}`;
  return message.replace('Settings → Currencies', where);
}
