import { expect } from 'vitest';

/** Matches a number within 1e-9 of `x`: expected landings are products of rates, not exact cents. */
export function near(x: number): number {
  return expect.closeTo(x, 9) as number;
}
