import { describe, expect, it } from 'vitest';
import { parseTargetAmount } from '../../../shared/targets/target-amount';

describe('parseTargetAmount', () => {
  it('reads plain numbers and numbers with thousands separators', () => {
    expect(parseTargetAmount('1200000')).toEqual({ ok: true, cents: 120_000_000 });
    expect(parseTargetAmount('1,200,000')).toEqual({ ok: true, cents: 120_000_000 });
    expect(parseTargetAmount(' 1 200 000 ')).toEqual({ ok: true, cents: 120_000_000 });
    expect(parseTargetAmount('$1,200,000.50')).toEqual({ ok: true, cents: 120_000_050 });
    expect(parseTargetAmount('0')).toEqual({ ok: true, cents: 0 });
  });

  it('reads k, M, mm and bn shorthand exactly to the cent', () => {
    expect(parseTargetAmount('800k')).toEqual({ ok: true, cents: 80_000_000 });
    expect(parseTargetAmount('1.2M')).toEqual({ ok: true, cents: 120_000_000 });
    expect(parseTargetAmount('1,2M')).toEqual({ ok: true, cents: 120_000_000 });
    expect(parseTargetAmount('$2.5 mm')).toEqual({ ok: true, cents: 250_000_000 });
    expect(parseTargetAmount('1bn')).toEqual({ ok: true, cents: 100_000_000_000 });
    expect(parseTargetAmount('0.35m')).toEqual({ ok: true, cents: 35_000_000 });
  });

  it('reads "1,200k" as twelve hundred thousands, not 1.2 thousand', () => {
    expect(parseTargetAmount('1,200k')).toEqual({ ok: true, cents: 120_000_000 });
  });

  it('asks for an amount when the cell is blank', () => {
    expect(parseTargetAmount('  ')).toEqual({
      ok: false,
      message: 'Enter an amount, like 1,200,000 or 1.2M.',
    });
  });

  it('says a negative amount is not a target', () => {
    expect(parseTargetAmount('-500')).toEqual({
      ok: false,
      message: '“-500” is negative; a target is an amount to reach.',
    });
  });

  it('rejects words and malformed numbers, quoting what was typed', () => {
    expect(parseTargetAmount('lots')).toEqual({
      ok: false,
      message: '“lots” is not an amount; write it like 1,200,000 or 1.2M.',
    });
    expect(parseTargetAmount('1.2.3M')).toEqual({
      ok: false,
      message: '“1.2.3M” is not an amount; write it like 1,200,000 or 1.2M.',
    });
  });

  it('rejects an amount in another currency than the reporting one, and accepts the same one', () => {
    expect(parseTargetAmount('€500,000', 'USD')).toEqual({
      ok: false,
      message: '“€500,000” is in EUR; targets are in the reporting currency, USD.',
    });
    expect(parseTargetAmount('$500,000', 'usd')).toEqual({ ok: true, cents: 50_000_000 });
    expect(parseTargetAmount('€500,000')).toEqual({ ok: true, cents: 50_000_000 });
  });
});
