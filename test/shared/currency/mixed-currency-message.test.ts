import { describe, expect, it } from 'vitest';
import {
  isMixedCurrencyStop,
  mixedCurrencyMessage,
  mixedCurrencyMessageForCli,
} from '../../../shared/currency';

describe('mixedCurrencyMessage', () => {
  it('names the one missing rate and the reporting currency', () => {
    expect(mixedCurrencyMessage(['USD', 'EUR'], { reporting: 'USD', rates: {} })).toBe(
      'This file mixes currencies (USD, EUR). Add a rate for EUR in Settings → Currencies (reporting currency USD), or filter the report to one currency.',
    );
  });

  it('names several missing rates, leaving out those already there', () => {
    expect(
      mixedCurrencyMessage(['USD', 'EUR', 'GBP', 'CHF'], {
        reporting: 'EUR',
        rates: { GBP: 1.17 },
      }),
    ).toBe(
      'This file mixes currencies (USD, EUR, GBP, CHF). Add rates for USD, CHF in Settings → Currencies (reporting currency EUR), or filter the report to one currency.',
    );
  });

  it('asks for a reporting currency when none is chosen', () => {
    expect(mixedCurrencyMessage(['USD', 'EUR'], { reporting: null, rates: {} })).toBe(
      'This file mixes currencies (USD, EUR). Choose a reporting currency and add a rate for each other currency in Settings → Currencies, or filter the report to one currency.',
    );
  });

  it('is recognised as the currency stop, and other messages are not', () => {
    expect(isMixedCurrencyStop(mixedCurrencyMessage(['USD', 'EUR'], undefined))).toBe(true);
    expect(isMixedCurrencyStop('This file has a header row but no data rows.')).toBe(false);
    expect(isMixedCurrencyStop(null)).toBe(false);
  });

  it('points the command line at --rates instead of the settings screen', () => {
    const message = mixedCurrencyMessage(['USD', 'EUR'], { reporting: 'USD', rates: {} });
    expect(mixedCurrencyMessageForCli(message, 'rates.csv')).toBe(
      'This file mixes currencies (USD, EUR). Add a rate for EUR in --rates rates.csv (reporting currency USD), or filter the report to one currency.',
    );
    expect(mixedCurrencyMessageForCli('Some other problem.', null)).toBe('Some other problem.');
  });
});
