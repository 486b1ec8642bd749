/** A number as written, split into sign and digit strings so cents can be rounded exactly. */
export interface LocaleNumber {
  negative: boolean;
  intDigits: string;
  fracDigits: string;
}

// Spaces of every width and apostrophes group thousands in French, Swiss and Nordic formats.
const GROUPING = /[\s\u00a0\u2009\u202f'’]/g;

/**
 * Reads a number written with either `.` or `,` as the decimal separator, deciding per
 * value: a last separator followed by 1–2 digits (or by 4 or more) is decimal; one
 * followed by exactly 3 digits after a 1–3 digit lead (`1,234`, `1.234`) groups thousands.
 * Returns `null` for anything else.
 */
export function parseLocaleNumber(raw: string): LocaleNumber | null {
  const plain = plainNumber(raw);
  if (plain !== undefined) return plain;
  let text = raw.replace(GROUPING, '');
  let negative = false;
  if (text.startsWith('-') || text.startsWith('+')) {
    negative = text.startsWith('-');
    text = text.slice(1);
  } else if (text.endsWith('-')) {
    negative = true;
    text = text.slice(0, -1);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(text)) return null;
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (last === -1) return { negative, intDigits: trimZeros(text), fracDigits: '' };
  const lastSep = text.charAt(last);
  const otherSep = lastSep === '.' ? ',' : '.';
  const head = text.slice(0, last);
  const tail = text.slice(last + 1);
  const lastCount = text.split(lastSep).length - 1;
  if (head.includes(otherSep)) {
    // Both separators: the last one is decimal, the other groups thousands.
    if (lastCount > 1) return null;
    const intPart = ungroup(head, otherSep);
    return intPart === null ? null : { negative, intDigits: intPart, fracDigits: tail };
  }
  if (lastCount > 1) {
    // One separator, several times: thousands only (`1.234.567`).
    const intPart = ungroup(text, lastSep);
    return intPart === null ? null : { negative, intDigits: intPart, fracDigits: '' };
  }
  if (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) {
    return { negative, intDigits: head + tail, fracDigits: '' };
  }
  return { negative, intDigits: trimZeros(head), fracDigits: tail };
}

/**
 * parseLocaleNumber's answer for the commonest cells, digits with at most one `.` (`8000`,
 * `13400.00`), read without regular expressions; `undefined` for anything else.
 */
function plainNumber(text: string): LocaleNumber | undefined {
  const length = text.length;
  let dot = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    if (code !== 0x2e || dot !== -1) return undefined;
    dot = i;
  }
  if (dot === -1) {
    return length === 0
      ? undefined
      : { negative: false, intDigits: trimZeros(text), fracDigits: '' };
  }
  if (length === 1) return undefined;
  const head = text.slice(0, dot);
  const tail = text.slice(dot + 1);
  // `1.234` groups thousands, as the general reading below decides.
  if (tail.length === 3 && head.length >= 1 && head.length <= 3 && head.charCodeAt(0) !== 0x30) {
    return { negative: false, intDigits: head + tail, fracDigits: '' };
  }
  return { negative: false, intDigits: trimZeros(head), fracDigits: tail };
}

/**
 * Digits of a thousands-grouped integer, or `null` when the grouping is wrong. The last
 * group has 3 digits; inner groups 2 or 3, so Indian lakh grouping (`1,23,456`) reads too.
 */
function ungroup(text: string, separator: string): string | null {
  const groups = text.split(separator);
  const first = groups[0] ?? '';
  if (!/^\d{1,3}$/.test(first)) return null;
  const rest = groups.slice(1);
  const lastGroup = rest[rest.length - 1] ?? '';
  if (lastGroup.length !== 3) return null;
  if (!rest.every((group) => /^\d{2,3}$/.test(group))) return null;
  return trimZeros(groups.join(''));
}

/** Digits without leading zeros (`''` for zero). */
function trimZeros(digits: string): string {
  return digits.charCodeAt(0) === 0x30 ? digits.replace(/^0+/, '') : digits;
}

/** The value of a LocaleNumber as a float, for counts and percentages. */
export function toFloat(value: LocaleNumber): number {
  const magnitude = Number(`${value.intDigits || '0'}.${value.fracDigits || '0'}`);
  return value.negative ? -magnitude : magnitude;
}

/** The value of a LocaleNumber in whole cents, rounded half away from zero on the digits. */
export function toCents(value: LocaleNumber): number {
  const frac = `${value.fracDigits}000`;
  const roundUp = Number(frac.charAt(2)) >= 5 ? 1 : 0;
  const cents = Number(value.intDigits || '0') * 100 + Number(frac.slice(0, 2)) + roundUp;
  return value.negative && cents !== 0 ? -cents : cents;
}

/** Coerces an employee count (`1,200` → 1200); blank is `null`, anything but a whole count is a problem. */
export function coerceCount(raw: string): { ok: true; value: number | null } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: null };
  const parsed = parseLocaleNumber(raw.trim());
  if (parsed === null || parsed.negative || /[1-9]/.test(parsed.fracDigits)) return { ok: false };
  const value = Number(parsed.intDigits || '0');
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
}

/** Whether a probability column holds fractions (HubSpot's 0.6) rather than percentages (60). */
export type ProbabilityScale = 'percent' | 'fraction';

/**
 * Coerces a probability to percent 0–100: `60` and `60%` are 60, and in a fraction
 * column `0.6` is 60. Blank is `null`.
 */
export function coercePercent(
  raw: string,
  scale: ProbabilityScale,
): { ok: true; value: number | null } | { ok: false } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const hasPercent = text.endsWith('%');
  const parsed = parseLocaleNumber(hasPercent ? text.slice(0, -1) : text);
  if (parsed === null) return { ok: false };
  const number = toFloat(parsed);
  // Rounded to 1/1000 of a percent so 0.57 × 100 does not read 56.99999999999999.
  const percent =
    scale === 'fraction' && !hasPercent ? Math.round(number * 100_000) / 1000 : number;
  return percent >= 0 && percent <= 100 ? { ok: true, value: percent } : { ok: false };
}

/**
 * The scale of a probability column: fractions when every value is within 0–1 and either
 * the header is HubSpot's `Deal probability` or some value lies strictly between 0 and 1.
 */
export function probabilityScale(
  values: readonly string[],
  hubspotHeader: boolean,
): ProbabilityScale {
  const tally = new ProbabilityScaleTally(hubspotHeader);
  for (const raw of values) {
    tally.add(raw);
    if (tally.settled) break;
  }
  return tally.scale();
}

/** probabilityScale read one value at a time, so a file's columns settle in one pass over its rows. */
export class ProbabilityScaleTally {
  /** Whether a value already made the column percent, whatever follows. */
  settled = false;
  private anyBetween = false;

  constructor(private readonly hubspotHeader: boolean) {}

  /** Counts one cell of the column. */
  add(raw: string): void {
    if (this.settled) return;
    const text = raw.trim();
    if (text === '') return;
    if (text.endsWith('%')) {
      this.settled = true;
      return;
    }
    const parsed = parseLocaleNumber(text);
    if (parsed === null) return;
    const number = toFloat(parsed);
    if (number > 1 || number < 0) this.settled = true;
    else if (number > 0 && number < 1) this.anyBetween = true;
  }

  /** The scale the cells counted so far settle. */
  scale(): ProbabilityScale {
    if (this.settled) return 'percent';
    return this.hubspotHeader || this.anyBetween ? 'fraction' : 'percent';
  }
}
