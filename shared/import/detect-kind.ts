import { decodeBytes } from './decode';
import { KIND_DEFINITIONS, RECORD_KINDS } from './kinds';
import { hallmarkCount, missingGroup, proposeFieldMapping } from './mapping';
import { parseCsv } from './parse';
import type { RecordKind } from './types';

/** How much of a file is read to find its header row. */
const HEADER_SNIFF_BYTES = 65_536;

/** A hallmark header weighs as much as this many mapped columns. */
const HALLMARK_WEIGHT = 3;

/** How well a file's headers fit one kind. */
export interface KindScore {
  kind: RecordKind;
  /** Headers only this kind's files have. */
  hallmarks: number;
  /** Fields the proposed mapping fills. */
  mapped: number;
  score: number;
}

/**
 * Scores every kind whose required columns the headers can fill: hallmark headers (such
 * as `Lead Status`, `Campaign Type`, `Tier`) weigh three times a mapped column. Best first;
 * ties keep the order of RECORD_KINDS.
 */
export function scoreRecordKinds(headers: readonly string[]): KindScore[] {
  const scores = RECORD_KINDS.map((kind) => scoreKind(kind, headers)).filter(
    (score): score is KindScore => score !== null,
  );
  return scores.sort((a, b) => b.score - a.score);
}

/** How well headers fit one kind, or `null` when its required columns are not all there. */
function scoreKind<K extends RecordKind>(kind: K, headers: readonly string[]): KindScore | null {
  const definition = KIND_DEFINITIONS[kind];
  const { mapping } = proposeFieldMapping(definition, headers);
  if (missingGroup(definition.requiredGroups, mapping) !== null) return null;
  const hallmarks = hallmarkCount(definition, headers);
  const mapped = Object.keys(mapping).length;
  return { kind, hallmarks, mapped, score: HALLMARK_WEIGHT * hallmarks + mapped };
}

/**
 * The kind a file most likely holds, from its headers, so a folder of exports can be
 * dropped at once. `null` when no kind's required columns are there, or when several
 * kinds could hold the file and no header is a hallmark of the best fit (the user then
 * picks the kind).
 */
export function detectRecordKind(headers: readonly string[]): RecordKind | null {
  const scores = scoreRecordKinds(headers);
  const [best] = scores;
  if (best === undefined) return null;
  return best.hallmarks > 0 || scores.length === 1 ? best.kind : null;
}

/** The header row of a file, read from its first 64 KB in any encoding the importer knows; `[]` when there is none. */
export function readHeaders(bytes: Uint8Array): string[] {
  const decoded = decodeBytes(bytes.subarray(0, HEADER_SNIFF_BYTES));
  if (!decoded.ok) return [];
  const [first] = parseCsv(decoded.text).rows;
  return first === undefined ? [] : first.cells.map((cell) => cell.trim());
}

/** The kind a file most likely holds, from its bytes (see detectRecordKind). */
export function detectFileKind(bytes: Uint8Array): RecordKind | null {
  return detectRecordKind(readHeaders(bytes));
}
