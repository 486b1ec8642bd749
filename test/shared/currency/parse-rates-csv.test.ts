import { describe, expect, it } from 'vitest';
import { parseRatesCsv } from '../../../shared/currency';

describe('parseRatesCsv', () => {
  it('reads the reporting currency line, the column header and the rates', () => {
    const text = 'reporting currency: USD\ncurrency,rate\nEUR,1.0823\ngbp,1.271\n';
    expect(parseRatesCsv(text, 'rates.csv')).toEqual({
      ok: true,
      currency: { reporting: 'USD', rates: { EUR: 1.0823, GBP: 1.271 } },
    });
  });

  it('takes a BOM, CRLF, comments, semicolons, a comma decimal and the reporting row at 1', () => {
    const text =
      '\uFEFF# month-end rates\r\nReporting currency: eur\r\nCurrency;Rate\r\n\r\nUSD;0,9240\r\nEUR;1\r\n# done\r\n';
    expect(parseRatesCsv(text, 'rates.csv')).toEqual({
      ok: true,
      currency: { reporting: 'EUR', rates: { USD: 0.924 } },
    });
  });

  it('reads a file without the column header', () => {
    expect(parseRatesCsv('reporting currency: USD\nEUR,1.0823', 'r.csv')).toEqual({
      ok: true,
      currency: { reporting: 'USD', rates: { EUR: 1.0823 } },
    });
  });

  it('needs the reporting currency on the first line', () => {
    expect(parseRatesCsv('currency,rate\nEUR,1.0823\n', 'rates.csv')).toEqual({
      ok: false,
      problems: [
        'rates.csv, line 1: the first line must name the reporting currency, like “reporting currency: USD”.',
      ],
    });
  });

  it('names every bad line with its line and column', () => {
    const text = [
      'reporting currency: USD',
      'currency,rate',
      'Euro,1.08',
      'GBP,-1',
      'CHF,1.1,extra',
      'USD,2',
      'SEK,0.095',
      'SEK,0.096',
    ].join('\n');
    expect(parseRatesCsv(text, 'rates.csv')).toEqual({
      ok: false,
      problems: [
        'rates.csv, line 3, column 1: “Euro” is not a three-letter currency code such as EUR.',
        'rates.csv, line 4, column 2: GBP: “-1” is not a number; write it like 1.0823.',
        'rates.csv, line 5: expected two values, a currency and a rate (like EUR,1.0823), found 3.',
        'rates.csv, line 6, column 2: USD is the reporting currency, so its rate is 1, not 2.',
        'rates.csv, line 8, column 1: SEK has a rate already, on an earlier line.',
      ],
    });
  });

  it('says an empty file is empty', () => {
    expect(parseRatesCsv('\n\n', 'rates.csv')).toEqual({
      ok: false,
      problems: [
        'rates.csv: the file is empty; its first line must name the reporting currency, like “reporting currency: USD”.',
      ],
    });
  });

  it('refuses a reporting currency that is not a code', () => {
    expect(parseRatesCsv('reporting currency: dollars\n', 'rates.csv')).toEqual({
      ok: false,
      problems: ['rates.csv, line 1: “dollars” is not a three-letter currency code such as USD.'],
    });
  });
});
