/** Whole cents of an amount; sums are kept in integer cents so they never drift. */
export function toCents(amount: number | null): number {
  return amount === null || !Number.isFinite(amount) ? 0 : Math.round(amount * 100);
}

/** The amount of a whole number of cents. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Σ of amounts exact to the cent; `null` (a blank amount) counts as 0 (metrics.md §1). */
export function sumMoney(values: Iterable<number | null>): number {
  let cents = 0;
  for (const v of values) cents += toCents(v);
  return fromCents(cents);
}
