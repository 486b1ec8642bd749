import { describe, expect, it } from 'vitest';
import { coerceAmount } from '../../../shared/import/coerce-amount';
import { coerceCount, coercePercent, probabilityScale } from '../../../shared/import/coerce-number';

describe('coerceAmount', () => {
  it.each([
    ['8000', 800000, null],
    ['95,570.69', 9557069, null],
    ['$12,400.00', 1240000, 'USD'],
    ['USD 10,000.00', 1000000, 'USD'],
    ['1.234,56 €', 123456, 'EUR'],
    ['1.234,56 EUR', 123456, 'EUR'],
    ['(1,200.00)', -120000, null],
    ['($1,200.00)', -120000, 'USD'],
    ['-500', -50000, null],
    ['-$500', -50000, 'USD'],
    ['$-500', -50000, 'USD'],
    ['500-', -50000, null],
    ['1 234,56', 123456, null],
    ['1\u00a0234,56 €', 123456, 'EUR'],
    ['1,234', 123400, null],
    ['1.234', 123400, null],
    ['1.234.567', 123456700, null],
    ['1,234,567.8', 123456780, null],
    ['12,5', 1250, null],
    ['0.125', 13, null],
    ['1234.567', 123457, null],
    ['£99.9949', 9999, 'GBP'],
    ['£99.994', 9999400, 'GBP'],
    ['1,23,456.00', 12345600, null],
    ['.5', 50, null],
    ['0', 0, null],
    ['-0.00', 0, null],
  ])('reads %s as %i cents (%s)', (raw, cents, currency) => {
    expect(coerceAmount(raw)).toEqual({ ok: true, cents, currency });
  });

  it('reads a blank amount as unknown, not 0', () => {
    expect(coerceAmount('  ')).toEqual({ ok: true, cents: null, currency: null });
  });

  it.each([
    ['lots', 'is not an amount'],
    ['12..5', 'is not an amount'],
    ['1,2,3', 'is not an amount'],
    ['1.234,567,89', 'is not an amount'],
    ['$5 €', 'names two currencies (USD, EUR)'],
    [
      '1.2E+06',
      'is in scientific notation (Excel rounded it); re-export without opening the file in Excel',
    ],
  ])('rejects %s: %s', (raw, problem) => {
    expect(coerceAmount(raw)).toEqual({ ok: false, problem });
  });
});

describe('coerceCount', () => {
  it('reads employee counts with thousands separators', () => {
    expect(coerceCount('1,200')).toEqual({ ok: true, value: 1200 });
    expect(coerceCount('85')).toEqual({ ok: true, value: 85 });
    expect(coerceCount('')).toEqual({ ok: true, value: null });
  });

  it('rejects a range, a fraction and a negative count', () => {
    expect(coerceCount('51-200')).toEqual({ ok: false });
    expect(coerceCount('12.5')).toEqual({ ok: false });
    expect(coerceCount('-3')).toEqual({ ok: false });
  });
});

describe('coercePercent', () => {
  it('reads Salesforce percentages with or without the sign', () => {
    expect(coercePercent('60', 'percent')).toEqual({ ok: true, value: 60 });
    expect(coercePercent('60%', 'percent')).toEqual({ ok: true, value: 60 });
    expect(coercePercent('', 'percent')).toEqual({ ok: true, value: null });
  });

  it('turns HubSpot fractions into percent without float noise', () => {
    expect(coercePercent('0.6', 'fraction')).toEqual({ ok: true, value: 60 });
    expect(coercePercent('0.57', 'fraction')).toEqual({ ok: true, value: 57 });
    expect(coercePercent('1', 'fraction')).toEqual({ ok: true, value: 100 });
  });

  it('rejects values outside 0–100 and words', () => {
    expect(coercePercent('140', 'percent')).toEqual({ ok: false });
    expect(coercePercent('likely', 'percent')).toEqual({ ok: false });
  });
});

describe('probabilityScale', () => {
  it('reads HubSpot Deal probability as fractions even when only 0 and 1 occur', () => {
    expect(probabilityScale(['0', '1', ''], true)).toBe('fraction');
  });

  it('reads a column with a value above 1 as percent', () => {
    expect(probabilityScale(['0.5', '60'], true)).toBe('percent');
  });

  it('reads a generic column of fractions as fractions, and of 0 and 1 as percent', () => {
    expect(probabilityScale(['0.25', '1'], false)).toBe('fraction');
    expect(probabilityScale(['0', '1'], false)).toBe('percent');
  });
});
