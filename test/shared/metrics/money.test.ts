import { describe, expect, it } from 'vitest';
import { sumMoney } from '../../../shared/money';

describe('sumMoney', () => {
  it('sums to the exact cent where floating point drifts', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
    expect(sumMoney(Array.from({ length: 10 }, () => 0.1))).toBe(1);
  });

  it('counts blank amounts as 0', () => {
    expect(sumMoney([10.5, null, 4.25])).toBe(14.75);
    expect(sumMoney([])).toBe(0);
  });
});
