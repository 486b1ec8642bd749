import type Dexie from 'dexie';
import type { Account, Opportunity } from '../../../../shared/records';
import { readRecords } from '../record-pages';
import type { ReportRequest } from './protocol';

/** The stored records a report is computed from. */
export interface ReportRecords {
  opportunities: Opportunity[];
  /** The active accounts import's records; empty when there is none. */
  accounts: Account[];
}

/** Reads the request's opportunities and accounts imports: in the report worker or, without one, in the window. */
export async function readReportRecords(
  database: Dexie,
  request: Pick<ReportRequest, 'batchId' | 'accountsBatchId'>,
): Promise<ReportRecords> {
  const [opportunities, accounts] = await Promise.all([
    readRecords(database, request.batchId, 'opportunities'),
    request.accountsBatchId === null
      ? Promise.resolve([])
      : readRecords(database, request.accountsBatchId, 'accounts'),
  ]);
  return { opportunities, accounts };
}
