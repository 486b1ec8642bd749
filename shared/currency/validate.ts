import type { CurrencySettings } from '../settings';
import { currencyCode } from './codes';

/** A rate as read, or why it is not one. */
export type RateReading = { ok: true; rate: number } | { ok: false; problem: string };

/**
 * Reads a rate as a user types it: a positive decimal with `.` or `,` as the decimal mark
 * (`1.0823`, `1,0823`); no thousands separators, since a rate is rarely above a thousand.
 */
export function parseRate(text: string): RateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'Enter a rate.' };
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed) && !/^[.,]\d+$/.test(trimmed)) {
    return { ok: false, problem: `“${trimmed}” is not a number; write it like 1.0823.` };
  }
  const rate = Number(trimmed.replace(',', '.'));
  if (!(rate > 0)) return { ok: false, problem: 'A rate must be more than 0.' };
  return { ok: true, rate };
}

/** The currency settings as the card edits them: text as typed, one row per rate. */
export interface CurrencyDraft {
  reporting: string;
  rates: { currency: string; rate: string }[];
}

/** What is wrong with each part of a draft (`null`: nothing), and the settings when nothing is. */
export interface CurrencyDraftCheck {
  reporting: string | null;
  rows: { currency: string | null; rate: string | null }[];
  /** The settings to save, or `null` while any part has a problem. */
  settings: CurrencySettings | null;
}

/** The draft of stored settings: rates in code order, written with a `.` decimal mark. */
export function draftOfSettings(settings: CurrencySettings): CurrencyDraft {
  return {
    reporting: settings.reporting ?? '',
    rates: Object.keys(settings.rates)
      .sort()
      .map((currency) => ({ currency, rate: String(settings.rates[currency]) })),
  };
}

/**
 * Checks a draft: the reporting currency is a three-letter code (or blank while there are no
 * rates), each row names another currency once and has a positive rate. Rows left wholly
 * blank (a row just added) are ignored.
 */
export function checkCurrencyDraft(draft: CurrencyDraft): CurrencyDraftCheck {
  const rows = draft.rates.filter((row) => row.currency.trim() !== '' || row.rate.trim() !== '');
  const reportingText = draft.reporting.trim();
  const reporting = currencyCode(reportingText);
  let reportingProblem: string | null = null;
  if (reportingText === '' && rows.length > 0) {
    reportingProblem = 'Choose the reporting currency the rates convert into.';
  } else if (reportingText !== '' && reporting === null) {
    reportingProblem = `“${reportingText}” is not a three-letter currency code such as USD.`;
  }

  const rates: Record<string, number> = {};
  const seen = new Set<string>();
  const checked = draft.rates.map((row) => {
    if (row.currency.trim() === '' && row.rate.trim() === '') return { currency: null, rate: null };
    const code = currencyCode(row.currency);
    let currency: string | null = null;
    if (row.currency.trim() === '') currency = 'Enter a currency code.';
    else if (code === null) {
      currency = `“${row.currency.trim()}” is not a three-letter currency code such as EUR.`;
    } else if (code === reporting) {
      currency = `${code} is the reporting currency; its rate is always 1.`;
    } else if (seen.has(code)) currency = `${code} already has a rate above.`;
    if (code !== null) seen.add(code);
    const reading = parseRate(row.rate);
    if (currency === null && code !== null && reading.ok) rates[code] = reading.rate;
    return { currency, rate: reading.ok ? null : reading.problem };
  });

  const clean =
    reportingProblem === null && checked.every((row) => row.currency === null && row.rate === null);
  return {
    reporting: reportingProblem,
    rows: checked,
    settings: clean ? { reporting, rates } : null,
  };
}
