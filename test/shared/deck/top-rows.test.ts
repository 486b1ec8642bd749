import { describe, expect, it } from 'vitest';
import { topWithOther } from '../../../shared/deck/top-rows';

const sum = (items: readonly number[]) => items.reduce((a, b) => a + b, 0);

describe('topWithOther', () => {
  it('keeps every entry when they fit', () => {
    expect(
      topWithOther(
        [
          ['a', 5],
          ['b', 3],
        ],
        2,
        sum,
      ),
    ).toEqual({
      top: [
        ['a', 5],
        ['b', 3],
      ],
      other: null,
    });
  });

  it('keeps max − 1 entries and folds the rest into one, so the total is kept', () => {
    const entries: [string, number][] = [
      ['a', 9],
      ['b', 7],
      ['c', 4],
      ['d', 2],
      ['e', 1],
    ];
    const { top, other } = topWithOther(entries, 3, sum);
    expect(top).toEqual([
      ['a', 9],
      ['b', 7],
    ]);
    expect(other).toEqual({ count: 3, figures: 7 });
    // 9 + 7 + 7 = 23, the sum of all five.
    expect(sum(top.map(([, v]) => v)) + (other?.figures ?? 0)).toBe(23);
  });
});
