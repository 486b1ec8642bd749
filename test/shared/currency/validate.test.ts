import { describe, expect, it } from 'vitest';
import { checkCurrencyDraft, draftOfSettings, parseRate } from '../../../shared/currency';

describe('parseRate', () => {
  it('reads a decimal with a point or a comma', () => {
    expect(parseRate(' 1.0823 ')).toEqual({ ok: true, rate: 1.0823 });
    expect(parseRate('1,0823')).toEqual({ ok: true, rate: 1.0823 });
    expect(parseRate('.5')).toEqual({ ok: true, rate: 0.5 });
  });

  it('says what is wrong with a blank, a word, zero and a negative', () => {
    expect(parseRate('')).toEqual({ ok: false, problem: 'Enter a rate.' });
    expect(parseRate('abc')).toEqual({
      ok: false,
      problem: '“abc” is not a number; write it like 1.0823.',
    });
    expect(parseRate('0')).toEqual({ ok: false, problem: 'A rate must be more than 0.' });
    expect(parseRate('-1.2')).toEqual({
      ok: false,
      problem: '“-1.2” is not a number; write it like 1.0823.',
    });
  });
});

describe('checkCurrencyDraft', () => {
  it('turns a valid draft into settings with upper-case codes', () => {
    const check = checkCurrencyDraft({
      reporting: 'usd',
      rates: [
        { currency: 'eur', rate: '1.0823' },
        { currency: 'GBP', rate: '1,271' },
      ],
    });
    expect(check).toEqual({
      reporting: null,
      rows: [
        { currency: null, rate: null },
        { currency: null, rate: null },
      ],
      settings: { reporting: 'USD', rates: { EUR: 1.0823, GBP: 1.271 } },
    });
  });

  it('saves no reporting currency and no rates when both are blank', () => {
    expect(checkCurrencyDraft({ reporting: '', rates: [] }).settings).toEqual({
      reporting: null,
      rates: {},
    });
  });

  it('ignores a row just added and left blank', () => {
    const check = checkCurrencyDraft({ reporting: 'USD', rates: [{ currency: '', rate: '' }] });
    expect(check.settings).toEqual({ reporting: 'USD', rates: {} });
  });

  it('asks for a reporting currency once there are rates', () => {
    const check = checkCurrencyDraft({ reporting: '', rates: [{ currency: 'EUR', rate: '1.08' }] });
    expect(check.reporting).toBe('Choose the reporting currency the rates convert into.');
    expect(check.settings).toBeNull();
  });

  it('refuses a reporting currency that is not three letters', () => {
    const check = checkCurrencyDraft({ reporting: 'US$', rates: [] });
    expect(check.reporting).toBe('“US$” is not a three-letter currency code such as USD.');
    expect(check.settings).toBeNull();
  });

  it('marks each bad row: not a code, the reporting currency, a repeat, a bad rate', () => {
    const check = checkCurrencyDraft({
      reporting: 'USD',
      rates: [
        { currency: 'Euro', rate: '1.08' },
        { currency: 'usd', rate: '1' },
        { currency: 'GBP', rate: '1.27' },
        { currency: 'gbp', rate: '1.28' },
        { currency: 'CHF', rate: '0' },
        { currency: '', rate: '2' },
      ],
    });
    expect(check.rows).toEqual([
      { currency: '“Euro” is not a three-letter currency code such as EUR.', rate: null },
      { currency: 'USD is the reporting currency; its rate is always 1.', rate: null },
      { currency: null, rate: null },
      { currency: 'GBP already has a rate above.', rate: null },
      { currency: null, rate: 'A rate must be more than 0.' },
      { currency: 'Enter a currency code.', rate: null },
    ]);
    expect(check.settings).toBeNull();
  });

  it('drafts stored settings in code order', () => {
    expect(draftOfSettings({ reporting: 'USD', rates: { GBP: 1.271, EUR: 1.0823 } })).toEqual({
      reporting: 'USD',
      rates: [
        { currency: 'EUR', rate: '1.0823' },
        { currency: 'GBP', rate: '1.271' },
      ],
    });
    expect(draftOfSettings({ reporting: null, rates: {} })).toEqual({ reporting: '', rates: [] });
  });
});
