import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatDate,
  formatMoney,
  formatMoneyFull,
  formatPercent,
} from '../../shared/format';

describe('formatMoney', () => {
  it('rounds slide amounts to three significant figures with K/M/B', () => {
    expect(formatMoney(1_234_567, 'USD')).toBe('$1.23M');
    expect(formatMoney(845_000, 'USD')).toBe('$845K');
    expect(formatMoney(12_449, 'USD')).toBe('$12.4K');
    expect(formatMoney(2_500_000_000, 'USD')).toBe('$2.5B');
    expect(formatMoney(0, 'USD')).toBe('$0');
  });

  it('drops trailing zeros and never shows 1000K', () => {
    expect(formatMoney(4_200_000, 'USD')).toBe('$4.2M');
    expect(formatMoney(999_600, 'USD')).toBe('$1M');
    expect(formatMoney(999.6, 'USD')).toBe('$1K');
  });

  it('shows whole units below a thousand', () => {
    expect(formatMoney(845.4, 'USD')).toBe('$845');
    expect(formatMoney(12.46, 'USD')).toBe('$12');
    expect(formatMoney(0.2, 'USD')).toBe('$0');
  });

  it('uses €, £ and the ISO code for other currencies, and nothing without one', () => {
    expect(formatMoney(12_400, 'EUR')).toBe('€12.4K');
    expect(formatMoney(12_400, 'gbp')).toBe('£12.4K');
    expect(formatMoney(12_400, 'CHF')).toBe('CHF 12.4K');
    expect(formatMoney(12_400, null)).toBe('12.4K');
    expect(formatMoney(12_400)).toBe('12.4K');
  });

  it('puts the sign before the currency', () => {
    expect(formatMoney(-12_400, 'USD')).toBe('-$12.4K');
  });
});

describe('formatMoneyFull', () => {
  it('keeps full precision with separators and cents only when non-zero', () => {
    expect(formatMoneyFull(1_234_567, 'USD')).toBe('$1,234,567');
    expect(formatMoneyFull(1_234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoneyFull(0, 'EUR')).toBe('€0');
    expect(formatMoneyFull(-99.99, null)).toBe('-99.99');
  });
});

describe('formatPercent', () => {
  it('shows n/a for an empty denominator', () => {
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
  });

  it('rounds fractions to whole percentages and keeps tiny shares visible', () => {
    expect(formatPercent(0.384)).toBe('38%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.003)).toBe('<1%');
  });

  it('signs a change', () => {
    expect(formatChange(0.123)).toBe('+12%');
    expect(formatChange(-0.08)).toBe('-8%');
    expect(formatChange(null)).toBe('n/a');
  });
});

describe('formatCount and formatDate', () => {
  it('separates thousands in counts', () => {
    expect(formatCount(1204)).toBe('1,204');
    expect(formatCount(7)).toBe('7');
  });

  it('writes dates the way a reader says them', () => {
    expect(formatDate('2025-09-17')).toBe('Sep 17, 2025');
    expect(formatDate('2026-01-01')).toBe('Jan 1, 2026');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
