/** Currencies: the reporting currency, exchange rates, converting amounts and the rates file. */
export { COMMON_CURRENCIES, currencyCode } from './codes';
export { convertCents, missingRates, rateFor } from './convert';
export {
  isMixedCurrencyStop,
  MIXED_CURRENCY_PREFIX,
  mixedCurrencyMessage,
  mixedCurrencyMessageForCli,
} from './mixed-currency-message';
export { parseRatesCsv } from './parse-rates-csv';
export type { RatesFileReading } from './parse-rates-csv';
export { checkCurrencyDraft, draftOfSettings, parseRate } from './validate';
export type { CurrencyDraft, CurrencyDraftCheck, RateReading } from './validate';
