import { SUPPORTING_KEYS, type SupportingRecords } from '../shared/metrics';
import type { RecordsByKind } from './load-inputs';

/**
 * The records of every kind beside the opportunities, as the report takes them: each kind's
 * files in command-line order (a later file's account wins a shared id or name), and a kind
 * with no file left out, so the figures resting on it are reported as not measured.
 */
export function supportingRecords(records: RecordsByKind): SupportingRecords {
  const supporting: Record<string, readonly unknown[]> = {};
  for (const [kind, key] of Object.entries(SUPPORTING_KEYS)) {
    const list = records[kind as keyof typeof SUPPORTING_KEYS];
    if (list.length > 0) supporting[key] = list;
  }
  // Each list is the records of the kind SUPPORTING_KEYS names it after.
  return supporting;
}
