import { normaliseWords } from '../../../shared/demand-source';
import type { Opportunity } from '../../../shared/records';

/** One row of the demand-source table: a lead source as the data writes it, and how often. */
export interface LeadSourceRow {
  /** normaliseWords of the raw value: the key of settings.demandSourceTable. */
  key: string;
  /** The most frequent spelling in the data; `''` for a blank lead source. */
  raw: string;
  /** Other spellings that normalise to the same key, e.g. `Partner_Referral`. */
  variants: string[];
  count: number;
}

/** Every distinct lead source of the data, spellings merged by their table key, most frequent first. */
export function leadSourcesInData(opportunities: readonly Opportunity[]): LeadSourceRow[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const o of opportunities) {
    const raw = (o.leadSource ?? '').trim();
    const key = normaliseWords(raw);
    const spellings = byKey.get(key) ?? new Map<string, number>();
    spellings.set(raw, (spellings.get(raw) ?? 0) + 1);
    byKey.set(key, spellings);
  }
  const rows: LeadSourceRow[] = [];
  for (const [key, spellings] of byKey) {
    const ordered = [...spellings.entries()].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    rows.push({
      key,
      raw: ordered[0]?.[0] ?? '',
      variants: ordered.slice(1).map(([spelling]) => spelling),
      count: ordered.reduce((sum, [, n]) => sum + n, 0),
    });
  }
  return rows.sort((a, b) => b.count - a.count || a.raw.localeCompare(b.raw));
}
