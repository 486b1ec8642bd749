import type { CurrencySettings } from '../settings';
import { currencyCode } from './codes';
import { parseRate } from './validate';

/** A rates file read: the currency settings, or every problem with its file, line and column. */
export type RatesFileReading =
  { ok: true; currency: CurrencySettings } | { ok: false; problems: string[] };

const REPORTING_LINE = /^#?\s*reporting currency\s*[:=]\s*(.*)$/i;
const COLUMN_HEADER = /^currency\s*[,;\t]\s*rate$/i;

/**
 * Reads a rates file (docs/cli.md): a first line `reporting currency: USD`, then CSV rows
 * `currency,rate` (an optional `currency,rate` header; `,`, `;` or tab between the two),
 * each rate being units of the reporting currency per 1 unit of that currency. Blank lines
 * and lines starting with `#` are skipped. The reporting currency may be listed at rate 1.
 */
export function parseRatesCsv(text: string, fileName: string): RatesFileReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: string[] = [];
  let reporting: string | null = null;
  let reportingSeen = false;
  let headerAllowed = false;
  const rates: Record<string, number> = {};
  const at = (line: number, column?: number): string =>
    `${fileName}, line ${line}${column === undefined ? '' : `, column ${column}`}`;

  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '') return;
    if (!reportingSeen) {
      const named = REPORTING_LINE.exec(line);
      if (named === null) {
        if (line.startsWith('#')) return;
        problems.push(
          `${at(number)}: the first line must name the reporting currency, like “reporting currency: USD”.`,
        );
        reportingSeen = true;
        return;
      }
      reportingSeen = true;
      headerAllowed = true;
      const code = currencyCode((named[1] ?? '').replace(/[,;\t]+$/, ''));
      if (code === null) {
        problems.push(
          `${at(number)}: “${(named[1] ?? '').trim()}” is not a three-letter currency code such as USD.`,
        );
      } else reporting = code;
      return;
    }
    if (line.startsWith('#')) return;
    if (headerAllowed && COLUMN_HEADER.test(line)) {
      headerAllowed = false;
      return;
    }
    headerAllowed = false;
    // A `;` or tab separator leaves the comma free to be a decimal mark (`USD;0,9240`).
    const separator = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
    const cells = line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== 2) {
      problems.push(
        `${at(number)}: expected two values, a currency and a rate (like EUR,1.0823), found ${cells.length}.`,
      );
      return;
    }
    const [currencyCell = '', rateCell = ''] = cells;
    const code = currencyCode(currencyCell);
    if (code === null) {
      problems.push(
        `${at(number, 1)}: “${currencyCell}” is not a three-letter currency code such as EUR.`,
      );
      return;
    }
    const reading = parseRate(rateCell);
    if (!reading.ok) {
      problems.push(`${at(number, 2)}: ${code}: ${reading.problem}`);
      return;
    }
    if (code === reporting) {
      if (reading.rate !== 1) {
        problems.push(
          `${at(number, 2)}: ${code} is the reporting currency, so its rate is 1, not ${rateCell}.`,
        );
      }
      return;
    }
    if (rates[code] !== undefined) {
      problems.push(`${at(number, 1)}: ${code} has a rate already, on an earlier line.`);
      return;
    }
    rates[code] = reading.rate;
  });

  if (!reportingSeen) {
    problems.push(
      `${fileName}: the file is empty; its first line must name the reporting currency, like “reporting currency: USD”.`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, currency: { reporting, rates } };
}
