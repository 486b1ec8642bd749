import { describe, expect, it } from 'vitest';
import { convertCents, missingRates, rateFor } from '../../../shared/currency';

const USD_BOOK = { reporting: 'USD', rates: { EUR: 1.0823, GBP: 1.271, JPY: 0.0067 } };

describe('convertCents', () => {
  it('converts 1,234.56 EUR at 1.0823 to 1,336.16 USD', () => {
    // 123,456 × 1.0823 = 133,616.4288 cents, rounded to 133,616.
    expect(convertCents(123_456, 1.0823)).toBe(133_616);
  });

  it('converts a refund to the negation of its sale', () => {
    expect(convertCents(-123_456, 1.0823)).toBe(-133_616);
  });

  it('converts 8,000.00 EUR at 1.0823 to 8,658.40 USD', () => {
    expect(convertCents(800_000, 1.0823)).toBe(865_840);
  });

  it('converts ¥1,000,000 at 0.0067 to 6,700.00 USD', () => {
    expect(convertCents(100_000_000, 0.0067)).toBe(670_000);
  });

  it('rounds half a cent away from zero, both ways', () => {
    expect(convertCents(1, 0.5)).toBe(1);
    expect(convertCents(-1, 0.5)).toBe(-1);
    expect(convertCents(3, 0.5)).toBe(2);
  });

  it('is not fooled by binary noise: 10.00 at 1.005 is 10.05, not 10.04', () => {
    // 1000 × 1.005 is 1004.9999999999999 in floating point.
    expect(convertCents(1000, 1.005)).toBe(1005);
  });

  it('never returns minus zero', () => {
    expect(Object.is(convertCents(-1, 0.4), 0)).toBe(true);
  });
});

describe('rateFor and missingRates', () => {
  it('gives the reporting currency a rate of 1 without a row', () => {
    expect(rateFor('usd', USD_BOOK)).toBe(1);
    expect(rateFor('EUR', USD_BOOK)).toBe(1.0823);
    expect(rateFor('CHF', USD_BOOK)).toBeNull();
  });

  it('names the currencies without a rate, in the order given', () => {
    expect(missingRates(['USD', 'CHF', 'EUR', 'SEK'], USD_BOOK)).toEqual(['CHF', 'SEK']);
  });

  it('counts every currency missing while no reporting currency is chosen', () => {
    expect(missingRates(['USD', 'EUR'], { reporting: null, rates: { EUR: 1.08 } })).toEqual([
      'USD',
      'EUR',
    ]);
  });

  it('ignores a stored rate that is not a positive number', () => {
    expect(rateFor('EUR', { reporting: 'USD', rates: { EUR: 0 } })).toBeNull();
  });
});
