import { importRecords } from '../../../shared/import/import-records';
import type { RecordImportResult } from '../../../shared/import/types';
import type { QuarterdeckDb } from '../../../renderer/src/data/db';
import { beginStaging, stageRecords } from '../../../renderer/src/data/staging';
import { publishStaged } from '../../../renderer/src/data/store';

/** A Salesforce leads export of one lead per `[id, created]`, imported like any file. */
export function leadsImport(
  fileName: string,
  leads: readonly (readonly [string, string])[],
): RecordImportResult<'leads'> {
  const rows = leads.map(
    ([id, created]) => `${id},${created},Acme,${id.toLowerCase()}@acme.com,Open`,
  );
  const csv = ['Lead ID,Create Date,Company / Account,Email,Lead Status', ...rows].join('\n');
  const result = importRecords('leads', new TextEncoder().encode(csv), { fileName });
  if (result.fatal !== null || result.errors.length > 0) throw new Error('the leads file is bad');
  return result;
}

/** A targets file of one row per `[period, amount]` (marketing pipeline, every segment). */
export function targetsImport(
  fileName: string,
  targets: readonly (readonly [string, number])[],
): RecordImportResult<'targets'> {
  const rows = targets.map(([period, amount]) => `${period},marketing,all,pipeline,${amount}`);
  const csv = ['Period,Demand source,Segment,Kind,Amount', ...rows].join('\n');
  const result = importRecords('targets', new TextEncoder().encode(csv), { fileName });
  if (result.fatal !== null || result.errors.length > 0) throw new Error('the targets file is bad');
  return result;
}

/**
 * Stages an import of leads or targets and publishes it as the import screen does (not as
 * the sample); resolves to its batch id.
 */
export async function publishImport(
  database: QuarterdeckDb,
  result:
    RecordImportResult<'leads'> | RecordImportResult<'targets'> | RecordImportResult<'touchpoints'>,
  importedAt: string,
): Promise<string> {
  const { kind, fileName } = result.summary;
  const id = await beginStaging(kind, fileName, database);
  await stageRecords(id, kind, result.records, database);
  return publishStaged(
    { id, kind, fileName, summary: result.summary, errors: result.errors, dataAsOf: null },
    { isSample: false, importedAt },
    database,
  );
}
