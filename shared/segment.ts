import type { Opportunity, Segment } from './records';
import type { Settings } from './settings';
import { hasWholeWords, normaliseWords } from './demand-source';

/** The words of a segment column (metrics.md §3), checked in this order as whole words. */
export const SEGMENT_KEYWORDS: ReadonlyArray<
  readonly [Exclude<Segment, 'unknown'>, readonly string[]]
> = [
  ['smb', ['smb', 'small', 'small business']],
  ['midmarket', ['mid', 'mid market', 'midmarket', 'commercial']],
  ['enterprise', ['enterprise', 'ent', 'large', 'strategic']],
];

/** The segment a segment-column value names, or `null` when it names none of them. */
export function segmentFromColumn(raw: string | null): Exclude<Segment, 'unknown'> | null {
  const words = normaliseWords(raw ?? '');
  if (words === '') return null;
  for (const [segment, keywords] of SEGMENT_KEYWORDS) {
    if (keywords.some((k) => hasWholeWords(words, k))) return segment;
  }
  return null;
}

/** The segment of an employee count under the editable bands; 0, blank or nonsense is unknown. */
export function segmentFromEmployees(
  employees: number | null,
  bands: Settings['employeeBands'],
): Segment {
  if (employees === null || !Number.isFinite(employees) || employees <= 0) return 'unknown';
  if (employees < bands.smbBelow) return 'smb';
  if (employees < bands.enterpriseFrom) return 'midmarket';
  return 'enterprise';
}

/** An opportunity's segment (metrics.md §3): a recognised segment column wins, else the employee count. */
export function classifySegment(
  opp: Pick<Opportunity, 'segmentRaw' | 'employees'>,
  bands: Settings['employeeBands'],
): Segment {
  return segmentFromColumn(opp.segmentRaw) ?? segmentFromEmployees(opp.employees, bands);
}

/** A segment classifier that remembers each segment-column value, so large imports normalise each value once. */
export function segmentClassifier(
  bands: Settings['employeeBands'],
): (opp: Pick<Opportunity, 'segmentRaw' | 'employees'>) => Segment {
  const seen = new Map<string, Exclude<Segment, 'unknown'> | null>();
  return (opp) => {
    const raw = opp.segmentRaw ?? '';
    let fromColumn = seen.get(raw);
    if (fromColumn === undefined) {
      fromColumn = segmentFromColumn(raw);
      seen.set(raw, fromColumn);
    }
    return fromColumn ?? segmentFromEmployees(opp.employees, bands);
  };
}
