import 'fake-indexeddb/auto';
import './browser-globals';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommandLine } from '../../../cli/run';
import type { CliReport } from '../../../cli/report-command';
import { activeImportId } from '../../../renderer/src/data/active-import';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import type {
  ReportRequest,
  ReportResponse,
} from '../../../renderer/src/data/report-worker/protocol';
import { beginStaging, stageRecords } from '../../../renderer/src/data/staging';
import { publishStaged, storeImport } from '../../../renderer/src/data/store';
import { importOpportunities, importRecords } from '../../../shared/import';
import type { Report } from '../../../shared/metrics';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate } from '../../../shared/units';
import { captureIo } from '../../cli/capture-io';

// The opportunities and accounts of test/fixtures/accounts-join (its README has the figures).
const OPPORTUNITIES = 'test/fixtures/accounts-join/opportunities.csv';
const ACCOUNTS = 'test/fixtures/accounts-join/accounts.csv';
const SETTINGS = {
  ...DEFAULT_SETTINGS,
  asOf: isoDate('2026-02-15'),
  period: 'FY2026-Q1',
};

/** The worker's global scope, stood in for: what it posts is collected here. */
const scope: { onmessage: ((event: { data: ReportRequest }) => void) | null; posted: unknown[] } = {
  onmessage: null,
  posted: [],
};

const NAME = 'report-accounts-test';
const database = new QuarterdeckDb(NAME);
const opportunities = importOpportunities(readFileSync(OPPORTUNITIES), {
  fileName: 'opportunities.csv',
});
let batchId = '';
let olderAccountsId = '';
let accountsId = '';

/** Stages and publishes an accounts export as the import screen does; resolves to its batch id. */
async function publishAccounts(csv: Uint8Array, importedAt: string): Promise<string> {
  const result = importRecords('accounts', csv, { fileName: 'accounts.csv' });
  if (result.fatal !== null || result.errors.length > 0) throw new Error('the accounts are bad');
  const id = await beginStaging('accounts', 'accounts.csv', database);
  await stageRecords(id, 'accounts', result.records, database);
  const staged = {
    id,
    kind: 'accounts' as const,
    fileName: 'accounts.csv',
    summary: result.summary,
    errors: result.errors,
    dataAsOf: null,
  };
  return publishStaged(staged, { isSample: false, importedAt }, database);
}

beforeAll(async () => {
  vi.stubGlobal('self', {
    set onmessage(handler: (event: { data: ReportRequest }) => void) {
      scope.onmessage = handler;
    },
    postMessage: (message: unknown) => scope.posted.push(message),
  });
  await import('../../../renderer/src/data/report-worker/report.worker');
  batchId = await storeImport(
    opportunities,
    { isSample: false, importedAt: '2026-02-15T08:00:00.000Z' },
    database,
  );
  // An earlier accounts import that would make Alder Foods small: only the newest one counts.
  olderAccountsId = await publishAccounts(
    new TextEncoder().encode('Account ID,Account Name,Employees\n0018c00000DDD01,Alder Foods,20\n'),
    '2026-02-15T08:10:00.000Z',
  );
  accountsId = await publishAccounts(readFileSync(ACCOUNTS), '2026-02-15T08:20:00.000Z');
});

afterAll(async () => {
  vi.unstubAllGlobals();
  database.close();
  await Dexie.delete(NAME);
});

/** Sends one request to the worker and resolves to its ready report. */
async function reportFor(accountsBatchId: string | null): Promise<Report> {
  const at = scope.posted.length;
  scope.onmessage?.({
    data: {
      databaseName: NAME,
      batchId,
      supportingBatches: accountsBatchId === null ? {} : { accounts: accountsBatchId },
      fileName: 'opportunities.csv',
      isSample: false,
      summary: opportunities.summary,
      errors: [],
      settings: SETTINGS,
    },
  });
  await vi.waitFor(() => expect(scope.posted.length).toBeGreaterThan(at));
  const answer = scope.posted[at] as ReportResponse;
  if (answer.status !== 'ready') throw new Error(`the report is ${answer.status}`);
  return answer.report;
}

describe('the report over the active accounts import', () => {
  it('names the newest accounts import as the active one, and none for a kind never imported', async () => {
    expect(olderAccountsId).not.toBe(accountsId);
    expect(await activeImportId(database, 'accounts')).toBe(accountsId);
    expect(await activeImportId(database, 'spend')).toBeNull();
  });

  it('fills the deals’ segments from the accounts the request names', async () => {
    const report = await reportFor(accountsId);

    expect(report.landings.bySegment.enterprise).toMatchObject({ landed: 10000, total: 10000 });
    expect(report.landings.bySegment.midmarket).toMatchObject({ due: 4000, total: 4000 });
    expect(report.landings.bySegment.smb).toMatchObject({ landed: 6000, total: 6000 });
    expect(report.landings.bySegment.unknown).toMatchObject({ due: 2500, total: 2500 });
  });

  it('follows the accounts import it is asked about, and none without one', async () => {
    const older = await reportFor(olderAccountsId);
    const none = await reportFor(null);

    expect(older.landings.bySegment.smb).toMatchObject({ landed: 10000, total: 10000 });
    expect(none.landings.bySegment.unknown).toMatchObject({ landed: 16000, due: 6500 });
  });

  it('equals the CLI’s report for the same opportunities and accounts files', async () => {
    const captured = captureIo();
    const status = await runCommandLine(
      [
        'report',
        '--opportunities',
        OPPORTUNITIES,
        '--accounts',
        ACCOUNTS,
        '--period',
        'FY2026-Q1',
        '--as-of',
        '2026-02-15',
      ],
      captured.io,
    );
    const { source, ...cli } = JSON.parse(captured.stdout()) as CliReport;

    const app = await reportFor(await activeImportId(database, 'accounts'));

    expect(status).toBe(0);
    expect(source.files).toEqual([OPPORTUNITIES, ACCOUNTS]);
    expect(cli.landings.bySegment.enterprise.landed).toBe(10000);
    expect(JSON.parse(JSON.stringify(app))).toEqual(cli);
  });
});
