import 'fake-indexeddb/auto';
import './browser-globals';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { beginStaging, stageRecords } from '../../../renderer/src/data/staging';
import { storeImport } from '../../../renderer/src/data/store';
import type {
  ReportRequest,
  ReportResponse,
} from '../../../renderer/src/data/report-worker/protocol';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { sampleImport } from './workspace-fixture';

/** The worker's global scope, stood in for: what it posts is collected here. */
const scope: { onmessage: ((event: { data: ReportRequest }) => void) | null; posted: unknown[] } = {
  onmessage: null,
  posted: [],
};

const NAME = 'report-worker-test';
const database = new QuarterdeckDb(NAME);
const sample = sampleImport();
let batchId = '';

beforeAll(async () => {
  vi.stubGlobal('self', {
    set onmessage(handler: (event: { data: ReportRequest }) => void) {
      scope.onmessage = handler;
    },
    postMessage: (message: unknown) => scope.posted.push(message),
  });
  await import('../../../renderer/src/data/report-worker/report.worker');
  batchId = await storeImport(
    sample,
    { isSample: true, importedAt: '2026-05-14T08:30:00.000Z' },
    database,
  );
  // Another import being staged: its pages must not count.
  const staged = await beginStaging('opportunities', 'next.csv', database);
  await stageRecords(staged, 'opportunities', sample.records.slice(0, 40), database);
});

afterAll(async () => {
  vi.unstubAllGlobals();
  database.close();
  await Dexie.delete(NAME);
});

/** Sends one request to the worker and resolves to its answer. */
async function ask(request: ReportRequest): Promise<ReportResponse> {
  const at = scope.posted.length;
  scope.onmessage?.({ data: request });
  await vi.waitFor(() => expect(scope.posted.length).toBeGreaterThan(at));
  return scope.posted[at] as ReportResponse;
}

function request(overrides: Partial<ReportRequest> = {}): ReportRequest {
  return {
    databaseName: NAME,
    batchId,
    supportingBatches: {},
    fileName: 'Sample pipeline.csv',
    isSample: true,
    summary: sample.summary,
    errors: [],
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

describe('the report worker', () => {
  it('reads the active import’s rows itself and posts back the ready report and its context', async () => {
    const answer = await ask(request());

    expect(answer.status).toBe('ready');
    if (answer.status !== 'ready') return;
    expect(answer.context).toMatchObject({
      isSample: true,
      sourceLabel: 'Sample pipeline.csv',
      opportunityCount: 1500,
      footer: { recordCount: 1500, rowsRead: 1500, matches: true },
      rejectedReasons: [],
    });
    // Plain data only: it survives a structured clone unchanged.
    expect(structuredClone(answer)).toEqual(answer);
  });

  it('answers empty for a batch with no rows', async () => {
    expect(await ask(request({ batchId: 'no-such-batch' }))).toEqual({ status: 'empty' });
  });

  it('turns a workspace it cannot open into a readable error', async () => {
    const answer = await ask(request({ databaseName: 'report-worker-missing' }));

    expect(answer.status).toBe('error');
    if (answer.status === 'error') expect(answer.message).toMatch(/^The data could not be read: /);
    await Dexie.delete('report-worker-missing');
  });
});
