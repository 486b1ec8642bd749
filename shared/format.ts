/**
 * How figures read on slides, in tables and in speaker notes (metrics.md §11): slides
 * round to 3 significant figures with K/M/B, tables keep full precision, and a
 * percentage of an empty denominator is "n/a", never 0% or NaN.
 */

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const SCALES = [
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'K' },
] as const;

/** The prefix an amount carries: `$`, `€`, `£`, another ISO code and a space, or nothing. */
export function currencyPrefix(currency?: string | null): string {
  if (!currency) return '';
  const code = currency.trim().toUpperCase();
  if (code === '') return '';
  return CURRENCY_SYMBOLS[code] ?? `${code} `;
}

/** Rounds to 3 significant figures and drops trailing zeros (845 → "845", 12.40 → "12.4"). */
function threeSignificant(value: number): string {
  if (value === 0) return '0';
  return String(Number(value.toPrecision(3)));
}

/** An amount for a slide: 3 significant figures with K/M/B ($1.23M, $845K, $12.4K, $0). */
export function formatMoney(value: number, currency?: string | null): string {
  const prefix = currencyPrefix(currency);
  if (!Number.isFinite(value)) return 'n/a';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  // Below a thousand, slides show whole units ($845, $12), not cents.
  if (Math.round(abs) < 1000) {
    const whole = Math.round(abs);
    return `${whole === 0 ? '' : sign}${prefix}${String(whole)}`;
  }
  // Round first, so 999,600 reads "$1M" rather than "$1000K".
  const rounded = Number(abs.toPrecision(3));
  for (const { size, suffix } of SCALES) {
    if (rounded >= size) return `${sign}${prefix}${threeSignificant(rounded / size)}${suffix}`;
  }
  return `${sign}${prefix}${String(rounded)}`;
}

const FULL_WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const FULL_CENTS = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** An amount for a table: thousands separators, cents only when there are any ($1,234,567 / $1,234.50). */
export function formatMoneyFull(value: number, currency?: string | null): string {
  if (!Number.isFinite(value)) return 'n/a';
  const prefix = currencyPrefix(currency);
  const cents = Math.round(Math.abs(value) * 100);
  const sign = value < 0 && cents !== 0 ? '-' : '';
  const abs = cents / 100;
  const digits = cents % 100 === 0 ? FULL_WHOLE.format(abs) : FULL_CENTS.format(abs);
  return `${sign}${prefix}${digits}`;
}

/** A fraction as a whole percentage (0.384 → "38%"); `null` or a non-number is "n/a". */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const pct = Math.round(value * 100);
  // A small but real share must not read as nothing.
  if (pct === 0 && value > 0) return '<1%';
  if (pct === 0 && value < 0) return '>-1%';
  return `${pct}%`;
}

/** A signed change as a percentage ("+12%", "-8%", "0%"); `null` is "n/a". */
export function formatChange(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const pct = Math.round(value * 100);
  return pct > 0 ? `+${pct}%` : `${pct}%`;
}

/** A whole count with thousands separators (1,204). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return FULL_WHOLE.format(Math.round(value));
}

/** A `YYYY-MM-DD` date as a reader says it ("Sep 17, 2025"); anything else is returned as written. */
export function formatDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return value;
  return `${month} ${Number(m[3])}, ${m[1]}`;
}
