import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { computeReport } from '../../../shared/metrics/index';
import { reportInputArb } from './arbitraries';
import { input, opp } from './factory';
import { smallHistory } from './history';
import { reportJsonSchema, reportSchema } from './report-schema';

const schemaFile = resolve(import.meta.dirname, '../../../docs/report.schema.json');
const published: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));

describe('report JSON schema (metrics.md §12)', () => {
  it('keeps docs/report.schema.json equal to the schema the tests check', () => {
    // On failure: regenerate docs/report.schema.json from reportJsonSchema() in report-schema.ts.
    expect(published).toEqual(reportJsonSchema());
  });

  it('describes a report with every key present', () => {
    const report = computeReport(
      input(
        [
          ...smallHistory(),
          opp({ source: 'Web', close: '2026-03-01', created: '2026-01-03', amount: 5 }),
        ],
        {
          asOf: '2026-02-01',
        },
      ),
    );
    expect(reportSchema.safeParse(report).error).toBeUndefined();
    expect(
      z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]).safeParse(report)
        .success,
    ).toBe(true);
  });

  it('rejects a report missing a demand source key', () => {
    const report = computeReport(input(smallHistory(), { asOf: '2026-02-01' }));
    const rest: Partial<typeof report.landings.byDemandSource> = {
      ...report.landings.byDemandSource,
    };
    delete rest.channel;
    const broken = { ...report, landings: { ...report.landings, byDemandSource: rest } };
    expect(reportSchema.safeParse(broken).success).toBe(false);
    expect(
      z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]).safeParse(broken)
        .success,
    ).toBe(false);
  });

  it('describes every generated report', () => {
    fc.assert(
      fc.property(reportInputArb, (i) => {
        expect(reportSchema.safeParse(computeReport(i)).error).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });
});
