import { coerceAmount } from '../import/coerce-amount';

/** A parsed target amount in whole cents, or a message saying what is wrong with the text. */
export type TargetAmountResult = { ok: true; cents: number } | { ok: false; message: string };

/** How much each shorthand suffix multiplies by: `800k`, `1.2M`, `1.5mm` (finance's million), `2bn`. */
const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/** A number with one decimal mark (`.` or `,`) and a shorthand suffix, after an optional currency mark. */
const SHORTHAND = /^(?:[$€£]\s*)?(\d+)(?:([.,])(\d+))?\s*(k|mm|m|bn|b)$/i;

/**
 * Parses a target amount as people type one: `1200000`, `1,200,000`, `$1,200,000.50`,
 * `1 200 000`, `800k`, `1.2M`, `1,2M`, `2bn`. Blank, negative and malformed text, and an
 * amount in a currency other than `reportingCurrency` (when one is set), get a message that
 * says what to write instead.
 */
export function parseTargetAmount(
  text: string,
  reportingCurrency: string | null = null,
): TargetAmountResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter an amount, like 1,200,000 or 1.2M.' };
  const short = SHORTHAND.exec(trimmed);
  if (short) {
    const [, whole = '', mark = '', digits = '', suffix = ''] = short;
    const scale = SCALE[suffix.toLowerCase()] ?? 1;
    // `1,200k` is a thousand two hundred thousands; `1,2M` and `1.2M` are one point two million.
    const grouped = mark === ',' && digits.length === 3;
    const fraction = grouped ? '' : digits;
    const integer = grouped ? `${whole}${digits}` : `${whole}${fraction}`;
    // Scaled as integers then divided once, so 1.2M is exactly 120,000,000 cents.
    const cents = Math.round((Number(integer) * scale * 100) / 10 ** fraction.length);
    return checked(cents, trimmed);
  }
  const coerced = coerceAmount(trimmed);
  if (!coerced.ok || coerced.cents === null) {
    return {
      ok: false,
      message: `“${trimmed}” is not an amount; write it like 1,200,000 or 1.2M.`,
    };
  }
  const reporting = reportingCurrency?.trim().toUpperCase() ?? '';
  if (coerced.currency !== null && reporting !== '' && coerced.currency !== reporting) {
    return {
      ok: false,
      message: `“${trimmed}” is in ${coerced.currency}; targets are in the reporting currency, ${reporting}.`,
    };
  }
  return checked(coerced.cents, trimmed);
}

/** The cents, unless they are negative or too large to add up exactly. */
function checked(cents: number, text: string): TargetAmountResult {
  if (cents < 0) {
    return { ok: false, message: `“${text}” is negative; a target is an amount to reach.` };
  }
  if (!Number.isSafeInteger(cents)) {
    return { ok: false, message: `“${text}” is too large to be a target.` };
  }
  return { ok: true, cents: cents === 0 ? 0 : cents };
}
