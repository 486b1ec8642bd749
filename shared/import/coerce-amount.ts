import { parseLocaleNumber, toCents } from './coerce-number';

/** A coerced amount cell: whole cents (or `null` when blank) and any currency it names, or why it is not an amount. */
export type AmountCoercion =
  { ok: true; cents: number | null; currency: string | null } | { ok: false; problem: string };

/** Currency symbols and the ISO code each stands for (a bare `$` is taken for US dollars). */
const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  R$: 'BRL',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
};

const SYMBOL_PATTERN = '(?:[A-Z]{3}|US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|R\\$|[$€£¥₹])';
const LEADING_CURRENCY = new RegExp(`^${SYMBOL_PATTERN}`);
const TRAILING_CURRENCY = new RegExp(`${SYMBOL_PATTERN}$`);
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;

/**
 * Coerces an amount as CRMs and Excel write it: `8000`, `95,570.69`, `$12,400.00`,
 * `USD 10,000.00`, `1.234,56 €`, `(1,200.00)` (negative), `-500`, `1 234,56`. Blank is `null`.
 */
export function coerceAmount(raw: string): AmountCoercion {
  let text = raw.trim();
  if (text === '') return { ok: true, cents: null, currency: null };
  if (isPlainNumber(text)) return centsOf(text, false, null);
  if (SCIENTIFIC.test(text)) {
    return {
      ok: false,
      problem:
        'is in scientific notation (Excel rounded it); re-export without opening the file in Excel',
    };
  }
  let negative = false;
  const currencies: string[] = [];
  // Signs, brackets and currency marks can come in any order around the number: peel them off.
  let before: string;
  do {
    before = text;
    if (text.startsWith('(') && text.endsWith(')')) {
      negative = !negative;
      text = text.slice(1, -1);
    }
    const lead = LEADING_CURRENCY.exec(text)?.[0];
    if (lead !== undefined) {
      currencies.push(SYMBOLS[lead] ?? lead);
      text = text.slice(lead.length);
    }
    const trail = TRAILING_CURRENCY.exec(text)?.[0];
    if (trail !== undefined) {
      currencies.push(SYMBOLS[trail] ?? trail);
      text = text.slice(0, -trail.length);
    }
    text = text.trim();
    if (/^-\s*[^\d\s]/.test(text) || text === '-') {
      negative = !negative;
      text = text.slice(1).trim();
    }
  } while (text !== before);
  const distinct = [...new Set(currencies)];
  if (distinct.length > 1)
    return { ok: false, problem: `names two currencies (${distinct.join(', ')})` };
  return centsOf(text, negative, distinct[0] ?? null);
}

/** The amount in `text` once signs, brackets and currency marks are peeled off. */
function centsOf(text: string, negative: boolean, currency: string | null): AmountCoercion {
  const parsed = parseLocaleNumber(text);
  if (parsed === null) return { ok: false, problem: 'is not an amount' };
  const cents = toCents(parsed) * (negative ? -1 : 1);
  if (!Number.isSafeInteger(cents)) return { ok: false, problem: 'is too large to be an amount' };
  return { ok: true, cents: cents === 0 ? 0 : cents, currency };
}

/**
 * Whether the cell is only digits and at most one `.` (`13400.00`): no sign, bracket or
 * currency mark to peel off and no scientific notation, so it goes straight to parsing.
 */
function isPlainNumber(text: string): boolean {
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    if (code !== 0x2e || ++dots > 1) return false;
  }
  return true;
}
