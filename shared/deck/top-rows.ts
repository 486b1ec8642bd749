/**
 * Most body rows a compact table shows under a KPI row (the slide body is 384 px: 248 px
 * under the tiles, a header and six 36 px rows).
 */
export const TABLE_ROWS_UNDER_KPIS = 6;

/** The first rows of a ranked list, and the rest folded into one "Other" entry. */
export interface TopRows<T> {
  top: [string, T][];
  /** The folded rest, `null` when every entry fits. */
  other: { count: number; figures: T } | null;
}

/**
 * Keeps a ranked list within `max` rows without clipping anything: when there are more
 * entries, the first `max − 1` are kept and the rest are folded with `merge` into one
 * "Other (k …)" row, so the rows still add up to the whole.
 */
export function topWithOther<T>(
  entries: readonly [string, T][],
  max: number,
  merge: (items: readonly T[]) => T,
): TopRows<T> {
  if (entries.length <= max) return { top: [...entries], other: null };
  const keep = Math.max(max - 1, 0);
  const rest = entries.slice(keep).map(([, figures]) => figures);
  return { top: entries.slice(0, keep), other: { count: rest.length, figures: merge(rest) } };
}
