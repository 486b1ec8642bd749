/** Currencies most CRM exports carry, offered first in the settings card; any other ISO code can be typed. */
export const COMMON_CURRENCIES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'HKD',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
];

/** A currency as an upper-case three-letter ISO 4217 code, or `null` when it is not written like one. */
export function currencyCode(text: string): string | null {
  const trimmed = text.trim();
  return /^[a-z]{3}$/i.test(trimmed) ? trimmed.toUpperCase() : null;
}
