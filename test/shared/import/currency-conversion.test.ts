import { describe, expect, it } from 'vitest';
import { KIND_DEFINITIONS } from '../../../shared/import/kinds';
import { importChunks } from '../../../shared/import/streaming';
import type { CurrencySettings } from '../../../shared/settings';
import { fixtureBytes, importFixture, importText } from './fixture';
import { importKindText } from './kind-fixture';

const USD_WITH_EUR: CurrencySettings = { reporting: 'USD', rates: { EUR: 1.0823 } };

describe('a file that mixes currencies, with the settings passed', () => {
  it('stops mixed-currency.csv naming the missing EUR rate and the reporting currency', () => {
    const result = importFixture('mixed-currency.csv', {
      currency: { reporting: 'USD', rates: { GBP: 1.271 } },
    });
    expect(result.fatal).toBe(
      'This file mixes currencies (USD, EUR). Add a rate for EUR in Settings → Currencies (reporting currency USD), or filter the report to one currency.',
    );
    expect(result.records).toEqual([]);
  });

  it('stops it asking for a reporting currency when none is chosen', () => {
    const result = importFixture('mixed-currency.csv', {
      currency: { reporting: null, rates: {} },
    });
    expect(result.fatal).toBe(
      'This file mixes currencies (USD, EUR). Choose a reporting currency and add a rate for each other currency in Settings → Currencies, or filter the report to one currency.',
    );
  });

  it('converts the EUR deal at 1.0823 and stores every deal in USD', () => {
    const result = importFixture('mixed-currency.csv', { currency: USD_WITH_EUR });
    expect(result.fatal).toBeNull();
    expect(result.records.map((r) => [r.id, r.amount, r.currency])).toEqual([
      ['0065g00000Mc001', 12400, 'USD'],
      // 8,000.00 × 1.0823 = 8,658.40
      ['0065g00000Mc002', 8658.4, 'USD'],
      ['0065g00000Mc003', 500, 'USD'],
    ]);
    // 12,400.00 + 8,658.40 + 500.00
    expect(result.summary.amountRead).toBe(21558.4);
    expect(result.summary.amountStored).toBe(21558.4);
    expect(result.summary.converted).toEqual([
      { from: 'EUR', to: 'USD', rate: 1.0823, rows: 1, amount: 8000, converted: 8658.4 },
    ]);
  });

  it('converts into EUR when EUR is the reporting currency', () => {
    const result = importFixture('mixed-currency.csv', {
      currency: { reporting: 'EUR', rates: { USD: 0.924 } },
    });
    // 12,400 × 0.924 = 11,457.60; 500 × 0.924 = 462.00; 8,000 stays.
    expect(result.records.map((r) => [r.amount, r.currency])).toEqual([
      [11457.6, 'EUR'],
      [8000, 'EUR'],
      [462, 'EUR'],
    ]);
    expect(result.summary.amountStored).toBe(19919.6);
    expect(result.summary.converted).toEqual([
      { from: 'USD', to: 'EUR', rate: 0.924, rows: 2, amount: 12900, converted: 11919.6 },
    ]);
  });

  it('rounds each amount to cents and reconciles a duplicate id in the converted sums', () => {
    const result = importText(
      [
        'Opportunity ID,Amount,Currency',
        '006A,"1,234.56",EUR',
        '006B,100.00,USD',
        '006A,"1,000.01",EUR',
        '006C,"£99.99",GBP',
        '006D,,EUR',
      ].join('\n'),
      { currency: { reporting: 'USD', rates: { EUR: 1.0823, GBP: 1.271 } } },
    );
    expect(result.fatal).toBeNull();
    // 1,000.01 × 1.0823 = 1,082.310823 → 1,082.31; 99.99 × 1.271 = 127.08729 → 127.09
    expect(result.records.map((r) => [r.id, r.amount, r.currency])).toEqual([
      ['006A', 1082.31, 'USD'],
      ['006B', 100, 'USD'],
      ['006C', 127.09, 'USD'],
      ['006D', null, 'USD'],
    ]);
    expect(result.summary.duplicateIds).toEqual(['006A']);
    // Read: 1,336.16 (the first 006A) + 100.00 + 1,082.31 + 127.09 = 2,645.56
    expect(result.summary.amountRead).toBe(2645.56);
    // Stored: 1,082.31 + 100.00 + 127.09 = 1,309.40
    expect(result.summary.amountStored).toBe(1309.4);
    expect(result.summary.converted).toEqual([
      { from: 'EUR', to: 'USD', rate: 1.0823, rows: 3, amount: 2234.57, converted: 2418.47 },
      { from: 'GBP', to: 'USD', rate: 1.271, rows: 1, amount: 99.99, converted: 127.09 },
    ]);
  });

  it('converts amounts whose symbols name the currency, a bare amount taken as reporting', () => {
    const result = importText('Opportunity ID,Amount\n006A,"$1,000"\n006B,€250\n006C,75\n', {
      currency: USD_WITH_EUR,
    });
    // 250 × 1.0823 = 270.575 → 270.58
    expect(result.records.map((r) => [r.amount, r.currency])).toEqual([
      [1000, 'USD'],
      [270.58, 'USD'],
      [75, 'USD'],
    ]);
    expect(result.summary.amountStored).toBe(1345.58);
  });

  it('leaves a single-currency file alone, even in another currency than the reporting one', () => {
    const result = importText('Opportunity ID,Amount,Currency\n006A,100,EUR\n006B,50,eur\n', {
      currency: USD_WITH_EUR,
    });
    expect(result.records.map((r) => [r.amount, r.currency])).toEqual([
      [100, 'EUR'],
      [50, 'EUR'],
    ]);
    expect(result.summary.converted).toBeUndefined();
  });

  it('converts a spend file mixing symbols and stops one missing a rate', () => {
    const text = 'Month,Channel,Spend\n2026-01,Web,€100\n2026-01,Events,$200\n';
    const converted = importKindText('spend', text, { currency: USD_WITH_EUR });
    // 100 × 1.0823 = 108.23
    expect(converted.records.map((r) => [r.channel, r.amount, r.currency])).toEqual([
      ['Web', 108.23, 'USD'],
      ['Events', 200, 'USD'],
    ]);
    expect(converted.summary).toMatchObject({ amountRead: 308.23, amountStored: 308.23 });
    const stopped = importKindText('spend', text, {
      currency: { reporting: 'USD', rates: {} },
    });
    expect(stopped.fatal).toBe(
      'This file mixes currencies (EUR, USD). Add a rate for EUR in Settings → Currencies (reporting currency USD), or filter the report to one currency.',
    );
  });

  it('gives the streaming engine the same converted result as the one-shot engine', () => {
    const bytes = fixtureBytes('mixed-currency.csv');
    const options = { fileName: 'mixed-currency.csv', currency: USD_WITH_EUR };
    const streamed = importChunks(
      KIND_DEFINITIONS.opportunities,
      () => [bytes.subarray(0, 50), bytes.subarray(50, 120), bytes.subarray(120)],
      options,
    );
    expect(streamed.fatal).toBeNull();
    expect(streamed.records.map((r) => [r.amount, r.currency])).toEqual([
      [12400, 'USD'],
      [8658.4, 'USD'],
      [500, 'USD'],
    ]);
    expect(streamed.summary.amountStored).toBe(21558.4);
    expect(streamed.summary.converted).toEqual([
      { from: 'EUR', to: 'USD', rate: 1.0823, rows: 1, amount: 8000, converted: 8658.4 },
    ]);
  });
});
