import type Dexie from 'dexie';
import { SUPPORTING_KEYS, type SupportingRecords } from '../../../../shared/metrics';
import type { Opportunity } from '../../../../shared/records';
import type { OtherRecordKind } from '../db';
import { readRecords } from '../record-pages';
import type { ReportRequest, SupportingBatches } from './protocol';

/** The stored records a report is computed from. */
export interface ReportRecords {
  opportunities: Opportunity[];
  /** The active import of each other kind; a kind never imported is absent. */
  supporting: SupportingRecords;
}

/** Reads the request's opportunities and every supporting import it names: in the report worker or, without one, in the window. */
export async function readReportRecords(
  database: Dexie,
  request: Pick<ReportRequest, 'batchId' | 'supportingBatches'>,
): Promise<ReportRecords> {
  const kinds = Object.keys(request.supportingBatches) as OtherRecordKind[];
  const [opportunities, ...lists] = await Promise.all([
    readRecords(database, request.batchId, 'opportunities'),
    ...kinds.map((kind) => readSupporting(database, request.supportingBatches, kind)),
  ]);
  const supporting: Record<string, unknown> = {};
  kinds.forEach((kind, at) => {
    supporting[SUPPORTING_KEYS[kind]] = lists[at];
  });
  // Each list was read as its own kind, under the key SupportingRecords gives that kind.
  return { opportunities, supporting: supporting };
}

/** One supporting kind's records, or none when the request names no import of it. */
async function readSupporting(
  database: Dexie,
  batches: SupportingBatches,
  kind: OtherRecordKind,
): Promise<unknown[]> {
  const batchId = batches[kind];
  return batchId === undefined ? [] : readRecords(database, batchId, kind);
}
