import 'fake-indexeddb/auto';
import './browser-globals';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommandLine } from '../../../cli/run';
import type { CliReport } from '../../../cli/report-command';
import { QuarterdeckDb, type OtherRecordKind } from '../../../renderer/src/data/db';
import type {
  ReportRequest,
  ReportResponse,
} from '../../../renderer/src/data/report-worker/protocol';
import { storeImport } from '../../../renderer/src/data/store';
import { importOpportunities, importRecords } from '../../../shared/import';
import type { Report } from '../../../shared/metrics';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate } from '../../../shared/units';
import { captureIo } from '../../cli/capture-io';
import { publishImport } from './kind-fixture';

// The app's report worker and the CLI over the same opportunities, touchpoints and targets:
// the figures that rest on records beside the deals reach the app, and equal the CLI's.

const OPPORTUNITIES = 'test/fixtures/accounts-join/opportunities.csv';
const TOUCHPOINTS = 'test/fixtures/report-supporting/touchpoints.csv';
const TARGETS = 'test/fixtures/report-supporting/targets.csv';
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: isoDate('2026-02-15'), period: 'FY2026-Q1' };

const scope: { onmessage: ((event: { data: ReportRequest }) => void) | null; posted: unknown[] } = {
  onmessage: null,
  posted: [],
};
const NAME = 'report-supporting-test';
const database = new QuarterdeckDb(NAME);
const opportunities = importOpportunities(readFileSync(OPPORTUNITIES), {
  fileName: 'opportunities.csv',
});
let batchId = '';
const supporting: Partial<Record<OtherRecordKind, string>> = {};

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
  const touches = importRecords('touchpoints', readFileSync(TOUCHPOINTS), {
    fileName: TOUCHPOINTS,
  });
  const targets = importRecords('targets', readFileSync(TARGETS), { fileName: TARGETS });
  supporting.touchpoints = await publishImport(database, touches, '2026-02-15T09:00:00.000Z');
  supporting.targets = await publishImport(database, targets, '2026-02-15T09:01:00.000Z');
});

afterAll(async () => {
  vi.unstubAllGlobals();
  database.close();
  await Dexie.delete(NAME);
});

/** The worker's ready report for the stored opportunities and the supporting imports named. */
async function appReport(batches: ReportRequest['supportingBatches']): Promise<Report> {
  const at = scope.posted.length;
  scope.onmessage?.({
    data: {
      databaseName: NAME,
      batchId,
      supportingBatches: batches,
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

describe('the report over touchpoints and targets beside the deals', () => {
  it('counts influence, orphans and targets from the imports the request names', async () => {
    const report = await appReport(supporting);

    // Brisk Freight's due 4,000 is touched by its opportunity id on 1/5 (created 1/10, so inside
    // the 180-day lookback); Cobalt Labs GmbH's due 2,500 by account name on 2/1. Nothing landed
    // was touched. Landings total = 16,000 landed + 6,500 due = 22,500.
    expect(report.landings.influenced).toEqual({ landed: 0, due: 6500, share: 6500 / 22500 });
    // The touch on "Nowhere Co" names an account with no deal.
    expect(report.integrity.orphanTouchpoints).toBe(1);
    // Revenue landed 16,000 of 20,000 = 80%; 46 of Q1's 90 days have passed (51.1%): on pace.
    expect(report.targets).toEqual([
      {
        demandSource: 'all',
        segment: 'all',
        kind: 'revenue',
        target: 20000,
        actual: 16000,
        attainment: 0.8,
        onPace: true,
      },
    ]);
  });

  it('leaves those figures unmeasured when no such import is named', async () => {
    const report = await appReport({});

    expect(report.landings.influenced).toBeNull();
    expect(report.integrity.orphanTouchpoints).toBeNull();
    expect(report.targets).toBeNull();
  });

  it('equals the CLI’s report for the same three files', async () => {
    const captured = captureIo();
    const status = await runCommandLine(
      [
        'report',
        '--opportunities',
        OPPORTUNITIES,
        '--touchpoints',
        TOUCHPOINTS,
        '--targets',
        TARGETS,
        '--period',
        'FY2026-Q1',
        '--as-of',
        '2026-02-15',
      ],
      captured.io,
    );
    const { source, ...cli } = JSON.parse(captured.stdout()) as CliReport;

    expect(status).toBe(0);
    expect(source.files).toEqual([OPPORTUNITIES, TOUCHPOINTS, TARGETS]);
    expect(JSON.parse(JSON.stringify(await appReport(supporting)))).toEqual(cli);
  });
});
